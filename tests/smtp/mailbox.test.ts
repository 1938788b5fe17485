import { describe, expect, it } from 'vitest';
import { checkMailbox } from '../../src/smtp/index.js';
import { findMailboxAt } from '../../src/smtp/mailbox.js';
import { applyFixes, BAD_RECIPIENT, BAD_SENDER, NON_ASCII, problem, summarize } from './helpers.js';

describe('checkMailbox', () => {
  it.each([
    'user@example.com',
    'user@localhost',
    'first.last@sub.example.co.uk',
    '"john doe"@example.com',
    'user@[192.0.2.1]',
    'user@[IPv6:2001:db8::1]',
  ])('accepts %s', (mailbox) => {
    expect(checkMailbox(mailbox)).toEqual([]);
  });

  it('reports mailbox without @', () => {
    const problems = checkMailbox('user');

    expect(summarize(problems)).toEqual([problem('missing-domain', 0, 4, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain("'user' has no '@domain'");
  });

  it('reports empty mailbox', () => {
    expect(summarize(checkMailbox(''))).toEqual([problem('missing-domain', 0, 0, BAD_RECIPIENT)]);
  });

  it('reports nothing after @', () => {
    const problems = checkMailbox('user@');

    expect(summarize(problems)).toEqual([problem('missing-domain', 5, 5, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain("nothing after '@'");
  });

  it('reports empty local-part and domain', () => {
    expect(summarize(checkMailbox('@'))).toEqual([
      problem('empty-local-part', 0, 1, BAD_RECIPIENT),
      problem('missing-domain', 1, 1, BAD_RECIPIENT),
    ]);
  });

  it('checks the domain part', () => {
    expect(summarize(checkMailbox('user@exa_mple.com'))).toEqual([problem('invalid-domain-character', 8, 9, BAD_RECIPIENT)]);
  });

  it('reports both parts at once', () => {
    expect(summarize(checkMailbox('a..b@-example.com'))).toEqual([
      problem('local-part-dot', 1, 2, BAD_RECIPIENT),
      problem('domain-label-hyphen', 5, 6, BAD_RECIPIENT),
    ]);
  });

  it('takes @ after a quoted local-part', () => {
    expect(checkMailbox('"a@b"@example.com')).toEqual([]);
  });

  it('reports quoted local-part alone', () => {
    expect(summarize(checkMailbox('"a@b"'))).toEqual([problem('missing-domain', 0, 5, BAD_RECIPIENT)]);
  });

  it('keeps @ after the quote', () => {
    // The first '@' after the closing quote ends the local-part, so a second one is in the domain.
    expect(summarize(checkMailbox('"a"@b@example.com'))).toEqual([problem('invalid-domain-character', 5, 6, BAD_RECIPIENT)]);
  });

  it('brackets a bare IP domain', () => {
    const text = 'user@192.0.2.1';
    const problems = checkMailbox(text);

    expect(summarize(problems)).toEqual([problem('bare-ip-domain', 5, 14, BAD_RECIPIENT)]);
    expect(applyFixes(text, problems)).toBe('user@[192.0.2.1]');
    expect(checkMailbox(applyFixes(text, problems))).toEqual([]);
  });

  it('uses sender reply for reverse-path', () => {
    expect(summarize(checkMailbox('user', { role: 'reverse-path' }))).toEqual([problem('missing-domain', 0, 4, BAD_SENDER)]);
  });

  it('rejects UTF-8 without SMTPUTF8', () => {
    expect(summarize(checkMailbox('jörg@bücher.de'))).toEqual([
      problem('non-ascii-local-part', 1, 2, NON_ASCII),
      problem('non-ascii-domain', 5, 11, NON_ASCII),
    ]);
  });

  it('accepts UTF-8 with SMTPUTF8', () => {
    expect(checkMailbox('jörg@bücher.de', { utf8: true })).toEqual([]);
  });
});

describe('findMailboxAt', () => {
  it.each([
    ['user@example.com', 4],
    ['a@b@example.com', 3],
    ['"a@b"@example.com', 5],
    ['"a@b"', -1],
    ['user', -1],
    ['"unclosed@example.com', 9],
  ])('finds the @ in %j', (text, expected) => {
    expect(findMailboxAt(text, 0, text.length)).toBe(expected);
  });

  it('stays inside its range', () => {
    const text = 'user@example.com abc@def';

    expect(findMailboxAt(text, 17, 20)).toBe(-1);
    expect(findMailboxAt(text, 0, 16)).toBe(4);
    expect(findMailboxAt('x"a"b@c', 1, 5)).toBe(-1);
  });
});
