import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../../src/smtp/index.js';
import { applyFixes, BAD_ARGUMENTS, findProblem, problem, summarize, template } from '../helpers.js';

function problemsOf(text: string) {
  return summarize(checkCommand(text).problems);
}

describe('EHLO, HELO and LHLO', () => {
  it.each([
    'EHLO mail.example.com\r\n',
    'EHLO [192.0.2.1]\r\n',
    'EHLO [IPv6:2001:db8::1]\r\n',
    'EHLO xn--bcher-kva.example\r\n',
    'HELO mail.example.com\r\n',
    'LHLO mail.example.com\r\n',
    'LHLO [192.0.2.1]\r\n',
    'ehlo mail.example.com\r\n',
  ])('accepts %j', (text) => {
    expect(checkCommand(text).problems).toEqual([]);
  });

  it.each(['EHLO', 'HELO', 'LHLO'])('reports %s without argument', (verb) => {
    const { problems } = checkCommand(`${verb}\r\n`);

    expect(summarize(problems)).toEqual([problem('missing-argument', 0, 4, BAD_ARGUMENTS)]);
    expect(problems[0]?.category).toBe('command');
  });

  it('reports several words', () => {
    const { problems } = checkCommand('EHLO my host\r\n');

    expect(summarize(problems)).toEqual([problem('extra-argument', 8, 12, BAD_ARGUMENTS)]);
    expect(problems[0]?.reply.text).toBe('Invalid domain name');
    expect(problems[0]?.fix).toBeUndefined();
    expect(problems[0]?.suggestions?.[0]?.edits).toEqual([{ start: 7, end: 12, text: '' }]);
  });

  it('reports an underscore', () => {
    const { problems } = checkCommand('EHLO my_host.example\r\n');

    expect(summarize(problems)).toEqual([problem('invalid-domain-character', 7, 8, BAD_ARGUMENTS)]);
    expect(problems[0]?.category).toBe('command');
    expect(problems[0]?.message).toContain("'_'");
    expect(problems[0]?.fix).toBeUndefined();
    expect(problems[0]?.suggestions?.[0]?.edits).toEqual([{ start: 7, end: 8, text: '-' }]);
  });

  it('reports an asterisk', () => {
    expect(problemsOf('EHLO *\r\n')).toEqual([problem('invalid-domain-character', 5, 6, BAD_ARGUMENTS)]);
  });

  it('fixes a bare IPv4 address', () => {
    const text = 'EHLO 192.0.2.1\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('bare-ip-domain', 5, 14, BAD_ARGUMENTS)]);
    expect(problems[0]?.fix).toEqual([{ start: 5, end: 14, text: '[192.0.2.1]' }]);
    expect(applyFixes(text, problems)).toBe('EHLO [192.0.2.1]\r\n');
  });

  it('fixes a bare IPv6 address', () => {
    const text = 'LHLO 2001:db8::1\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('bare-ip-domain', 5, 16, BAD_ARGUMENTS)]);
    expect(applyFixes(text, problems)).toBe('LHLO [IPv6:2001:db8::1]\r\n');
  });

  it('suggests EHLO for HELO with an IP', () => {
    const { problems } = checkCommand('HELO 192.0.2.1\r\n');

    expect(summarize(problems)).toEqual([problem('bare-ip-domain', 5, 14, BAD_ARGUMENTS)]);
    expect(problems[0]?.fix).toBeUndefined();
    expect(problems[0]?.suggestions?.[0]?.edits).toEqual([{ start: 0, end: 14, text: 'EHLO [192.0.2.1]' }]);
  });

  it('reports an address literal in HELO', () => {
    const { problems } = checkCommand('HELO [192.0.2.1]\r\n');

    expect(summarize(problems)).toEqual([problem('address-literal-in-helo', 5, 16, BAD_ARGUMENTS)]);
    expect(problems[0]?.suggestions?.[0]?.edits).toEqual([{ start: 0, end: 4, text: 'EHLO' }]);
  });

  it('fixes a non-ASCII name to its A-label', () => {
    const text = 'EHLO bücher.example\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('non-ascii-domain', 5, 11, BAD_ARGUMENTS)]);
    expect(problems[0]?.category).toBe('command');
    expect(problems[0]?.message).toContain('xn--bcher-kva');
    expect(applyFixes(text, problems)).toBe('EHLO xn--bcher-kva.example\r\n');
  });

  it('fixes a trailing dot', () => {
    const text = 'EHLO mail.example.com.\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('empty-domain-label', 21, 22, BAD_ARGUMENTS)]);
    expect(applyFixes(text, problems)).toBe('EHLO mail.example.com\r\n');
  });

  it('reports a bad address literal', () => {
    const { problems } = checkCommand('EHLO [300.0.2.1]\r\n');

    expect(summarize(problems)).toEqual([problem('invalid-address-literal', 5, 16, BAD_ARGUMENTS)]);
    expect(problems[0]?.category).toBe('command');
  });

  it('reports a label with an edge hyphen', () => {
    expect(problemsOf('EHLO -mail.example.com\r\n')).toEqual([problem('domain-label-hyphen', 5, 6, BAD_ARGUMENTS)]);
  });

  it('fixes two spaces after the verb', () => {
    const text = 'EHLO  mail.example.com\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('verb-spacing', 4, 6, BAD_ARGUMENTS)]);
    expect(applyFixes(text, problems)).toBe('EHLO mail.example.com\r\n');
  });

  it('fixes a tab after the verb', () => {
    const text = 'HELO\tmail.example.com\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('verb-spacing', 4, 5, BAD_ARGUMENTS)]);
    expect(applyFixes(text, problems)).toBe('HELO mail.example.com\r\n');
  });

  it('skips a name unknown until run time', () => {
    expect(checkCommand(template`EHLO ${'host'}\r\n`).problems).toEqual([]);
    expect(checkCommand(template`EHLO my_${'host'}\r\n`).problems).toEqual([]);
  });

  it('still reports a missing name', () => {
    const problems = checkCommand('EHLO\r\nQUIT\r\n').problems;

    expect(findProblem(problems, 'missing-argument').start).toBe(0);
  });
});
