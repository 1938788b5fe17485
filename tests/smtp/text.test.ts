import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatReply, REPLIES } from '../../src/smtp/index.js';
import { CheckedText } from '../../src/smtp/text.js';

describe('CheckedText', () => {
  it('answers hole questions', () => {
    const text = new CheckedText({ text: 'ab\uFFFCcd\uFFFC', holes: [2, 5] });

    expect(text.isHole(2)).toBe(true);
    expect(text.isHole(3)).toBe(false);
    expect(text.hasHole(0, 2)).toBe(false);
    expect(text.hasHole(0, 3)).toBe(true);
    expect(text.hasHole(3, 5)).toBe(false);
    expect(text.hasHole(3, 6)).toBe(true);
    expect(text.hasHoles).toBe(true);
  });

  it('ignores invalid offsets', () => {
    const text = new CheckedText({ text: 'abc', holes: [-1, 3, 1.5, Number.NaN, Number.POSITIVE_INFINITY] });

    expect(text.hasHoles).toBe(false);
    expect(text.hasHole(-10, 10)).toBe(false);
  });

  it('clamps ranges', () => {
    const text = new CheckedText({ text: 'a\uFFFC', holes: [1] });

    expect(text.hasHole(-5, 99)).toBe(true);
    expect(text.hasHole(5, 1)).toBe(false);
    expect(text.isHole(-1)).toBe(false);
    expect(text.isHole(2)).toBe(false);
  });

  it('has no holes by default', () => {
    const text = new CheckedText({ text: '\uFFFC' });

    expect(text.isHole(0)).toBe(false);
    expect(text.hasHoles).toBe(false);
  });
});

describe('formatReply', () => {
  it('joins code and enhanced code', () => {
    expect(formatReply(REPLIES.badSenderSyntax)).toBe('501 5.1.7');
    expect(formatReply(REPLIES.badRecipientSyntax)).toBe('501 5.1.3');
    expect(formatReply(REPLIES.nonAsciiAddress)).toBe('553 5.6.7');
  });

  it.each([undefined, null, 42, 'reply', {}, { code: '501', enhanced: '5.1.7' }, { code: 501, enhanced: Symbol('5.1.7') }, { code: 1e9, enhanced: '5.1.7' }])(
    'rejects %s as unknown reply',
    (value) => {
      expect(formatReply(value as never)).toBe('unknown reply');
    },
  );

  it('formats any valid reply', () => {
    const reply = fc.record({
      code: fc.integer({ min: 100, max: 599 }),
      enhanced: fc.stringMatching(/^[245]\.\d{1,3}\.\d{1,3}$/),
      text: fc.string(),
    });

    fc.assert(
      fc.property(reply, (value) => {
        expect(formatReply(value)).toBe(`${value.code} ${value.enhanced}`);
      }),
    );
  });

  it('formats a reply without enhanced code', () => {
    expect(formatReply({ code: 250, enhanced: '', text: 'OK' })).toBe('250');
  });

  it('never throws on any value', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true }), (value) => {
        const formatted = formatReply(value as never);

        expect(formatted).toMatch(/^(?:unknown reply|\d{3}(?: [245]\.\d{1,3}\.\d{1,3})?)$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('returns unknown reply for a throwing getter', () => {
    const value = {
      get code(): number {
        throw new Error('no code');
      },
      enhanced: '5.1.7',
      text: '',
    };

    expect(formatReply(value)).toBe('unknown reply');
  });

  it('keeps replies frozen', () => {
    expect(Object.isFrozen(REPLIES)).toBe(true);
    expect(Object.isFrozen(REPLIES.badSenderSyntax)).toBe(true);
  });
});
