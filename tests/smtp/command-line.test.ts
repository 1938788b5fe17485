import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/smtp/index.js';
import {
  applyEdits,
  applyFixes,
  BAD_ARGUMENTS,
  BAD_RECIPIENT,
  BAD_SENDER,
  findProblem,
  NON_ASCII,
  problem,
  summarize,
  template,
  UNRECOGNIZED,
} from './helpers.js';

function problemsOf(text: string) {
  return summarize(checkCommand(text).problems);
}

describe('lines from server logs', () => {
  it('fixes MAIL with space, no brackets', () => {
    const text = 'MAIL FROM: user@example.com\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([
      problem('space-after-colon', 10, 11, BAD_SENDER),
      problem('missing-angle-brackets', 11, 27, BAD_SENDER),
    ]);
    expect(applyFixes(text, problems)).toBe('MAIL FROM:<user@example.com>\r\n');
  });

  it('fixes RCPT without brackets', () => {
    const text = 'RCPT TO:user@example.com\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('missing-angle-brackets', 8, 24, BAD_RECIPIENT)]);
    expect(problems[0]?.fix).toEqual([
      { start: 8, end: 8, text: '<' },
      { start: 24, end: 24, text: '>' },
    ]);
    expect(applyFixes(text, problems)).toBe('RCPT TO:<user@example.com>\r\n');
  });

  it('reports space before template path', () => {
    const { problems } = checkCommand(template`RCPT TO: <${'to'}> NOTIFY=SUCCESS,FAILURE\r\n`);

    expect(summarize(problems)).toEqual([problem('space-after-colon', 8, 9, BAD_RECIPIENT)]);
    expect(problems[0]?.fix).toEqual([{ start: 8, end: 9, text: '' }]);
  });

  it('reports 65-octet local-part', () => {
    const text = `RCPT TO:<${'a'.repeat(65)}@example.com>\r\n`;

    expect(problemsOf(text)).toEqual([problem('local-part-too-long', 9, 74, BAD_RECIPIENT)]);
  });

  it('fixes bare LF', () => {
    const text = 'MAIL FROM:<user@example.com>\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('bare-lf', 28, 29, BAD_ARGUMENTS)]);
    expect(applyFixes(text, problems)).toBe('MAIL FROM:<user@example.com>\r\n');
  });

  it.each(['RCPT TO:<Postmaster>\r\n', 'MAIL FROM:<>\r\n', 'MAIL FROM:<user@example.com> BODY=8BITMIME\r\n'])(
    'accepts %j',
    (text) => {
      expect(checkCommand(text).problems).toEqual([]);
    },
  );
});

