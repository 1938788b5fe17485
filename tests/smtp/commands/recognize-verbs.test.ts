import { describe, expect, it } from 'vitest';
import { isSmtpCommand } from '../../../src/smtp/index.js';

describe('recognizing every verb', () => {
  it.each([
    'EHLO mail.example.com',
    'LHLO mail.example.com',
    'VRFY postmaster',
    'EXPN staff',
    'BDAT 1024 LAST',
    'STARTTLS\r\n',
    'HELP\r\n',
    'NOOP\r\n',
    'RSET\r\n',
    'ETRN example.com',
    'EHLO\tmail.example.com\r\n',
  ])('recognizes %j', (text) => {
    expect(isSmtpCommand(text)).toBe(true);
  });

  it.each([
    'help',
    'Help me',
    'Data',
    'quit',
    'Quit',
    'AUTH PLAIN',
    'NOOP',
    'RSET',
    'STARTTLS',
    'ehlo mail.example.com',
    'Vrfy the account',
  ])('rejects prose %j', (text) => {
    expect(isSmtpCommand(text)).toBe(false);
  });
});

describe('recognizing misspellings', () => {
  it.each([
    'MAIL TO:<user@example.com>\r\n',
    'RCPT FROM:<user@example.com>\r\n',
    'RCPT:<user@example.com>\r\n',
    'RCPT <user@example.com>\r\n',
    'MAIL-FROM:<user@example.com>',
    'RCPT_TO:<user@example.com>',
  ])('recognizes %j with a line end', (text) => {
    expect(isSmtpCommand(text)).toBe(true);
  });

  it('recognizes MAIL TO with a line ending', () => {
    // The swapped keyword is a fault worth reporting only where a line ending proves a command.
    expect(isSmtpCommand('MAIL TO:<user@example.com>\r\n')).toBe(true);
    expect(isSmtpCommand('MAIL TO:<user@example.com>', { sink: true })).toBe(false);
  });

  it('needs an SMTP-only line beside AUTH with a mechanism', () => {
    // POP3 has AUTH PLAIN too, so the line alone does not prove SMTP.
    expect(isSmtpCommand('AUTH PLAIN\r\n')).toBe(false);
    expect(isSmtpCommand('EHLO client.example\r\nAUTH PLAIN\r\n')).toBe(true);
  });

  it.each([
    'MAIL TO:<user@example.com>',
    'RCPT:<user@example.com>',
    'Mail to the admin failed\n',
    'Mail from: Alice',
  ])('rejects %j', (text) => {
    expect(isSmtpCommand(text)).toBe(false);
  });
});
