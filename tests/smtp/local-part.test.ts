import { describe, expect, it } from 'vitest';
import { checkMailbox } from '../../src/smtp/index.js';
import { BAD_RECIPIENT, BAD_SENDER, NON_ASCII, problem, summarize } from './helpers.js';

describe('Dot-string', () => {
  it.each([
    'user',
    'first.last',
    'a.b.c.d',
    "!#$%&'*+-/=?^_`{|}~",
    'x',
    'UPPER.lower.123',
  ])('accepts %j', (localPart) => {
    expect(checkMailbox(`${localPart}@example.com`)).toEqual([]);
  });

  it('reports leading dot', () => {
    expect(summarize(checkMailbox('.user@example.com'))).toEqual([problem('local-part-dot', 0, 1, BAD_RECIPIENT)]);
  });

  it('reports trailing dot', () => {
    expect(summarize(checkMailbox('user.@example.com'))).toEqual([problem('local-part-dot', 4, 5, BAD_RECIPIENT)]);
  });

  it('reports double dot once', () => {
    expect(summarize(checkMailbox('us..er@example.com'))).toEqual([problem('local-part-dot', 2, 3, BAD_RECIPIENT)]);
  });

  it('reports lone dot once', () => {
    expect(summarize(checkMailbox('.@example.com'))).toEqual([problem('local-part-dot', 0, 1, BAD_RECIPIENT)]);
  });

  it('names the dot fault', () => {
    expect(checkMailbox('.a@example.com')[0]?.message).toContain('starts with a dot');
    expect(checkMailbox('a.@example.com')[0]?.message).toContain('ends with a dot');
    expect(checkMailbox('a..b@example.com')[0]?.message).toContain('two dots in a row');
  });

  it('reports space with suggestion', () => {
    const problems = checkMailbox('john doe@example.com');

    expect(summarize(problems)).toEqual([problem('space-in-mailbox', 4, 5, BAD_RECIPIENT)]);
    // Removing the space changes the address, so it is only a suggestion.
    expect(problems[0]?.fix).toBeUndefined();
    expect(problems[0]?.suggestions?.[0]?.edits).toEqual([{ start: 4, end: 5, text: '' }]);
  });

  it('reports space run once', () => {
    expect(summarize(checkMailbox('a \t b@example.com'))).toEqual([problem('space-in-mailbox', 1, 4, BAD_RECIPIENT)]);
  });

  it.each(['(', ')', '<', '>', '[', ']', ':', ';', ',', '\\', '"'])('rejects unquoted %j', (character) => {
    const problems = checkMailbox(`a${character}b@example.com`);

    expect(summarize(problems)).toEqual([problem('invalid-local-part-character', 1, 2, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain(`'${character}'`);
  });

  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['DEL', '\u007f', 'U+007F'],
    ['C1 control', '\u0085', 'U+0085'],
  ])('rejects %s character', (_name, character, codePoint) => {
    const problems = checkMailbox(`a${character}b@example.com`, { utf8: true });

    expect(summarize(problems)).toEqual([problem('invalid-local-part-character', 1, 2, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain(codePoint);
  });

  it('merges adjacent invalid characters', () => {
    expect(summarize(checkMailbox('a(()b@example.com'))).toEqual([problem('invalid-local-part-character', 1, 4, BAD_RECIPIENT)]);
  });

  it('splits at the last @', () => {
    // Servers take the last '@' as the separator, so an earlier one belongs to the local-part.
    expect(summarize(checkMailbox('a@b@example.com'))).toEqual([problem('invalid-local-part-character', 1, 2, BAD_RECIPIENT)]);
  });

  it('uses sender reply for reverse-path', () => {
    expect(summarize(checkMailbox('a..b@example.com', { role: 'reverse-path' }))).toEqual([
      problem('local-part-dot', 1, 2, BAD_SENDER),
    ]);
  });
});

describe('UTF-8 local-part', () => {
  it('rejects non-ASCII without SMTPUTF8', () => {
    const problems = checkMailbox('jörg@example.com');

    expect(summarize(problems)).toEqual([problem('non-ascii-local-part', 1, 2, NON_ASCII)]);
    expect(problems[0]?.message).toContain('SMTPUTF8');
  });

  it('accepts non-ASCII with SMTPUTF8', () => {
    expect(checkMailbox('jörg@example.com', { utf8: true })).toEqual([]);
    expect(checkMailbox('用户@example.com', { utf8: true })).toEqual([]);
    expect(checkMailbox('😀.smile@example.com', { utf8: true })).toEqual([]);
  });

  it('keeps a surrogate pair whole', () => {
    expect(summarize(checkMailbox('😀@example.com'))).toEqual([problem('non-ascii-local-part', 0, 2, NON_ASCII)]);
  });

  it.each([
    ['high', '\ud800', 'U+D800'],
    ['low', '\udc00', 'U+DC00'],
  ])('rejects lone %s surrogate', (_half, surrogate, codePoint) => {
    // No UTF-8 encoder can send half a surrogate pair, so SMTPUTF8 does not help.
    const problems = checkMailbox(`a${surrogate}b@example.com`, { utf8: true });

    expect(summarize(problems)).toEqual([problem('invalid-local-part-character', 1, 2, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain(`lone surrogate ${codePoint}`);
  });
});

describe('Quoted-string', () => {
  it.each([
    '"john doe"',
    '"a@b"',
    '""',
    '"a\\"b"',
    '"a\\\\"',
    '"(),:;<>[]"',
    '"\\ "',
    '"a.b..c."',
  ])('accepts %s', (localPart) => {
    expect(checkMailbox(`${localPart}@example.com`)).toEqual([]);
  });

  it('reports missing closing quote', () => {
    expect(summarize(checkMailbox('"abc@example.com'))).toEqual([problem('unterminated-quoted-string', 0, 4, BAD_RECIPIENT)]);
  });

  it('treats escaped quote as text', () => {
    expect(summarize(checkMailbox('"abc\\"@example.com'))).toEqual([problem('unterminated-quoted-string', 0, 6, BAD_RECIPIENT)]);
  });

  it('reports text after closing quote', () => {
    expect(summarize(checkMailbox('"ab"cd@example.com'))).toEqual([problem('invalid-local-part-character', 4, 6, BAD_RECIPIENT)]);
  });

  it('reports control character inside', () => {
    expect(summarize(checkMailbox('"a\u0001b"@example.com'))).toEqual([problem('invalid-local-part-character', 2, 3, BAD_RECIPIENT)]);
  });

  it('reports quoted-pair of control', () => {
    expect(summarize(checkMailbox('"a\\\u0001"@example.com'))).toEqual([problem('invalid-quoted-pair', 2, 4, BAD_RECIPIENT)]);
  });

  it('reports quoted-pair of non-ASCII', () => {
    // quoted-pairSMTP escapes only %d32-126. RFC 6531 widens qtextSMTP but not quoted-pair.
    expect(summarize(checkMailbox('"\\ü"@example.com', { utf8: true }))).toEqual([problem('invalid-quoted-pair', 1, 3, BAD_RECIPIENT)]);
  });

  it('covers an escaped surrogate pair', () => {
    expect(summarize(checkMailbox('"a\\😀"@example.com', { utf8: true }))).toEqual([problem('invalid-quoted-pair', 2, 5, BAD_RECIPIENT)]);
  });

  it('rejects non-ASCII without SMTPUTF8', () => {
    expect(summarize(checkMailbox('"jörg q"@example.com'))).toEqual([problem('non-ascii-local-part', 2, 3, NON_ASCII)]);
  });

  it('reports a non-ASCII run once', () => {
    expect(summarize(checkMailbox('"😀😀"@example.com'))).toEqual([problem('non-ascii-local-part', 1, 5, NON_ASCII)]);
  });

  it('accepts non-ASCII with SMTPUTF8', () => {
    expect(checkMailbox('"jörg q"@example.com', { utf8: true })).toEqual([]);
  });

  it('rejects lone surrogate inside', () => {
    expect(summarize(checkMailbox('"a\ud800"@example.com', { utf8: true }))).toEqual([
      problem('invalid-local-part-character', 2, 3, BAD_RECIPIENT),
    ]);
  });
});

describe('local-part length', () => {
  it('accepts 64 octets', () => {
    expect(checkMailbox(`${'a'.repeat(64)}@example.com`)).toEqual([]);
  });

  it('rejects 65 octets', () => {
    const problems = checkMailbox(`${'a'.repeat(65)}@example.com`);

    expect(summarize(problems)).toEqual([problem('local-part-too-long', 0, 65, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain('65 octets');
  });

  it('accepts 32 two-octet characters', () => {
    expect(checkMailbox(`${'ü'.repeat(32)}@example.com`, { utf8: true })).toEqual([]);
  });

  it('counts octets, not code units', () => {
    // The local-part is 33 code units, but 66 octets in UTF-8.
    const problems = checkMailbox(`${'ü'.repeat(33)}@example.com`, { utf8: true });

    expect(summarize(problems)).toEqual([problem('local-part-too-long', 0, 33, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain('66 octets');
  });

  it('counts a surrogate pair as four', () => {
    expect(checkMailbox(`${'😀'.repeat(16)}@example.com`, { utf8: true })).toEqual([]);
    expect(summarize(checkMailbox(`${'😀'.repeat(17)}@example.com`, { utf8: true }))).toEqual([
      problem('local-part-too-long', 0, 34, BAD_RECIPIENT),
    ]);
  });

  it('counts the quotes', () => {
    expect(checkMailbox(`"${'a'.repeat(62)}"@example.com`)).toEqual([]);
    expect(summarize(checkMailbox(`"${'a'.repeat(63)}"@example.com`))).toEqual([problem('local-part-too-long', 0, 65, BAD_RECIPIENT)]);
  });

  it('reports empty local-part', () => {
    expect(summarize(checkMailbox('@example.com'))).toEqual([problem('empty-local-part', 0, 1, BAD_RECIPIENT)]);
  });
});
