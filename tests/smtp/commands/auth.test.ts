import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../../src/smtp/index.js';
import { applyFixes, BAD_ARGUMENTS, problem, summarize, template } from '../helpers.js';

function problemsOf(text: string) {
  return summarize(checkCommand(text).problems);
}

describe('AUTH', () => {
  it.each([
    'AUTH PLAIN\r\n',
    'AUTH LOGIN\r\n',
    'AUTH SCRAM-SHA-256\r\n',
    'AUTH X_OAUTH2\r\n',
    'AUTH PLAIN =\r\n',
    'AUTH PLAIN AHVzZXIAcGFzcw==\r\n',
    'AUTH PLAIN dGVzdA==\r\n',
    'AUTH PLAIN dGVzdDE=\r\n',
    'AUTH PLAIN dGVzdDEy\r\n',
  ])('accepts %j', (text) => {
    expect(checkCommand(text).problems).toEqual([]);
  });

  it('reports missing mechanism', () => {
    expect(problemsOf('AUTH\r\n')).toEqual([problem('missing-argument', 0, 4, BAD_ARGUMENTS)]);
  });

  it('fixes a lower-case mechanism', () => {
    const text = 'AUTH plain\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('invalid-sasl-mechanism', 5, 10, BAD_ARGUMENTS)]);
    expect(applyFixes(text, problems)).toBe('AUTH PLAIN\r\n');
  });

  it('reports a bad mechanism character', () => {
    const { problems } = checkCommand('AUTH CRAM.MD5\r\n');

    expect(summarize(problems)).toEqual([problem('invalid-sasl-mechanism', 9, 10, BAD_ARGUMENTS)]);
    expect(problems[0]?.fix).toBeUndefined();
  });

  it('reports a mechanism over 20 characters', () => {
    expect(problemsOf(`AUTH ${'A'.repeat(21)}\r\n`)).toEqual([problem('invalid-sasl-mechanism', 5, 26, BAD_ARGUMENTS)]);
  });

  it('accepts a mechanism of 20 characters', () => {
    expect(checkCommand(`AUTH ${'A'.repeat(20)}\r\n`).problems).toEqual([]);
  });

  it.each([
    ['AUTH PLAIN dGVzdA\r\n', 'AUTH PLAIN dGVzdA==\r\n'],
    ['AUTH PLAIN dGVzdDE\r\n', 'AUTH PLAIN dGVzdDE=\r\n'],
  ])('fixes missing padding in %j', (text, fixed) => {
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('invalid-initial-response', 11, text.length - 2, BAD_ARGUMENTS)]);
    expect(applyFixes(text, problems)).toBe(fixed);
  });

  it('reports a truncated group', () => {
    const { problems } = checkCommand('AUTH PLAIN dGVzd\r\n');

    expect(summarize(problems)).toEqual([problem('invalid-initial-response', 11, 16, BAD_ARGUMENTS)]);
    expect(problems[0]?.fix).toBeUndefined();
  });

  it('names base64url', () => {
    const { problems } = checkCommand('AUTH PLAIN dGVz-A==\r\n');

    expect(summarize(problems)).toEqual([problem('invalid-initial-response', 15, 16, BAD_ARGUMENTS)]);
    expect(problems[0]?.message).toContain('base64url');
  });

  it('reports padding inside the response', () => {
    expect(problemsOf('AUTH PLAIN ab=c\r\n')).toEqual([problem('invalid-initial-response', 13, 14, BAD_ARGUMENTS)]);
  });

  it('reports words after the response', () => {
    expect(problemsOf('AUTH PLAIN dGVzdA== x\r\n')).toEqual([problem('extra-argument', 20, 21, BAD_ARGUMENTS)]);
  });

  it('checks the mechanism before a hole', () => {
    expect(checkCommand(template`AUTH PLAIN ${'token'}\r\n`).problems).toEqual([]);
    expect(summarize(checkCommand(template`AUTH plain ${'token'}\r\n`).problems)).toEqual([
      problem('invalid-sasl-mechanism', 5, 10, BAD_ARGUMENTS),
    ]);
  });
});
