import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/smtp/index.js';
import { applyEdits, applyFixes, BAD_ARGUMENTS, problem, summarize, template } from './helpers.js';

const NOT_RECOGNIZED = '555 5.5.4';

// 'MAIL FROM:<a@example.com> ' is 26 characters and 'RCPT TO:<b@example.com> ' is 24, so the
// first parameter starts at 26 or 24.
const MAIL = 'MAIL FROM:<a@example.com> ';
const RCPT = 'RCPT TO:<b@example.com> ';

function mail(parameters: string) {
  return checkCommand(`${MAIL}${parameters}\r\n`).problems;
}

function rcpt(parameters: string) {
  return checkCommand(`${RCPT}${parameters}\r\n`).problems;
}

describe('MAIL parameters', () => {
  it.each([
    'SIZE=0',
    'SIZE=12345678901234567890',
    'BODY=7BIT',
    'BODY=8bitmime',
    'BODY=BINARYMIME',
    'SMTPUTF8',
    'smtputf8',
    'RET=FULL',
    'RET=hdrs',
    'ENVID=QQ314159',
    'ENVID=a+2Bb',
    'AUTH=<>',
    'AUTH=user+40example.com',
    'REQUIRETLS',
    'MT-PRIORITY=-9',
    'MT-PRIORITY=+4',
    'MT-PRIORITY=0',
    'BY=3600;R',
    'BY=-60;N',
    'BY=+120;NT',
    'BY=999999999;rt',
    'HOLDFOR=90',
    'HOLDUNTIL=2030-01-31T09:30:00Z',
    'HOLDUNTIL=2030-01-31t09:30:00.123+01:00',
    'HOLDUNTIL=2030-12-31T23:59:60-12:00',
    'MTRK=abc',
    'X-VENDOR=on',
    'SIZE=1000 BODY=8BITMIME SMTPUTF8 RET=HDRS ENVID=x',
  ])('accepts %j', (parameters) => {
    expect(mail(parameters)).toEqual([]);
  });

  it.each([
    ['SIZE=abc', 31, 34],
    ['SIZE=-1', 31, 33],
    ['SIZE=123456789012345678901', 31, 52],
  ])('rejects %j', (parameters, start, end) => {
    const problems = mail(parameters);

    expect(summarize(problems)).toEqual([problem('invalid-parameter-value', start, end, BAD_ARGUMENTS)]);
    expect(problems[0]?.category).toBe('parameter');
  });

  it.each([
    ['BODY=8BIT', '8BITMIME'],
    ['BODY=BINARY', 'BINARYMIME'],
    ['RET=HEADERS', 'HDRS'],
  ])('suggests a value for %j', (parameters, meant) => {
    const problems = mail(parameters);

    expect(problems.map((found) => found.kind)).toEqual(['invalid-parameter-value']);
    expect(problems[0]?.start).toBe(MAIL.length + parameters.indexOf('=') + 1);
    expect(problems[0]?.suggestions?.[0]?.edits[0]?.text).toBe(meant);
  });

  it('lists the BODY values', () => {
    const problems = mail('BODY=QUOTED');

    expect(summarize(problems)).toEqual([problem('invalid-parameter-value', 31, 37, BAD_ARGUMENTS)]);
    expect(problems[0]?.message).toContain('7BIT, 8BITMIME or BINARYMIME');
    expect(problems[0]?.suggestions).toBeUndefined();
  });

  it('rejects ENVID over 100 characters', () => {
    expect(summarize(mail(`ENVID=${'a'.repeat(101)}`))).toEqual([problem('invalid-parameter-value', 32, 133, BAD_ARGUMENTS)]);
    expect(mail(`ENVID=${'a'.repeat(100)}`)).toEqual([]);
  });

  it.each([
    ['MT-PRIORITY=10', 38, 40],
    ['MT-PRIORITY=high', 38, 42],
    ['MT-PRIORITY=--1', 38, 41],
  ])('rejects %j', (parameters, start, end) => {
    expect(summarize(mail(parameters))).toEqual([problem('invalid-parameter-value', start, end, BAD_ARGUMENTS)]);
  });

  it.each([
    ['BY=3600', 29, 33],
    ['BY=3600;X', 33, 35],
    ['BY=;R', 29, 30],
    ['BY=1234567890;N', 29, 39],
    ['BY=3600R', 33, 34],
    ['BY=0;R', 29, 30],
    ['BY=-5;RT', 29, 31],
  ])('rejects %j', (parameters, start, end) => {
    expect(summarize(mail(parameters))).toEqual([problem('invalid-parameter-value', start, end, BAD_ARGUMENTS)]);
  });

  it.each([
    ['HOLDFOR=1234567890', 34, 44],
    ['HOLDFOR=1h', 34, 36],
  ])('rejects %j', (parameters, start, end) => {
    expect(summarize(mail(parameters))).toEqual([problem('invalid-parameter-value', start, end, BAD_ARGUMENTS)]);
  });

  it.each([
    ['HOLDUNTIL=2030-13-01T00:00:00Z', 41, 42, 'month'],
    ['HOLDUNTIL=2030-01-31_09:30:00Z', 46, 47, "'T'"],
    ['HOLDUNTIL=2030-01-31T09:30:00', 54, 55, "'Z'"],
    ['HOLDUNTIL=2030-01-31T24:00:00Z', 47, 48, 'hour'],
    ['HOLDUNTIL=2030-01-31T09:30:00+0100', 58, 59, "':'"],
    ['HOLDUNTIL=30-01-31T09:30:00Z', 38, 39, 'year'],
    ['HOLDUNTIL=2030-01-31T09:30:00ZZ', 56, 57, 'end'],
  ])('rejects %j', (parameters, start, end, expected) => {
    const problems = mail(parameters);

    expect(summarize(problems)).toEqual([problem('invalid-parameter-value', start, end, BAD_ARGUMENTS)]);
    expect(problems[0]?.message).toContain(expected);
  });
});

