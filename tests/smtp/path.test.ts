import { describe, expect, it } from 'vitest';
import { checkCommand, checkPath } from '../../src/smtp/index.js';
import { applyFixes, BAD_RECIPIENT, BAD_SENDER, domainOfLength, findProblem, problem, summarize } from './helpers.js';

const REVERSE = { role: 'reverse-path' } as const;

describe('Reverse-path and Forward-path', () => {
  it.each(['<user@example.com>', '<"john doe"@example.com>', '<user@[192.0.2.1]>', '<"a>b"@example.com>'])('accepts %s', (path) => {
    expect(checkPath(path)).toEqual([]);
    expect(checkPath(path, REVERSE)).toEqual([]);
  });

  it('shifts mailbox offsets', () => {
    expect(summarize(checkPath('<a..b@example.com>'))).toEqual([problem('local-part-dot', 2, 3, BAD_RECIPIENT)]);
  });

  it('picks reply by role', () => {
    expect(summarize(checkPath('<user>', REVERSE))).toEqual([problem('missing-domain', 1, 5, BAD_SENDER)]);
    expect(summarize(checkPath('<user>'))).toEqual([problem('missing-domain', 1, 5, BAD_RECIPIENT)]);
  });

  it('reports empty path', () => {
    const problems = checkPath('', REVERSE);

    expect(summarize(problems)).toEqual([problem('missing-path', 0, 0, BAD_SENDER)]);
    expect(problems[0]?.category).toBe('command');
  });
});

describe('null path', () => {
  it('accepts <> for MAIL', () => {
    expect(checkPath('<>', REVERSE)).toEqual([]);
  });

  it('rejects <> for RCPT', () => {
    const problems = checkPath('<>');

    expect(summarize(problems)).toEqual([problem('null-forward-path', 0, 2, BAD_RECIPIENT)]);
    expect(problems[0]?.category).toBe('mailbox');
  });
});

describe('Postmaster', () => {
  it.each(['<Postmaster>', '<postmaster>', '<POSTMASTER>', '<PostMaster>'])('accepts %s for RCPT', (path) => {
    expect(checkPath(path)).toEqual([]);
  });

  it('rejects <Postmaster> for MAIL', () => {
    // Only RCPT has the special <Postmaster> form, so a sender needs a domain.
    expect(summarize(checkPath('<Postmaster>', REVERSE))).toEqual([problem('missing-domain', 1, 11, BAD_SENDER)]);
  });

  it.each(['<Postmaster@example.com>', '<postmaster@example.com>'])('accepts %s for both', (path) => {
    expect(checkPath(path)).toEqual([]);
    expect(checkPath(path, REVERSE)).toEqual([]);
  });

  it('checks Postmaster@domain', () => {
    expect(summarize(checkPath('<Postmaster@exa_mple.com>'))).toEqual([problem('invalid-domain-character', 15, 16, BAD_RECIPIENT)]);
  });
});

