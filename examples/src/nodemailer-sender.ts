// Order notifications sent with nodemailer, the way a small shop backend does it.
import nodemailer from 'nodemailer';
import SMTPConnection from 'nodemailer/lib/smtp-connection';

const transporter = nodemailer.createTransport(
  {
    host: 'smtp.example.com',
    port: 587,
    // Fault: a label, not a host name. nodemailer sends 'EHLO Example Shop', which strict servers reject.
    name: 'Example Shop',
  },
  // Fault: no '@domain', so nodemailer sends 'MAIL FROM:<>' and bounces reach no one.
  { from: 'noreply' },
);

export async function sendReceipt(customer: string, orderId: string): Promise<void> {
  await transporter.sendMail({
    // Fault: nodemailer reads 'Example' as a display name and sends shop@example.com.
    from: 'Example shop@example.com',
    to: customer,
    // Fault: nodemailer reads 'address', not 'email', so this copy is never sent.
    bcc: [{ email: 'archive@example.com' }],
    subject: `Receipt for order ${orderId}`,
    text: 'Thank you for your order.',
  });
}

export async function sendDigest(): Promise<void> {
  await transporter.sendMail({
    from: 'Example Shop <shop@example.com>',
    to: ['ops@example.com', 'billing@example.com'],
    subject: 'Daily digest',
    text: 'All orders shipped.',
  });
}

export function relay(message: string, done: (error: Error | null) => void): void {
  const connection = new SMTPConnection({ host: 'relay.example.com', port: 25, name: 'shop.example.com' });
  connection.connect(() => {
    // Fault: one string holding two mailboxes becomes one 'RCPT TO:<ops@example.com, billing@example.com>'.
    connection.send({ from: 'shop@example.com', to: 'ops@example.com, billing@example.com' }, message, done);
  });
}