describe('xtext', () => {
  it('fixes lower-case hex', () => {
    const text = `${MAIL}ENVID=a+2bc+3d\r\n`;
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('invalid-xtext', 33, 36, BAD_ARGUMENTS)]);
    expect(applyFixes(text, problems)).toBe(`${MAIL}ENVID=a+2Bc+3D\r\n`);
  });

  it('suggests +2B for a bare plus', () => {
    const text = `${MAIL}ENVID=a+b\r\n`;
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('invalid-xtext', 33, 35, BAD_ARGUMENTS)]);
    expect(problems[0]?.fix).toBeUndefined();
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe(`${MAIL}ENVID=a+2Bb\r\n`);
  });

  it('reports a plus at the end', () => {
    expect(summarize(mail('AUTH=user+'))).toEqual([problem('invalid-xtext', 35, 36, BAD_ARGUMENTS)]);
  });

  it('suggests encoding non-ASCII', () => {
    const text = `${MAIL}ENVID=é\r\n`;
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('invalid-xtext', 32, 33, BAD_ARGUMENTS)]);
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe(`${MAIL}ENVID=+C3+A9\r\n`);
  });
});

describe('RCPT parameters', () => {
  it.each([
    'NOTIFY=NEVER',
    'NOTIFY=SUCCESS',
    'NOTIFY=success,failure,delay',
    'ORCPT=rfc822;b@example.com',
    'ORCPT=rfc822;b+2Bx@example.com',
    'ORCPT=utf-8;josé@example.com',
    'NOTIFY=FAILURE ORCPT=rfc822;b@example.com',
    'RRVS=2030-01-31T09:30:00Z',
  ])('accepts %j', (parameters) => {
    expect(rcpt(parameters)).toEqual([]);
  });

  it.each([
    ['NOTIFY=NEVER,SUCCESS', 31, 44, 'NEVER'],
    ['NOTIFY=SUCCESS,NEVER', 31, 44, 'NEVER'],
    ['NOTIFY=ALWAYS', 31, 37, 'ALWAYS'],
    ['NOTIFY=SUCCESS,,DELAY', 39, 40, 'empty'],
    ['NOTIFY=DELAY,', 37, 38, 'empty'],
    ['NOTIFY=DELAY,delay', 37, 42, 'twice'],
  ])('rejects %j', (parameters, start, end, word) => {
    const problems = rcpt(parameters);

    expect(summarize(problems)).toEqual([problem('invalid-parameter-value', start, end, BAD_ARGUMENTS)]);
    expect(problems[0]?.message).toContain(word);
  });

  it('suggests an address type for ORCPT', () => {
    const text = `${RCPT}ORCPT=<b+x@example.com>\r\n`;
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('invalid-parameter-value', 30, 47, BAD_ARGUMENTS)]);
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe(`${RCPT}ORCPT=rfc822;b+2Bx@example.com\r\n`);
  });

  it.each([
    ['ORCPT=;b@example.com', 30, 31],
    ['ORCPT=rfc822;', 36, 37],
    ['ORCPT=rfc(822);b@example.com', 33, 34],
  ])('rejects %j', (parameters, start, end) => {
    expect(summarize(rcpt(parameters))).toEqual([problem('invalid-parameter-value', start, end, BAD_ARGUMENTS)]);
  });

  it('checks the ORCPT address as xtext', () => {
    expect(summarize(rcpt('ORCPT=rfc822;josé@example.com'))).toEqual([problem('invalid-xtext', 40, 41, BAD_ARGUMENTS)]);
  });
});

