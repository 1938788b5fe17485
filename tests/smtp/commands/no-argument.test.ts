import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../../src/smtp/index.js';
import { applyFixes, BAD_ARGUMENTS, problem, summarize, template } from '../helpers.js';

describe('commands without arguments', () => {
  it.each(['RSET\r\n', 'QUIT\r\n', 'DATA\r\n', 'STARTTLS\r\n', 'quit\r\n', 'StartTLS\r\n'])('accepts %j', (text) => {
    expect(checkCommand(text).problems).toEqual([]);
  });

  it.each([
    ['RSET all\r\n', 5, 8, 'RSET\r\n'],
    ['QUIT now\r\n', 5, 8, 'QUIT\r\n'],
    ['STARTTLS TLSv1.3\r\n', 9, 16, 'STARTTLS\r\n'],
    ['QUIT  a b\r\n', 6, 9, 'QUIT\r\n'],
  ])('fixes an argument in %j', (text, start, end, fixed) => {
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('unexpected-argument', start, end, BAD_ARGUMENTS)]);
    expect(problems[0]?.category).toBe('command');
    expect(applyFixes(text, problems)).toBe(fixed);
  });

  it('explains DATA with an argument', () => {
    const { problems } = checkCommand('DATA Subject: hi\r\n');

    expect(summarize(problems)).toEqual([problem('unexpected-argument', 5, 16, BAD_ARGUMENTS)]);
    expect(problems[0]?.message).toContain('354');
  });

  it('skips an argument with a hole', () => {
    expect(checkCommand(template`QUIT ${'reason'}\r\n`).problems).toEqual([]);
  });
});
