import { describe, expect, it } from 'vitest';
import { isSmtpCommand } from '../../src/smtp/index.js';
import { template } from './helpers.js';

describe('isSmtpCommand', () => {
  it.each([
    'MAIL FROM:<a@b>',
    'mail from: <x>',
    'MAIL FROM:user@example.com',
    'RCPT TO:<user@example.com>',
    'rcpt to:user@example.com',
    'QUIT\r\n',
    'DATA\n',
    'EHLO client.example',
    'HELO client.example',
    'BDAT 100 LAST',
    'STARTTLS buffer handling\r\n',
    'MAIL FROM:\r\n',
    'MAILFROM:<a@b>',
  ])('recognizes %j', (text) => {
    expect(isSmtpCommand(text)).toBe(true);
  });

  it.each([
    'Mail from: Alice',
    'Mail from: Alice\r\n',
    'MAIL FROM:',
    'RCPT TO: Bob',
    'QUIT',
    'Quit now',
    'Data',
    'data',
    'HELO',
    'Ehlo client.example',
    'Mail From:<a@b>',
    'mailbox full',
    'Hello world',
    '',
    '<user@example.com>',
    // Test titles and prose that start with a verb in upper case.
    'STARTTLS buffer handling',
    'EHLO without a host name',
    'VRFY is disabled here',
  ])('rejects %j', (text) => {
    expect(isSmtpCommand(text)).toBe(false);
  });

  it('trusts a sink for SMTP-only verbs', () => {
    // A string passed to a sending call needs no line ending when its verb is SMTP's alone.
    expect(isSmtpCommand('EHLO', { sink: true })).toBe(true);
    expect(isSmtpCommand('ehlo client.example', { sink: true })).toBe(true);
  });

  it.each([
    // res.end('Help'), stdout.write('Noop') and commander's program.command('data <file>').
    'Help',
    'Noop',
    'QUIT',
    'data <file>',
    'help [command]',
    'auth login',
    'Mail from: Alice',
  ])('does not trust a sink for %j', (text) => {
    expect(isSmtpCommand(text, { sink: true })).toBe(false);
  });

  it.each([
    // Other protocols' lines: IRC, Redis, POP3.
    'QUIT :Gone to lunch\r\n',
    'AUTH default mypassword\r\n',
    'AUTH mypassword\r\n',
    // Prose and log lines with a line ending.
    'Quit without saving?\nAll changes will be lost.',
    'Data not found\n',
    'Auth failed\n',
    'MAIL FROM:<a@example.com> was rejected with 501\n',
  ])('rejects other text %j', (text) => {
    expect(isSmtpCommand(text)).toBe(false);
  });

  it.each([
    'QUIT\r\n',
    'AUTH\r\n',
    'EHLO client.example\r\nAUTH PLAIN AGEAYg==\r\n',
    'MAIL FROM:<a@example.com> somekey other=foo\r\n',
  ])('keeps SMTP text %j', (text) => {
    expect(isSmtpCommand(text)).toBe(true);
  });

  it('needs a verb even at a sink', () => {
    expect(isSmtpCommand('Hello world', { sink: true })).toBe(false);
  });

  it('reads a hole as a path', () => {
    expect(isSmtpCommand(template`RCPT TO:${'to'}`)).toBe(true);
    expect(isSmtpCommand(template`MAIL FROM: ${'from'}`)).toBe(true);
  });

  it('ignores a hole as the verb', () => {
    expect(isSmtpCommand(template`${'verb'} FROM:<a@b>`)).toBe(false);
  });

  it('ignores a placeholder not listed', () => {
    // Only the hole list marks unknown text, so the placeholder character alone is not a path.
    expect(isSmtpCommand({ text: 'RCPT TO:\uFFFC', holes: [] })).toBe(false);
  });

  it.each([null, undefined, 42, {}, [], { text: 7 }])('returns false for %j', (input) => {
    expect(isSmtpCommand(input as never)).toBe(false);
  });

  it('ignores invalid options', () => {
    expect(isSmtpCommand('MAIL FROM:<a@b>', null as never)).toBe(true);
  });
});

describe('mistaken verbs on the first line', () => {
  it.each(['TURN\r\n', 'RCTP TO:<b@example.com>\r\n', 'MAIK FROM:<a@example.com>\r\n'])('recognizes %j', (text) => {
    expect(isSmtpCommand(text)).toBe(true);
  });

  it.each(['HELLO world\r\n', 'TURN', 'Rctp to:<b@example.com>\r\n', 'RCTP notes\r\n'])('rejects %j', (text) => {
    expect(isSmtpCommand(text)).toBe(false);
  });
});

describe('argument shape without other evidence', () => {
  it.each(['EHLO  client.example', 'EHLO\tclient.example'])('rejects %j', (text) => {
    // Code writes one space after the verb; other spacing without a line ending reads as text.
    expect(isSmtpCommand(text)).toBe(false);
  });
});