describe('parameter placement and presence', () => {
  it('reports a RCPT parameter on MAIL', () => {
    const text = `${MAIL}NOTIFY=NEVER\r\n`;
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('misplaced-parameter', 26, 38, NOT_RECOGNIZED)]);
    expect(problems[0]?.category).toBe('parameter');
    expect(problems[0]?.message).toContain('RCPT TO');
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe(`${MAIL.trimEnd()}\r\n`);
  });

  it.each(['SIZE=1', 'SMTPUTF8', 'BODY=8BITMIME', 'RET=FULL', 'ENVID=x', 'AUTH=<>', 'REQUIRETLS', 'HOLDFOR=1'])(
    'reports MAIL parameter %j on RCPT', (parameters) => {
      const problems = rcpt(parameters);

      expect(problems.map((found) => found.kind)).toEqual(['misplaced-parameter']);
      expect(problems[0]?.reply.code).toBe(555);
      expect(problems[0]?.start).toBe(24);
    });

  it('reports a duplicate in any case', () => {
    const text = `${MAIL}SIZE=1 size=2\r\n`;
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('duplicate-parameter', 33, 39, BAD_ARGUMENTS)]);
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe(`${MAIL}SIZE=1\r\n`);
  });

  it('reports HOLDFOR with HOLDUNTIL', () => {
    expect(summarize(mail('HOLDFOR=60 HOLDUNTIL=2030-01-31T09:30:00Z'))).toEqual([
      problem('conflicting-parameters', 37, 67, BAD_ARGUMENTS),
    ]);
  });

  it.each([
    ['SMTPUTF8=yes', 34, 38],
    ['REQUIRETLS=no', 36, 39],
  ])('suggests removing the value of %j', (parameters, start, end) => {
    const text = `${MAIL}${parameters}\r\n`;
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('unexpected-parameter-value', start, end, BAD_ARGUMENTS)]);
    expect(problems[0]?.fix).toBeUndefined();
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe(`${MAIL}${parameters.split('=')[0]}\r\n`);
  });

  it.each([
    ['SIZE', 26, 30],
    ['BODY', 26, 30],
    ['HOLDUNTIL', 26, 35],
  ])('reports %j without a value', (parameters, start, end) => {
    expect(summarize(mail(parameters))).toEqual([problem('missing-parameter-value', start, end, BAD_ARGUMENTS)]);
  });

  it('leaves an empty value to the syntax check', () => {
    expect(mail('SIZE=').map((found) => found.kind)).toEqual(['empty-parameter-value']);
  });

  it('reports an unknown keyword', () => {
    const text = `${MAIL}FOO=1\r\n`;
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('unknown-parameter', 26, 29, NOT_RECOGNIZED)]);
    expect(problems[0]?.category).toBe('parameter');
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe(`${MAIL.trimEnd()}\r\n`);
  });

  it('suggests a near keyword', () => {
    const text = `${MAIL}SMTPUTF-8\r\n`;
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('unknown-parameter', 26, 35, NOT_RECOGNIZED)]);
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe(`${MAIL}SMTPUTF8\r\n`);
  });

  it('checks the keyword before a hole', () => {
    expect(checkCommand(template`MAIL FROM:<a@example.com> SIZE=${'size'}\r\n`).problems).toEqual([]);
    expect(summarize(checkCommand(template`RCPT TO:<b@example.com> SIZE=${'size'}\r\n`).problems)).toEqual([
      problem('misplaced-parameter', 24, 30, NOT_RECOGNIZED),
    ]);
  });
});
