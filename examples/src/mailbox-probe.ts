// Asks a server whether a mailbox exists before sending: a common idea that VRFY cannot deliver.
import net from 'node:net';

export function mailboxExists(host: string, address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(25, host);
    socket.write('EHLO probe.example.com\r\n');
    socket.write(`VRFY ${address}\r\n`);
    socket.on('data', (chunk: Buffer) => {
      const code = Number(chunk.toString('ascii').slice(0, 3));
      // Fault: servers that hide their users answer 252 to every VRFY, a success.
      resolve(code === 250);
      socket.write('QUIT\r\n');
    });
  });
}
