import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/smtp/index.js';
import { applyEdits, applyFixes, BAD_ARGUMENTS, BAD_RECIPIENT, BAD_SENDER, problem, summarize, UNRECOGNIZED } from './helpers.js';

// Line tests look only at line problems, so that checks of a command's own arguments do not mask them.
function lineProblems(text: string) {
  return checkCommand(text).problems.filter((found) => found.category === 'line');
}

describe('line endings', () => {
  it('accepts CRLF lines', () => {
    expect(checkCommand('EHLO client.example\r\nQUIT\r\n').problems).toEqual([]);
  });

  it('fixes bare LF', () => {
    const text = 'RSET\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('bare-lf', 4, 5, BAD_ARGUMENTS)]);
    expect(problems[0]?.fix).toEqual([{ start: 4, end: 5, text: '\r\n' }]);
    expect(applyFixes(text, problems)).toBe('RSET\r\n');
  });

  it('fixes every bare LF', () => {
    const text = 'MAIL FROM:<a@example.com>\nRCPT TO:<b@example.com>\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('bare-lf', 25, 26, BAD_ARGUMENTS), problem('bare-lf', 49, 50, BAD_ARGUMENTS)]);
    expect(applyFixes(text, problems)).toBe('MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.com>\r\n');
  });

  it('suggests CRLF for bare CR', () => {
    // A CR alone may also be a stray character inside the line, so CRLF is only a suggestion.
    const text = 'RSET\rQUIT\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('bare-cr', 4, 5, BAD_ARGUMENTS)]);
    expect(problems[0]?.fix).toBeUndefined();
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe('RSET\r\nQUIT\r\n');
  });

  it('reports empty lines', () => {
    expect(summarize(checkCommand('\r\n').problems)).toEqual([problem('empty-line', 0, 2, UNRECOGNIZED)]);
    expect(summarize(checkCommand('QUIT\r\n\r\n').problems)).toEqual([problem('empty-line', 6, 8, UNRECOGNIZED)]);
  });
});

describe('control characters', () => {
  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['SOH', '\u0001', 'U+0001'],
    ['ESC', '\u001b', 'U+001B'],
    ['DEL', '\u007f', 'U+007F'],
  ])('reports %s', (_name, character, codePoint) => {
    const problems = lineProblems(`NOOP a${character}b\r\n`);

    expect(summarize(problems)).toEqual([problem('control-character', 6, 7, BAD_ARGUMENTS)]);
    expect(problems[0]?.message).toContain(codePoint);
  });

  it('reports each control character', () => {
    expect(summarize(lineProblems('NOOP \u0000\u0001\r\n'))).toEqual([
      problem('control-character', 5, 6, BAD_ARGUMENTS),
      problem('control-character', 6, 7, BAD_ARGUMENTS),
    ]);
  });

  it('allows a tab', () => {
    expect(lineProblems('NOOP a\tb\r\n')).toEqual([]);
  });
});

describe('line length', () => {
  it('accepts 512 octets with CRLF', () => {
    expect(lineProblems(`NOOP ${'a'.repeat(505)}\r\n`)).toEqual([]);
  });

  it('rejects 513 octets with CRLF', () => {
    const problems = lineProblems(`NOOP ${'a'.repeat(506)}\r\n`);

    expect(summarize(problems)).toEqual([problem('line-too-long', 0, 513, '500 5.5.2')]);
    expect(problems[0]?.message).toContain('513 octets');
  });

  it('counts octets, not code units', () => {
    // 'ü' is two octets, so the line is 5 + 506 + 2 = 513 octets in only 260 code units.
    expect(lineProblems(`NOOP ${'ü'.repeat(252)}a\r\n`)).toEqual([]);
    expect(summarize(lineProblems(`NOOP ${'ü'.repeat(253)}\r\n`))).toEqual([problem('line-too-long', 0, 260, '500 5.5.2')]);
  });

  it('measures each pipelined line', () => {
    const text = `QUIT\r\nNOOP ${'a'.repeat(506)}\r\nNOOP ${'a'.repeat(505)}\r\n`;

    expect(summarize(lineProblems(text))).toEqual([problem('line-too-long', 6, 519, '500 5.5.2')]);
  });
});

describe('pipelined lines', () => {
  it('checks each line at its offset', () => {
    const text = 'MAIL FROM:<a@example.com>\r\nRCPT TO:<c@exa_mple.com>\r\nRCPT TO:d@example.com\r\n';

    expect(summarize(checkCommand(text).problems)).toEqual([
      problem('invalid-domain-character', 41, 42, BAD_RECIPIENT),
      problem('missing-angle-brackets', 61, 74, BAD_RECIPIENT),
    ]);
  });

  it('fixes lines independently', () => {
    const text = 'MAIL FROM: a@example.com\r\nRCPT TO:b@example.com\r\n';
    const { problems } = checkCommand(text);

    expect(applyFixes(text, problems)).toBe('MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.com>\r\n');
  });

  it('lists command offsets', () => {
    const text = 'MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.com>\r\n';

    expect(checkCommand(text).commands).toEqual([
      { verb: 'MAIL', start: 0, end: 25 },
      { verb: 'RCPT', start: 27, end: 50 },
    ]);
  });
});

describe('message data', () => {
  it('skips content until the dot', () => {
    const text = 'DATA\r\nMAIL FROM:bad\r\n.\r\nMAIL FROM:bad\r\n';
    const { commands, problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([
      problem('missing-angle-brackets', 34, 37, BAD_SENDER),
      problem('missing-domain', 34, 37, BAD_SENDER),
    ]);
    expect(commands.map((command) => command.verb)).toEqual(['DATA', 'MAIL']);
    expect(commands[1]?.start).toBe(24);
  });

  it('keeps dot-stuffed lines as content', () => {
    // '..' is a content line that starts with a dot, and only a lone '.' ends the data.
    const text = 'DATA\r\nHello\r\n..\r\nRCPT TO:bad\r\n';

    expect(checkCommand(text).problems).toEqual([]);
    expect(checkCommand(text).commands.map((command) => command.verb)).toEqual(['DATA']);
  });

  it('still reports bare LF in content', () => {
    // A bare LF before '.' is how SMTP smuggling hides a second message, so it matters in content too.
    expect(summarize(lineProblems('DATA\r\nHello\n.\r\n'))).toEqual([problem('bare-lf', 11, 12, BAD_ARGUMENTS)]);
  });
});