describe('source route', () => {
  it.each([
    '<@relay.example:user@example.com>',
    '<@one.example,@two.example:user@example.com>',
    '<@relay.example:"john doe"@example.com>',
  ])('accepts %s', (path) => {
    expect(checkPath(path)).toEqual([]);
  });

  it('reports missing colon', () => {
    const problems = checkPath('<@relay.example>');

    expect(summarize(problems)).toEqual([problem('invalid-source-route', 1, 15, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain("no ':'");
  });

  it('reports hop without @', () => {
    expect(summarize(checkPath('<@one.example,two.example:user@example.com>'))).toEqual([
      problem('invalid-source-route', 13, 14, BAD_RECIPIENT),
    ]);
  });

  it('reports hop without domain', () => {
    const problems = checkPath('<@:user@example.com>');

    expect(summarize(problems)).toEqual([problem('invalid-source-route', 1, 2, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain("no domain after '@'");
  });

  it('reports second empty hop', () => {
    expect(summarize(checkPath('<@one.example,@:user@example.com>'))).toEqual([problem('invalid-source-route', 14, 15, BAD_RECIPIENT)]);
  });

  it('checks hop domains', () => {
    expect(summarize(checkPath('<@re_lay.example:user@example.com>'))).toEqual([problem('invalid-domain-character', 4, 5, BAD_RECIPIENT)]);
  });

  it('checks mailbox after route', () => {
    expect(summarize(checkPath('<@relay.example:us..er@example.com>'))).toEqual([problem('local-part-dot', 18, 19, BAD_RECIPIENT)]);
  });
});

describe('angle brackets', () => {
  it('fixes missing brackets', () => {
    const text = 'user@example.com';
    const problems = checkPath(text);

    expect(summarize(problems)).toEqual([problem('missing-angle-brackets', 0, 16, BAD_RECIPIENT)]);
    expect(problems[0]?.fix).toEqual([
      { start: 0, end: 0, text: '<' },
      { start: 16, end: 16, text: '>' },
    ]);
    expect(applyFixes(text, problems)).toBe('<user@example.com>');
    expect(checkPath(applyFixes(text, problems))).toEqual([]);
  });

  it('fixes missing opening bracket', () => {
    const text = 'user@example.com>';
    const problems = checkPath(text);

    expect(summarize(problems)).toEqual([problem('missing-angle-brackets', 0, 17, BAD_RECIPIENT)]);
    expect(applyFixes(text, problems)).toBe('<user@example.com>');
  });

  it('does not fix invalid mailbox', () => {
    // Brackets alone would not make the path valid, so the edit is not offered as a fix.
    const problems = checkPath('us..er@example.com');

    expect(summarize(problems)).toEqual([
      problem('missing-angle-brackets', 0, 18, BAD_RECIPIENT),
      problem('local-part-dot', 2, 3, BAD_RECIPIENT),
    ]);
    expect(findProblem(problems, 'missing-angle-brackets').fix).toBeUndefined();
  });

  it('fixes missing closing bracket', () => {
    const text = '<user@example.com';
    const problems = checkPath(text, REVERSE);

    expect(summarize(problems)).toEqual([problem('missing-closing-bracket', 0, 17, BAD_SENDER)]);
    expect(problems[0]?.fix).toEqual([{ start: 17, end: 17, text: '>' }]);
    expect(checkPath(applyFixes(text, problems), REVERSE)).toEqual([]);
  });

  it('leaves unclosed invalid path', () => {
    const problems = checkPath('<a..b@example.com');

    expect(summarize(problems)).toEqual([
      problem('missing-closing-bracket', 0, 17, BAD_RECIPIENT),
      problem('local-part-dot', 2, 3, BAD_RECIPIENT),
    ]);
    expect(findProblem(problems, 'missing-closing-bracket').fix).toBeUndefined();
  });

  it('fixes display name', () => {
    const text = 'Alice <alice@example.com>';
    const problems = checkPath(text);

    expect(summarize(problems)).toEqual([problem('text-before-path', 0, 6, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain("remove 'Alice'");
    expect(applyFixes(text, problems)).toBe('<alice@example.com>');
  });

  it('fixes quoted display name', () => {
    const text = '"Alice Liddell" <alice@example.com>';
    const problems = checkPath(text);

    expect(summarize(problems)).toEqual([problem('text-before-path', 0, 16, BAD_RECIPIENT)]);
    expect(applyFixes(text, problems)).toBe('<alice@example.com>');
  });

  it('names whitespace before path', () => {
    const problems = checkPath(' <alice@example.com>');

    expect(summarize(problems)).toEqual([problem('text-before-path', 0, 1, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain('remove the whitespace');
  });

  it('reports text after path', () => {
    expect(summarize(checkPath('<user@example.com> x'))).toEqual([problem('text-after-path', 18, 20, BAD_RECIPIENT)]);
    expect(summarize(checkPath('<user@example.com>>'))).toEqual([problem('text-after-path', 18, 19, BAD_RECIPIENT)]);
  });
});

describe('unbalanced quote', () => {
  it('reports a lone quote, not the bracket', () => {
    const { problems } = checkCommand('MAIL FROM:<a"b@example.com>\r\n');

    expect(summarize(problems)).toEqual([problem('invalid-local-part-character', 12, 13, BAD_SENDER)]);
    expect(problems[0]?.message).toContain("'\"' outside a quoted string");
  });

  it('reads parameters after it', () => {
    const { problems } = checkCommand('MAIL FROM:<a"b@example.com> SIZE=1000\r\n');

    expect(summarize(problems)).toEqual([problem('invalid-local-part-character', 12, 13, BAD_SENDER)]);
  });

  it('reports an opening quote never closed', () => {
    const problems = checkPath('<"ab@example.com>');

    expect(summarize(problems)).toEqual([problem('unterminated-quoted-string', 1, 4, BAD_RECIPIENT)]);
  });

  it('ends the path after the lone quote', () => {
    // The first quote pair is closed, so only a '>' after the third quote can end the path.
    const problems = checkPath('<"a>b"@exa"mple.com>');

    expect(summarize(problems)).toEqual([problem('invalid-domain-character', 10, 11, BAD_RECIPIENT)]);
  });

  it('still reports a missing bracket', () => {
    const problems = checkPath('<a"b@example.com');

    expect(summarize(problems)).toEqual([
      problem('missing-closing-bracket', 0, 16, BAD_RECIPIENT),
      problem('invalid-local-part-character', 2, 3, BAD_RECIPIENT),
    ]);
    expect(findProblem(problems, 'missing-closing-bracket').fix).toBeUndefined();
  });

  it('ends a bare path at a space', () => {
    const { problems } = checkCommand('MAIL FROM:a"b@example.com SIZE=1000\r\n');

    expect(summarize(problems)).toEqual([
      problem('missing-angle-brackets', 10, 25, BAD_SENDER),
      problem('invalid-local-part-character', 11, 12, BAD_SENDER),
    ]);
  });
});

describe('path length', () => {
  // 32 'ü' are 64 octets, the local-part limit, in 32 code units. The brackets and '@' add 3.
  const localPart = 'ü'.repeat(32);

  it('accepts 256 octets', () => {
    const path = `<${localPart}@${domainOfLength(189)}>`;

    expect(path).toHaveLength(224);
    expect(checkPath(path, { utf8: true })).toEqual([]);
  });

  it('rejects 257 octets', () => {
    const path = `<${localPart}@${domainOfLength(190)}>`;
    const problems = checkPath(path, { utf8: true });

    expect(summarize(problems)).toEqual([problem('path-too-long', 0, 225, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain('257 octets');
  });
});
