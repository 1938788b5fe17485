import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../../src/smtp/index.js';
import { applyEdits, applyFixes, BAD_ARGUMENTS, BAD_RECIPIENT, BAD_SENDER, NON_ASCII, problem, summarize, template } from '../helpers.js';

describe('MAIL and RCPT keywords', () => {
  it('reports MAIL TO', () => {
    const text = 'MAIL TO:<user@example.com>\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('wrong-keyword', 5, 7, BAD_ARGUMENTS)]);
    expect(problems[0]?.category).toBe('command');
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe('MAIL FROM:<user@example.com>\r\n');
    expect(applyEdits(text, problems[0]?.suggestions?.[1]?.edits ?? [])).toBe('RCPT TO:<user@example.com>\r\n');
  });

  it('reports RCPT FROM', () => {
    const text = 'RCPT FROM:<user@example.com>\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('wrong-keyword', 5, 9, BAD_ARGUMENTS)]);
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe('RCPT TO:<user@example.com>\r\n');
  });

  it.each([
    ['MAIL <user@example.com>', 'MAIL FROM:<user@example.com>'],
    ['RCPT <user@example.com>', 'RCPT TO:<user@example.com>'],
    ['MAIL :<user@example.com>', 'MAIL FROM:<user@example.com>'],
    ['RCPT\t<user@example.com> NOTIFY=NEVER', 'RCPT TO:<user@example.com> NOTIFY=NEVER'],
    ['MAIL  <> SIZE=1000', 'MAIL FROM:<> SIZE=1000'],
  ])('fixes missing keyword in %j', (line, fixed) => {
    // The range is the whitespace after the verb, where the keyword belongs.
    const text = `${line}\r\n`;
    const { problems } = checkCommand(text);
    const gapEnd = line.search(/[<:]/);

    expect(summarize(problems)).toEqual([problem('missing-keyword', 4, gapEnd, BAD_ARGUMENTS)]);
    expect(problems[0]?.suggestions).toBeUndefined();
    expect(applyFixes(text, problems)).toBe(`${fixed}\r\n`);
  });

  it('only suggests keyword for a bad path', () => {
    const text = 'MAIL <a..b@example.com>\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('missing-keyword', 4, 5, BAD_ARGUMENTS), problem('local-part-dot', 7, 8, BAD_SENDER)]);
    expect(problems[0]?.fix).toBeUndefined();
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe('MAIL FROM:<a..b@example.com>\r\n');
  });

  it('only suggests keyword before a hole', () => {
    const { problems } = checkCommand(template`RCPT <${'recipient'}>\r\n`);

    expect(summarize(problems)).toEqual([problem('missing-keyword', 4, 5, BAD_ARGUMENTS)]);
    expect(problems[0]?.fix).toBeUndefined();
    expect(problems[0]?.suggestions).toHaveLength(1);
  });

  it('suggests FROM for a misspelled keyword', () => {
    const text = 'MAIL FRM:<user@example.com>\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('wrong-keyword', 5, 8, BAD_ARGUMENTS)]);
    expect(problems[0]?.message).toContain("'FRM:'");
    expect(problems[0]?.fix).toBeUndefined();
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe('MAIL FROM:<user@example.com>\r\n');
  });

  it('checks the path after a misspelled keyword', () => {
    const { problems } = checkCommand('RCPT OT:<a..b@example.com>\r\n');

    expect(summarize(problems)).toEqual([problem('wrong-keyword', 5, 7, BAD_ARGUMENTS), problem('local-part-dot', 10, 11, BAD_RECIPIENT)]);
  });

  it('reports keyword missing before a bare mailbox', () => {
    const { problems } = checkCommand('MAIL user@example.com\r\n');

    expect(summarize(problems)).toEqual([problem('missing-keyword', 4, 5, BAD_ARGUMENTS)]);
    expect(problems[0]?.fix).toBeUndefined();
  });

  it('reports MAIL alone', () => {
    expect(summarize(checkCommand('MAIL\r\n').problems)).toEqual([problem('missing-keyword', 0, 4, BAD_ARGUMENTS)]);
  });
});

describe('path and parameters', () => {
  it('fixes a known parameter glued to the path', () => {
    const text = 'MAIL FROM:<a@example.com>SIZE=1000\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('text-after-path', 25, 26, BAD_SENDER)]);
    expect(problems[0]?.message).toContain('SIZE');
    expect(applyFixes(text, problems)).toBe('MAIL FROM:<a@example.com> SIZE=1000\r\n');
  });

  it('checks a glued parameter', () => {
    const { problems } = checkCommand('MAIL FROM:<a@example.com>SIZE=big\r\n');

    expect(problems.map((found) => found.kind)).toEqual(['text-after-path', 'invalid-parameter-value']);
  });

  it('keeps an emoji after the path whole', () => {
    const { problems } = checkCommand('MAIL FROM:<a@example.com>😀\r\n');

    expect(summarize(problems)).toEqual([problem('text-after-path', 25, 27, BAD_SENDER)]);
    expect(problems[0]?.message).toContain("'😀'");
  });

  it('does not fix unknown text after the path', () => {
    const { problems } = checkCommand('MAIL FROM:<a@example.com>foo\r\n');

    expect(summarize(problems)).toEqual([problem('text-after-path', 25, 26, BAD_SENDER)]);
    expect(problems[0]?.fix).toBeUndefined();
  });
});

describe('SMTPUTF8 across lines', () => {
  it('lets MAIL SMTPUTF8 cover RCPT', () => {
    const text = 'MAIL FROM:<a@example.com> SMTPUTF8\r\nRCPT TO:<josé@example.com>\r\n';

    expect(checkCommand(text).problems).toEqual([]);
  });

  it('reports RCPT after MAIL without it', () => {
    const text = 'MAIL FROM:<a@example.com>\r\nRCPT TO:<josé@example.com>\r\n';

    expect(summarize(checkCommand(text).problems)).toEqual([problem('non-ascii-local-part', 39, 40, NON_ASCII)]);
  });

  it('trusts a lone RCPT', () => {
    expect(checkCommand('RCPT TO:<josé@example.com>\r\n').problems).toEqual([]);
  });

  it('forgets SMTPUTF8 after RSET', () => {
    const text = 'MAIL FROM:<a@example.com> SMTPUTF8\r\nRSET\r\nMAIL FROM:<a@example.com>\r\nRCPT TO:<josé@example.com>\r\n';

    expect(checkCommand(text).problems.map((found) => found.kind)).toEqual(['non-ascii-local-part']);
  });
});
