import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/smtp/index.js';
import { applyFixes, BAD_ARGUMENTS, BAD_SENDER, problem, summarize } from './helpers.js';

// 'MAIL FROM:<a@example.com> ' is 26 characters, so the first parameter starts at 26.
const PREFIX = 'MAIL FROM:<a@example.com> ';

function checkParameters(parameters: string) {
  return checkCommand(`${PREFIX}${parameters}\r\n`).problems;
}

describe('esmtp-param syntax', () => {
  it.each([
    'SIZE=1000',
    'BODY=8BITMIME',
    'SMTPUTF8',
    'SIZE=1000 BODY=8BITMIME SMTPUTF8',
    'X-VENDOR=on',
    'X-A1-B2=c',
    'RET=HDRS ENVID=QQ314159',
    'AUTH=<>',
  ])('accepts %j', (parameters) => {
    expect(checkParameters(parameters)).toEqual([]);
  });

  it('accepts RCPT parameters', () => {
    expect(checkCommand('RCPT TO:<b@example.com> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;b@example.com\r\n').problems).toEqual([]);
  });

  it('reports = with empty value', () => {
    const problems = checkParameters('SIZE=');

    expect(summarize(problems)).toEqual([problem('empty-parameter-value', 30, 31, BAD_ARGUMENTS)]);
    expect(problems[0]?.category).toBe('parameter');
  });

  it('reports missing keyword', () => {
    expect(summarize(checkParameters('=1000'))).toEqual([problem('invalid-parameter-keyword', 26, 27, BAD_ARGUMENTS)]);
  });

  it.each([
    ['underscore', 'SI_ZE=1', 28],
    ['leading hyphen', '-SIZE=1', 26],
    ['dot', 'SIZE.X=1', 30],
    ['non-ASCII', 'SIZÉ=1', 29],
  ])('rejects keyword with %s', (_case, parameters, offset) => {
    expect(summarize(checkParameters(parameters))).toEqual([problem('invalid-parameter-keyword', offset, offset + 1, BAD_ARGUMENTS)]);
  });

  it('reports first bad keyword character', () => {
    expect(summarize(checkParameters('A__B'))).toEqual([problem('invalid-parameter-keyword', 27, 28, BAD_ARGUMENTS)]);
  });

  it.each([
    ['a second =', 'SIZE=1=0', 32],
    ['a tab', 'SIZE=1\tBODY=7BIT', 32],
  ])('rejects value with %s', (_case, parameters, offset) => {
    const problems = checkParameters(parameters).filter((found) => found.category === 'parameter');

    expect(summarize(problems)).toEqual([problem('invalid-parameter-value', offset, offset + 1, BAD_ARGUMENTS)]);
  });

  it.each([
    ['a control character', 'ENVID=a\u0001b', 33],
    ['a DEL', 'ENVID=\u007f', 32],
  ])('reports value with %s once', (_case, parameters, offset) => {
    // The line check reports control characters, so the parameter check does not repeat them.
    const problems = checkParameters(parameters);

    expect(problems.map((found) => [found.kind, found.start])).toEqual([['control-character', offset]]);
  });

  it('checks every parameter', () => {
    expect(summarize(checkParameters('SIZE= BO_DY=7BIT'))).toEqual([
      problem('empty-parameter-value', 30, 31, BAD_ARGUMENTS),
      problem('invalid-parameter-keyword', 34, 35, BAD_ARGUMENTS),
    ]);
  });
});

describe('parameter spacing', () => {
  it('fixes trailing space', () => {
    const text = `${PREFIX}SIZE=1000 \r\n`;
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('trailing-whitespace', 35, 36, BAD_ARGUMENTS)]);
    expect(problems[0]?.category).toBe('line');
    expect(applyFixes(text, problems)).toBe(`${PREFIX}SIZE=1000\r\n`);
  });

  it('fixes space after path', () => {
    const text = 'MAIL FROM:<a@example.com> \r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('trailing-whitespace', 25, 26, BAD_ARGUMENTS)]);
    expect(applyFixes(text, problems)).toBe('MAIL FROM:<a@example.com>\r\n');
  });

  it('fixes double space', () => {
    const text = `${PREFIX}SIZE=1000  BODY=7BIT\r\n`;
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('extra-space', 36, 37, BAD_ARGUMENTS)]);
    expect(problems[0]?.category).toBe('parameter');
    expect(applyFixes(text, problems)).toBe(`${PREFIX}SIZE=1000 BODY=7BIT\r\n`);
  });

  it('fixes double space after path', () => {
    const text = 'MAIL FROM:<a@example.com>  SIZE=1000\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('extra-space', 26, 27, BAD_ARGUMENTS)]);
    expect(applyFixes(text, problems)).toBe('MAIL FROM:<a@example.com> SIZE=1000\r\n');
  });

  it('fixes trailing whitespace run', () => {
    const text = 'MAIL FROM:<a@example.com>   \r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('trailing-whitespace', 25, 28, BAD_ARGUMENTS)]);
    expect(applyFixes(text, problems)).toBe('MAIL FROM:<a@example.com>\r\n');
  });

  it('reports missing space after path', () => {
    const text = 'MAIL FROM:<a@example.com>SIZE=1000\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('text-after-path', 25, 26, BAD_SENDER)]);
    expect(problems[0]?.message).toContain("found 'S'");
    expect(applyFixes(text, problems)).toBe('MAIL FROM:<a@example.com> SIZE=1000\r\n');
  });

  it('reports tab after path', () => {
    const problems = checkCommand('MAIL FROM:<a@example.com>\tSIZE=1000\r\n').problems;

    expect(summarize(problems)).toEqual([problem('text-after-path', 25, 26, BAD_SENDER)]);
    expect(problems[0]?.message).toContain('a tab');
  });
});