describe('MAIL and RCPT structure', () => {
  it.each([
    'MAIL FROM:<user@example.com>\r\n',
    'mail from:<user@example.com>\r\n',
    'Mail From:<user@example.com>\r\n',
    'RCPT TO:<user@example.com>\r\n',
    'rcpt to:<postmaster>\r\n',
    'MAIL FROM:<@relay.example:user@example.com>\r\n',
  ])('accepts %j', (text) => {
    expect(checkCommand(text).problems).toEqual([]);
  });

  it('fixes tab after colon', () => {
    const text = 'MAIL FROM:\t<user@example.com>\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('space-after-colon', 10, 11, BAD_SENDER)]);
    expect(applyFixes(text, problems)).toBe('MAIL FROM:<user@example.com>\r\n');
  });

  it('fixes several spaces after colon', () => {
    const text = 'RCPT TO:   <user@example.com>\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('space-after-colon', 8, 11, BAD_RECIPIENT)]);
    expect(applyFixes(text, problems)).toBe('RCPT TO:<user@example.com>\r\n');
  });

  it('fixes space before colon', () => {
    const text = 'MAIL FROM :<user@example.com>\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('space-before-colon', 9, 10, BAD_SENDER)]);
    expect(applyFixes(text, problems)).toBe('MAIL FROM:<user@example.com>\r\n');
  });

  it('fixes spaces around colon', () => {
    const text = 'RCPT TO : <user@example.com>\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([
      problem('space-before-colon', 7, 8, BAD_RECIPIENT),
      problem('space-after-colon', 9, 10, BAD_RECIPIENT),
    ]);
    expect(applyFixes(text, problems)).toBe('RCPT TO:<user@example.com>\r\n');
  });

  it('fixes missing colon', () => {
    const text = 'MAIL FROM<user@example.com>\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('missing-colon', 9, 10, BAD_SENDER)]);
    expect(applyFixes(text, problems)).toBe('MAIL FROM:<user@example.com>\r\n');
  });

  it('fixes space for colon', () => {
    const text = 'RCPT TO <user@example.com>\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('missing-colon', 7, 8, BAD_RECIPIENT)]);
    expect(applyFixes(text, problems)).toBe('RCPT TO:<user@example.com>\r\n');
  });

  it('fixes extra verb spaces', () => {
    const text = 'MAIL  FROM:<user@example.com>\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('verb-spacing', 4, 6, UNRECOGNIZED)]);
    expect(applyFixes(text, problems)).toBe('MAIL FROM:<user@example.com>\r\n');
  });

  it('fixes tab after verb', () => {
    const text = 'RCPT\tTO:<user@example.com>\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('verb-spacing', 4, 5, UNRECOGNIZED)]);
    expect(applyFixes(text, problems)).toBe('RCPT TO:<user@example.com>\r\n');
  });

  it('reports MAIL TO', () => {
    expect(problemsOf('MAIL TO:<user@example.com>\r\n')).toEqual([problem('wrong-keyword', 5, 7, BAD_ARGUMENTS)]);
  });

  it('reports RCPT FROM', () => {
    expect(problemsOf('RCPT FROM:<user@example.com>\r\n')).toEqual([problem('wrong-keyword', 5, 9, BAD_ARGUMENTS)]);
  });

  it('reports wrong keyword after spaces', () => {
    expect(problemsOf('MAIL  TO:<user@example.com>\r\n')).toEqual([problem('wrong-keyword', 6, 8, BAD_ARGUMENTS)]);
  });

  it('reports verb alone', () => {
    expect(problemsOf('MAIL\r\n')).toEqual([problem('missing-keyword', 0, 4, BAD_ARGUMENTS)]);
  });

  it('reports missing path', () => {
    expect(problemsOf('MAIL FROM:\r\n')).toEqual([problem('missing-path', 9, 10, BAD_SENDER)]);
    expect(problemsOf('RCPT TO:\r\n')).toEqual([problem('missing-path', 7, 8, BAD_RECIPIENT)]);
  });

  it('rejects null path for RCPT', () => {
    expect(problemsOf('RCPT TO:<>\r\n')).toEqual([problem('null-forward-path', 8, 10, BAD_RECIPIENT)]);
  });

  it('rejects Postmaster for MAIL', () => {
    expect(problemsOf('MAIL FROM:<Postmaster>\r\n')).toEqual([problem('missing-domain', 11, 21, BAD_SENDER)]);
  });
});

describe('path repairs', () => {
  it('fixes display name', () => {
    const text = 'MAIL FROM:Alice <alice@example.com>\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('text-before-path', 10, 16, BAD_SENDER)]);
    expect(applyFixes(text, problems)).toBe('MAIL FROM:<alice@example.com>\r\n');
  });

  it('fixes display name after space', () => {
    const text = 'RCPT TO: "Bob" <bob@example.com>\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([
      problem('space-after-colon', 8, 9, BAD_RECIPIENT),
      problem('text-before-path', 9, 15, BAD_RECIPIENT),
    ]);
    expect(applyFixes(text, problems)).toBe('RCPT TO:<bob@example.com>\r\n');
  });

  it('fixes missing closing bracket', () => {
    const text = 'MAIL FROM:<user@example.com\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('missing-closing-bracket', 10, 27, BAD_SENDER)]);
    expect(applyFixes(text, problems)).toBe('MAIL FROM:<user@example.com>\r\n');
  });

  it('closes bracket before parameters', () => {
    const text = 'MAIL FROM:<user@example.com SIZE=1000\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('missing-closing-bracket', 10, 27, BAD_SENDER)]);
    expect(applyFixes(text, problems)).toBe('MAIL FROM:<user@example.com> SIZE=1000\r\n');
  });

  it('brackets path before parameters', () => {
    const text = 'MAIL FROM:user@example.com SIZE=1000\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('missing-angle-brackets', 10, 26, BAD_SENDER)]);
    expect(applyFixes(text, problems)).toBe('MAIL FROM:<user@example.com> SIZE=1000\r\n');
  });

  it('brackets without fix when invalid', () => {
    const { problems } = checkCommand('RCPT TO:bob\r\n');

    expect(summarize(problems)).toEqual([
      problem('missing-angle-brackets', 8, 11, BAD_RECIPIENT),
      problem('missing-domain', 8, 11, BAD_RECIPIENT),
    ]);
    expect(findProblem(problems, 'missing-angle-brackets').fix).toBeUndefined();
  });

  it('reports text glued to path', () => {
    const problems = checkCommand('MAIL FROM:<user@example.com>x\r\n').problems;

    expect(summarize(problems)).toEqual([problem('text-after-path', 28, 29, BAD_SENDER)]);
    expect(problems[0]?.message).toContain("found 'x'");
  });
});

