import { describe, expect, it } from 'vitest';
import { checkIdnLabel } from '../../src/smtp/idna.js';
import { checkDomain } from '../../src/smtp/index.js';
import { applyEdits, BAD_RECIPIENT, NON_ASCII, problem, summarize } from './helpers.js';

describe('checkIdnLabel', () => {
  it.each([
    ['bücher', 'xn--bcher-kva'],
    ['münchen', 'xn--mnchen-3ya'],
    ['straße', 'xn--strae-oqa'],
    ['español', 'xn--espaol-zwa'],
  ])('accepts U-label %s', (label, aLabel) => {
    expect(checkIdnLabel(label)).toEqual({ valid: true, aLabel });
  });

  it.each(['xn--bcher-kva', 'XN--BCHER-KVA'])('accepts A-label %s', (label) => {
    expect(checkIdnLabel(label)).toEqual({ valid: true, aLabel: 'xn--bcher-kva' });
  });

  it.each([
    ['a symbol', '☃', 0],
    ['a symbol inside', 'a☃b', 1],
    ['an emoji', 'x😀', 1],
    ['an upper-case letter', 'Bücher', 0],
  ])('rejects %s', (_case, label, badOffset) => {
    expect(checkIdnLabel(label)).toMatchObject({ valid: false, badOffset });
  });

  it.each([
    ['a ligature', 'ﬁü'],
    ['a full-width letter', 'ａü'],
    ['a decomposed letter', 'u\u0308'],
    ['a joiner out of context', 'a\u200db'],
    ['ASCII punctuation', 'ü!'],
  ])('rejects %s', (_case, label) => {
    // UTS #46 would map or accept most of these, but a U-label must already be in its final form.
    expect(checkIdnLabel(label).valid).toBe(false);
  });

  it('rejects A-label of a symbol', () => {
    // xn--n3h decodes to U+2603, which UTS #46 accepts and IDNA2008 disallows.
    expect(checkIdnLabel('xn--n3h')).toMatchObject({ valid: false, badOffset: 0 });
  });

  it('rejects undecodable A-label', () => {
    expect(checkIdnLabel('xn--zz').valid).toBe(false);
  });
});

describe('U-labels in domains', () => {
  it('accepts U-label with SMTPUTF8', () => {
    expect(checkDomain('bücher.example', { utf8: true })).toEqual([]);
  });

  it('suggests A-label without SMTPUTF8', () => {
    const text = 'bücher.example';
    const problems = checkDomain(text);

    expect(summarize(problems)).toEqual([problem('non-ascii-domain', 0, 6, NON_ASCII)]);
    // Servers without SMTPUTF8 route the A-label. It is only a suggestion because it rewrites the address text.
    expect(problems[0]?.fix).toBeUndefined();
    const edits = problems[0]?.suggestions?.[0]?.edits ?? [];
    expect(edits).toEqual([{ start: 0, end: 6, text: 'xn--bcher-kva' }]);
    expect(checkDomain(applyEdits(text, edits))).toEqual([]);
  });

  it('reports the snowman', () => {
    const problems = checkDomain('a☃b.example', { utf8: true });

    expect(summarize(problems)).toEqual([problem('invalid-idn-label', 1, 2, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain("'☃'");
  });

  it('covers a whole emoji', () => {
    expect(summarize(checkDomain('😀.example', { utf8: true }))).toEqual([problem('invalid-idn-label', 0, 2, BAD_RECIPIENT)]);
  });

  it('reports invalid U-label without SMTPUTF8', () => {
    expect(summarize(checkDomain('☃.example'))).toEqual([problem('invalid-idn-label', 0, 1, BAD_RECIPIENT)]);
  });

  it('reports whole bad A-label', () => {
    const problems = checkDomain('xn--zz.example');

    expect(summarize(problems)).toEqual([problem('invalid-idn-label', 0, 6, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain('A-label');
  });

  it('reports lone surrogate in label', () => {
    expect(summarize(checkDomain('a\ud800b.example', { utf8: true }))).toEqual([problem('invalid-idn-label', 1, 2, BAD_RECIPIENT)]);
  });

  it('names an edge hyphen', () => {
    expect(summarize(checkDomain('bücher-.example', { utf8: true }))).toEqual([problem('domain-label-hyphen', 6, 7, BAD_RECIPIENT)]);
    expect(summarize(checkDomain('-bücher.example', { utf8: true }))).toEqual([problem('domain-label-hyphen', 0, 1, BAD_RECIPIENT)]);
    expect(summarize(checkDomain('xn--'))).toEqual([problem('domain-label-hyphen', 3, 4, BAD_RECIPIENT)]);
  });
});

describe('A-label length', () => {
  it('accepts 63-octet A-label', () => {
    // 'ü' × 57 encodes as xn--tda and 56 more letters, which is 63 octets.
    expect(checkDomain(`${'ü'.repeat(57)}.example`, { utf8: true })).toEqual([]);
  });

  it('rejects 64-octet A-label', () => {
    const problems = checkDomain(`${'ü'.repeat(58)}.example`, { utf8: true });

    expect(summarize(problems)).toEqual([problem('domain-label-too-long', 0, 58, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain('64 octets long as an A-label');
  });

  it('counts the A-label, not the text', () => {
    // The label is 58 code units and 59 UTF-8 octets, but 65 octets as xn--…-e6f.
    const label = `${'a'.repeat(57)}ü`;

    expect(summarize(checkDomain(`${label}.example`, { utf8: true }))).toEqual([problem('domain-label-too-long', 0, 58, BAD_RECIPIENT)]);
  });

  it('rejects long ASCII A-label', () => {
    const aLabel = `xn--tda${'a'.repeat(57)}`;

    expect(aLabel).toHaveLength(64);
    expect(summarize(checkDomain(`${aLabel}.example`))).toEqual([problem('domain-label-too-long', 0, 64, BAD_RECIPIENT)]);
  });
});
