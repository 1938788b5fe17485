import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../../src/smtp/index.js';
import { applyEdits, BAD_ARGUMENTS, problem, summarize, template, UNRECOGNIZED } from '../helpers.js';

const NOT_IMPLEMENTED = '502 5.5.1';

describe('unknown verbs', () => {
  it.each([
    ['RCPT:<user@example.com>\r\n', 4, 'RCPT TO:<user@example.com>\r\n'],
    ['MAIL:<user@example.com>\r\n', 4, 'MAIL FROM:<user@example.com>\r\n'],
    ['MAIL-FROM:<user@example.com>\r\n', 9, 'MAIL FROM:<user@example.com>\r\n'],
    ['RCPT-TO:<user@example.com>\r\n', 7, 'RCPT TO:<user@example.com>\r\n'],
    ['MAILFROM:<user@example.com>\r\n', 8, 'MAIL FROM:<user@example.com>\r\n'],
  ])('suggests the command for %j', (text, wordEnd, repaired) => {
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('unknown-command', 0, wordEnd, UNRECOGNIZED)]);
    expect(problems[0]?.category).toBe('command');
    expect(problems[0]?.fix).toBeUndefined();
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe(repaired);
  });

  it.each([
    ['RCTP TO:<user@example.com>\r\n', 'RCPT'],
    ['HELLO mail.example.com\r\n', 'HELO'],
    ['EHOL mail.example.com\r\n', 'EHLO'],
    ['QIUT\r\n', 'QUIT'],
    ['DAT\r\n', 'DATA'],
  ])('suggests a near verb for %j', (text, verb) => {
    const { problems } = checkCommand(text);

    expect(problems.map((found) => found.kind)).toEqual(['unknown-command']);
    expect(problems[0]?.reply.code).toBe(500);
    expect(problems[0]?.suggestions?.[0]?.edits[0]?.text).toBe(verb);
  });

  it('gives no suggestion for a far word', () => {
    const { problems } = checkCommand('GREETINGS\r\n');

    expect(summarize(problems)).toEqual([problem('unknown-command', 0, 9, UNRECOGNIZED)]);
    expect(problems[0]?.suggestions).toBeUndefined();
  });

  it('reads a verb up to the first space', () => {
    const { problems } = checkCommand('QUIT.\r\n');

    expect(summarize(problems)).toEqual([problem('unknown-command', 0, 5, UNRECOGNIZED)]);
    expect(problems[0]?.message).toContain("'.'");
  });

  it.each(['SEND', 'SOML', 'SAML', 'TURN'])('reports obsolete %s', (verb) => {
    expect(summarize(checkCommand(`${verb} FROM:<user@example.com>\r\n`).problems)).toEqual([
      problem('obsolete-command', 0, 4, NOT_IMPLEMENTED),
    ]);
  });

  it('tells 500 from 501', () => {
    const unknown = checkCommand('MAILFROM:<user@example.com>\r\n').problems;
    const badArgument = checkCommand('MAIL TO:<user@example.com>\r\n').problems;

    expect(unknown[0]?.reply.code).toBe(500);
    expect(badArgument[0]?.reply.code).toBe(501);
  });

  it('waits for a hole that may complete the verb', () => {
    expect(checkCommand(template`MAI${'rest'}\r\n`).problems).toEqual([]);
    expect(checkCommand(template`${'verb'} x\r\n`).problems).toEqual([]);
  });

  it('reports a verb a hole cannot complete', () => {
    expect(summarize(checkCommand(template`RCPT:${'to'}\r\n`).problems)).toEqual([problem('unknown-command', 0, 4, UNRECOGNIZED)]);
  });

  it('leaves local X verbs alone', () => {
    expect(checkCommand('XCLIENT ADDR=192.0.2.1\r\nXFORWARD NAME=spike.example\r\n').problems).toEqual([]);
  });

  it.each(['ETRN example.com\r\n', 'ATRN\r\n', 'BURL imap://example.com/x LAST\r\n'])('accepts extension %j', (text) => {
    expect(checkCommand(text).problems).toEqual([]);
  });

  it.each(['ETRN\r\n', 'BURL\r\n'])('reports %j without argument', (text) => {
    expect(summarize(checkCommand(text).problems)).toEqual([problem('missing-argument', 0, 4, BAD_ARGUMENTS)]);
  });
});