describe('command verbs', () => {
  it('reports unknown verb', () => {
    expect(problemsOf('XYZZY\r\n')).toEqual([problem('unknown-command', 0, 5, UNRECOGNIZED)]);
  });

  it('reports line without verb', () => {
    const { problems } = checkCommand('<user@example.com>\r\n');

    expect(summarize(problems)).toEqual([problem('unknown-command', 0, 1, UNRECOGNIZED)]);
    expect(problems[0]?.message).toContain("not '<'");
  });

  it.each([
    ['MAILFROM:<user@example.com>\r\n', 8, 'MAIL FROM:<user@example.com>\r\n'],
    ['RCPT_TO:<user@example.com>\r\n', 7, 'RCPT TO:<user@example.com>\r\n'],
  ])('suggests the verb for %j', (text, wordEnd, repaired) => {
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('unknown-command', 0, wordEnd, UNRECOGNIZED)]);
    expect(problems[0]?.fix).toBeUndefined();
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe(repaired);
    expect(checkCommand(repaired).problems).toEqual([]);
  });

  it('lists each command', () => {
    const text = 'EHLO client.example\r\nMAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.com>\r\nDATA\r\n';

    expect(checkCommand(text).commands).toEqual([
      { verb: 'EHLO', start: 0, end: 19 },
      { verb: 'MAIL', start: 21, end: 46 },
      { verb: 'RCPT', start: 48, end: 71 },
      { verb: 'DATA', start: 73, end: 77 },
    ]);
  });

  it('lists unknown verb as undefined', () => {
    expect(checkCommand('XYZZY\r\n').commands).toEqual([{ verb: undefined, start: 0, end: 5 }]);
  });
});

describe('SMTPUTF8 in a command', () => {
  it('allows UTF-8 with SMTPUTF8', () => {
    expect(checkCommand('MAIL FROM:<jörg@bücher.example> SMTPUTF8\r\n').problems).toEqual([]);
  });

  it('matches SMTPUTF8 in any case', () => {
    expect(checkCommand('MAIL FROM:<jörg@example.com> smtputf8\r\n').problems).toEqual([]);
  });

  it('carries SMTPUTF8 to RCPT', () => {
    // RFC 6531 puts SMTPUTF8 on MAIL only, and it covers every recipient of the transaction.
    expect(checkCommand('MAIL FROM:<a@example.com> SMTPUTF8\r\nRCPT TO:<jörg@example.com>\r\n').problems).toEqual([]);
  });

  it('rejects RCPT UTF-8 after plain MAIL', () => {
    expect(problemsOf('MAIL FROM:<a@example.com>\r\nRCPT TO:<jörg@example.com>\r\n')).toEqual([
      problem('non-ascii-local-part', 37, 38, NON_ASCII),
    ]);
  });

  it('accepts RCPT UTF-8 alone', () => {
    // Without its MAIL line the string cannot prove that SMTPUTF8 is missing.
    expect(checkCommand('RCPT TO:<jörg@example.com>\r\n').problems).toEqual([]);
  });

  it('rejects UTF-8 without SMTPUTF8', () => {
    expect(problemsOf('MAIL FROM:<jörg@bücher.example> BODY=8BITMIME\r\n')).toEqual([
      problem('non-ascii-local-part', 12, 13, NON_ASCII),
      problem('non-ascii-domain', 16, 22, NON_ASCII),
    ]);
  });
});
