import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../../src/smtp/index.js';
import { applyEdits, BAD_ARGUMENTS, NON_ASCII, problem, summarize, template } from '../helpers.js';

function problemsOf(text: string) {
  return summarize(checkCommand(text).problems);
}

describe('VRFY and EXPN', () => {
  it.each([
    'VRFY postmaster\r\n',
    'VRFY "John Smith"\r\n',
    'VRFY "a\\"b"\r\n',
    'EXPN staff-list\r\n',
    'VRFY user@example.com\r\n',
    'VRFY <user@example.com>\r\n',
    'VRFY josé SMTPUTF8\r\n',
    'EXPN "équipe" smtputf8\r\n',
  ])('accepts %j', (text) => {
    expect(checkCommand(text).problems).toEqual([]);
  });

  it.each(['VRFY', 'EXPN'])('reports %s without argument', (verb) => {
    expect(problemsOf(`${verb}\r\n`)).toEqual([problem('missing-argument', 0, 4, BAD_ARGUMENTS)]);
  });

  it('suggests quotes for two words', () => {
    const text = 'VRFY John Smith\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('extra-argument', 10, 15, BAD_ARGUMENTS)]);
    expect(problems[0]?.fix).toBeUndefined();
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe('VRFY "John Smith"\r\n');
    expect(applyEdits(text, problems[0]?.suggestions?.[1]?.edits ?? [])).toBe('VRFY John\r\n');
  });

  it('reports a word after a quoted string', () => {
    const { problems } = checkCommand('VRFY "John" Smith\r\n');

    expect(summarize(problems)).toEqual([problem('extra-argument', 12, 17, BAD_ARGUMENTS)]);
    expect(problems[0]?.suggestions).toHaveLength(1);
  });

  it('reports a special character', () => {
    expect(problemsOf('EXPN a,b\r\n')).toEqual([problem('invalid-argument-character', 6, 7, BAD_ARGUMENTS)]);
  });

  it('reports an unterminated quote', () => {
    expect(problemsOf('VRFY "John Smith\r\n')).toEqual([problem('unterminated-quoted-string', 5, 16, BAD_ARGUMENTS)]);
  });

  it('reports a bad quoted character', () => {
    expect(problemsOf('VRFY "a\u0001b"\r\n')).toEqual([
      problem('control-character', 7, 8, BAD_ARGUMENTS),
    ]);
  });

  it('suggests SMTPUTF8 for non-ASCII', () => {
    const text = 'VRFY josé\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('non-ascii-argument', 8, 9, NON_ASCII)]);
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe('VRFY josé SMTPUTF8\r\n');
  });

  it('reports non-ASCII in quotes', () => {
    expect(problemsOf('EXPN "équipe"\r\n')).toEqual([problem('non-ascii-argument', 6, 7, NON_ASCII)]);
  });

  it('reports a word other than SMTPUTF8', () => {
    expect(problemsOf('VRFY josé UTF8\r\n')).toEqual([
      problem('non-ascii-argument', 8, 9, NON_ASCII),
      problem('extra-argument', 10, 14, BAD_ARGUMENTS),
    ]);
  });

  it('skips an argument with a hole', () => {
    expect(checkCommand(template`VRFY ${'user'}\r\n`).problems).toEqual([]);
  });
});

describe('HELP and NOOP', () => {
  it.each(['HELP\r\n', 'HELP MAIL\r\n', 'NOOP\r\n', 'NOOP keepalive\r\n', 'NOOP "a b"\r\n'])('accepts %j', (text) => {
    expect(checkCommand(text).problems).toEqual([]);
  });

  it('reports two words', () => {
    expect(problemsOf('HELP MAIL FROM\r\n')).toEqual([problem('extra-argument', 10, 14, BAD_ARGUMENTS)]);
  });

  it('reports non-ASCII as a bad argument', () => {
    const { problems } = checkCommand('NOOP é\r\n');

    expect(summarize(problems)).toEqual([problem('non-ascii-argument', 5, 6, BAD_ARGUMENTS)]);
    expect(problems[0]?.suggestions).toBeUndefined();
  });

  it('reports a special character', () => {
    expect(problemsOf('HELP (x)\r\n')).toEqual([problem('invalid-argument-character', 5, 6, BAD_ARGUMENTS)]);
  });
});
