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
    'AUTH PLAIN\r\n',
    'HELP\r\n',
    'NOOP\r\n',
    'RSET\r\n',
    'ETRN example.com',
    'EHLO\tmail.example.com',
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

  it('recognizes MAIL TO at a sink', () => {
    expect(isSmtpCommand('MAIL TO:<user@example.com>', { sink: true })).toBe(true);
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
