// Password-reset mail sent with emailjs, with a low-level probe of the relay.
import { Message, SMTPClient, SMTPConnection } from 'emailjs';

// Fault: emailjs keeps an empty domain and sends 'EHLO' with no argument.
const client = new SMTPClient({ host: 'smtp.example.com', ssl: true, domain: '' });

export async function sendReset(link: string): Promise<void> {
  await client.sendAsync(
    new Message({
      from: 'Example Accounts <accounts@example.com>',
      // Fault: emailjs never sends SMTPUTF8, so servers reject or mangle this local-part.
      to: 'jõgeva@example.com',
      // Fault: emailjs splits the unquoted display name at its comma and sends 'RCPT TO:<>'.
      cc: 'Support, Example <support@example.com>',
      subject: 'Reset your password',
      text: `Open ${link} to choose a new password.`,
    }),
  );
}

export function probeRelay(done: (error: Error | null) => void): void {
  const connection = new SMTPConnection({ host: 'relay.example.com', port: 25, domain: 'accounts.example.com' });
  connection.connect(() => {
    // Fault: this call adds no brackets, so emailjs sends 'MAIL FROM:Example Accounts <accounts@example.com>'.
    connection.mail(() => {
      // Fault: no angle brackets: emailjs sends 'RCPT TO:postmaster@example.com'.
      connection.rcpt((error) => done(error ?? null), 'postmaster@example.com');
    }, 'Example Accounts <accounts@example.com>');
  });
}
