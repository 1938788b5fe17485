// A minimal SMTP client that talks to a server over a raw socket, one command at a time.
import net from 'node:net';

export interface Envelope {
  from: string;
  to: string[];
}

function sendLine(socket: net.Socket, line: string): void {
  socket.write(line);
}

export function deliver(host: string, envelope: Envelope, message: string): void {
  const socket = net.connect(25, host);

  socket.write('EHLO client.example.com\r\n');
  // Fault: a space after the colon and no angle brackets. Postfix with
  // strict_rfc821_envelopes answers 501 5.1.7.
  socket.write('MAIL FROM: bounces@example.com\r\n');
  for (const recipient of envelope.to) {
    socket.write(`RCPT TO:<${recipient}>\r\n`);
  }
  // Fault: a space after the colon inside a template literal.
  sendLine(socket, `RCPT TO: <${envelope.to[0]}> NOTIFY=SUCCESS,FAILURE\r\n`);
  socket.write('RCPT TO:<Postmaster>\r\n');
  socket.write('DATA\r\n');
  socket.write(`${message}\r\n.\r\n`);
  socket.write('QUIT\r\n');
}

export function sendBounce(socket: net.Socket, recipient: string): void {
  // Correct: the null reverse-path for a delivery status notification.
  socket.write('MAIL FROM:<>\r\n');
  socket.write('RCPT TO:<' + recipient + '>\r\n');
}

export function sendPipelined(socket: net.Socket): void {
  // Fault: the second line ends with a bare LF, which servers read differently.
  socket.write('MAIL FROM:<alerts@example.com> BODY=8BITMIME\r\nRCPT TO:<ops@example.com>\n');
}

export function upgrade(socket: net.Socket): void {
  // Fault: no CRLF, so the server waits for the rest of the line and then closes the connection.
  socket.write('STARTTLS');
}
