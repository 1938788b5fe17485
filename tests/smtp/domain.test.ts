import { describe, expect, it } from 'vitest';
import { checkDomain } from '../../src/smtp/index.js';
import { applyFixes, BAD_RECIPIENT, domainOfLength, problem, summarize } from './helpers.js';

describe('Domain labels', () => {
  it.each([
    'example.com',
    'localhost',
    'a',
    'a-b.example',
    'a--b.example',
    '1a.b2',
    '123.example',
    'EXAMPLE.COM',
    'xn--bcher-kva.de',
  ])('accepts %s', (domain) => {
    expect(checkDomain(domain)).toEqual([]);
  });

  it('reports underscore', () => {
    const problems = checkDomain('exa_mple.com');

    expect(summarize(problems)).toEqual([problem('invalid-domain-character', 3, 4, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain("'_'");
  });

  it.each([' ', '!', '@', '/', '\\', '"', '\u0000'])('rejects %j', (character) => {
    expect(summarize(checkDomain(`ex${character}ample.com`))).toEqual([problem('invalid-domain-character', 2, 3, BAD_RECIPIENT)]);
  });

  it('merges an invalid run', () => {
    expect(summarize(checkDomain('ex!$ample.com'))).toEqual([problem('invalid-domain-character', 2, 4, BAD_RECIPIENT)]);
  });

  it('reports each invalid run', () => {
    expect(summarize(checkDomain('a_b.c_d'))).toEqual([
      problem('invalid-domain-character', 1, 2, BAD_RECIPIENT),
      problem('invalid-domain-character', 5, 6, BAD_RECIPIENT),
    ]);
  });

  it('reports leading hyphen', () => {
    expect(summarize(checkDomain('-example.com'))).toEqual([problem('domain-label-hyphen', 0, 1, BAD_RECIPIENT)]);
  });

  it('reports trailing hyphen', () => {
    expect(summarize(checkDomain('example-.com'))).toEqual([problem('domain-label-hyphen', 7, 8, BAD_RECIPIENT)]);
  });

  it('reports hyphen in last label', () => {
    expect(summarize(checkDomain('example.com-'))).toEqual([problem('domain-label-hyphen', 11, 12, BAD_RECIPIENT)]);
  });

  it('reports empty domain', () => {
    expect(summarize(checkDomain(''))).toEqual([problem('missing-domain', 0, 0, BAD_RECIPIENT)]);
  });
});

describe('empty labels', () => {
  it('reports leading dot', () => {
    const problems = checkDomain('.example.com');

    expect(summarize(problems)).toEqual([problem('empty-domain-label', 0, 1, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain('starts with a dot');
    expect(problems[0]?.fix).toBeUndefined();
  });

  it('reports double dot', () => {
    const problems = checkDomain('example..com');

    expect(summarize(problems)).toEqual([problem('empty-domain-label', 8, 9, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain('two dots in a row');
  });

  it('fixes trailing dot', () => {
    // A trailing dot only marks the DNS root, so removing it keeps the meaning and is a fix.
    const text = 'example.com.';
    const problems = checkDomain(text);

    expect(summarize(problems)).toEqual([problem('empty-domain-label', 11, 12, BAD_RECIPIENT)]);
    expect(problems[0]?.fix).toEqual([{ start: 11, end: 12, text: '' }]);
    expect(applyFixes(text, problems)).toBe('example.com');
  });

  it('reports a lone dot once', () => {
    expect(summarize(checkDomain('.'))).toEqual([problem('empty-domain-label', 0, 1, BAD_RECIPIENT)]);
  });

  it('reports each dot once', () => {
    expect(summarize(checkDomain('a..'))).toEqual([problem('empty-domain-label', 2, 3, BAD_RECIPIENT)]);
    expect(summarize(checkDomain('..'))).toEqual([
      problem('empty-domain-label', 0, 1, BAD_RECIPIENT),
      problem('empty-domain-label', 1, 2, BAD_RECIPIENT),
    ]);
  });
});

describe('domain length', () => {
  it('accepts 63-octet label', () => {
    expect(checkDomain(`${'a'.repeat(63)}.com`)).toEqual([]);
  });

  it('rejects 64-octet label', () => {
    const problems = checkDomain(`${'a'.repeat(64)}.com`);

    expect(summarize(problems)).toEqual([problem('domain-label-too-long', 0, 64, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain('64 octets');
  });

  it('accepts 255-octet domain', () => {
    const domain = domainOfLength(255);

    expect(domain).toHaveLength(255);
    expect(checkDomain(domain)).toEqual([]);
  });

  it('rejects 256-octet domain', () => {
    const problems = checkDomain(domainOfLength(256));

    expect(summarize(problems)).toEqual([problem('domain-too-long', 0, 256, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain('256 octets');
  });

  it('counts U-labels as A-labels', () => {
    // Each label is 57 code units but 63 octets as an A-label (xn--tda…). Four of them and
    // three dots make 255 octets, the limit, in only 231 code units.
    const label = 'ü'.repeat(57);
    const atLimit = [label, label, label, label].join('.');

    expect(checkDomain(atLimit, { utf8: true })).toEqual([]);
    expect(summarize(checkDomain(`${atLimit}.a`, { utf8: true }))).toEqual([
      problem('domain-too-long', 0, atLimit.length + 2, BAD_RECIPIENT),
    ]);
  });
});

describe('bare IP domain', () => {
  it('brackets an IPv4 address', () => {
    const text = '192.0.2.1';
    const problems = checkDomain(text);

    expect(summarize(problems)).toEqual([problem('bare-ip-domain', 0, 9, BAD_RECIPIENT)]);
    expect(problems[0]?.fix).toEqual([
      { start: 0, end: 0, text: '[' },
      { start: 9, end: 9, text: ']' },
    ]);
    expect(checkDomain(applyFixes(text, problems))).toEqual([]);
  });

  it('reads other numbers as names', () => {
    // Outside 0-255 or with another count of parts the text is not an IPv4 address,
    // and all-digit labels are valid LDH labels.
    expect(checkDomain('256.0.2.1')).toEqual([]);
    expect(checkDomain('192.0.2')).toEqual([]);
  });
});
