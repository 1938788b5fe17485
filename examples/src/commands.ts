// Builds SMTP command lines for a queue worker; each function returns one line with CRLF.
const CRLF = '\r\n';

export function mailFrom(sender: string): string {
  return `MAIL FROM:<${sender}>${CRLF}`;
}

export function rcptTo(recipient: string): string {
  return 'RCPT TO:<' + recipient + '>' + CRLF;
}

// Fault: the display name is not part of an SMTP path.
export const NEWSLETTER_SENDER = 'MAIL FROM:Example News <news@example.com>\r\n';

// Fault: a space inside the local-part, written as an escape.
export const SUPPORT_SENDER = 'MAIL FROM:<help\x20desk@example.com>\r\n';

// Fault: a non-ASCII domain in a transaction whose MAIL line has no SMTPUTF8 parameter.
export const SHOP_TRANSACTION = 'MAIL FROM:<shop@example.com>\r\nRCPT TO:<orders@bücher.example>\r\n';

// Correct: the same recipient with SMTPUTF8 on the MAIL line.
export const UTF8_SENDER = 'MAIL FROM:<shop@bücher.example> SMTPUTF8\r\n';

// Fault: an underscore in the domain.
export const BILLING_RECIPIENT = 'RCPT TO:<billing@mail_relay.example.com>\r\n';

// Fault: NOTIFY belongs to RCPT, and SIZE takes digits only.
export const REPORT_SENDER = 'MAIL FROM:<reports@example.com> NOTIFY=FAILURE SIZE=10k\r\n';

// Fault: EHLO needs an address literal for an IP address.
export function greeting(ip: string): string {
  return ip === '127.0.0.1' ? 'EHLO 127.0.0.1\r\n' : `EHLO [${ip}]\r\n`;
}

// Not a command: prose for the user interface.
export const SENDER_LABEL = 'Mail from: Alice';
