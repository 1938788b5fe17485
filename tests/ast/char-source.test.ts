import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCharSource, type CharSource } from '../../src/ast/char-source.js';

/** Lists `[start, end)` of the source spelling of each code unit. */
function spans(source: CharSource): [number, number][] {
  return Array.from({ length: source.value.length }, (_, i) => [source.starts[i]!, source.ends[i]!]);
}

function read(raw: string, template = false, bodyStart = 0): CharSource {
  const source = readCharSource(raw, bodyStart, template);
  if (source === undefined) throw new Error(`readCharSource rejected ${JSON.stringify(raw)}`);
  return source;
}

// Any UTF-16 code unit, lone surrogates included, which JSON.stringify writes as \uXXXX escapes.
const codeUnitString = fc.string({ unit: fc.nat({ max: 0xffff }).map((code) => String.fromCharCode(code)) });

describe('readCharSource', () => {
  it('maps plain characters one to one', () => {
    const source = read('MAIL', false, 10);

    expect(source.value).toBe('MAIL');
    expect(spans(source)).toEqual([[10, 11], [11, 12], [12, 13], [13, 14]]);
    expect(source.starts[4]).toBe(14);
  });

  it('maps \\x20 to its four characters', () => {
    const source = read('a\\x20b');

    expect(source.value).toBe('a b');
    expect(spans(source)).toEqual([[0, 1], [1, 5], [5, 6]]);
  });

  it('maps \\u0020 to its six characters', () => {
    const source = read('\\u0020<');

    expect(source.value).toBe(' <');
    expect(spans(source)).toEqual([[0, 6], [6, 7]]);
  });

  it('maps \\u{20} to its braces too', () => {
    const source = read('\\u{20}');

    expect(source.value).toBe(' ');
    expect(spans(source)).toEqual([[0, 6]]);
  });

  it('maps \\u{1F600} to two units, one span', () => {
    const source = read('\\u{1F600}x');

    expect(source.value).toBe('\u{1F600}x');
    expect(source.value.length).toBe(3);
    expect(spans(source)).toEqual([[0, 9], [0, 9], [9, 10]]);
  });

  it('maps surrogate escapes one each', () => {
    const source = read('\\uD83D\\uDE00');

    expect(source.value).toBe('\u{1F600}');
    expect(spans(source)).toEqual([[0, 6], [6, 12]]);
  });

  it('maps single-character escapes', () => {
    const source = read('\\t\\b\\f\\v');

    expect(source.value).toBe('\t\b\f\v');
    expect(spans(source)).toEqual([[0, 2], [2, 4], [4, 6], [6, 8]]);
  });

  it('maps \\r\\n escapes to two units', () => {
    const source = read('>\\r\\n');

    expect(source.value).toBe('>\r\n');
    expect(spans(source)).toEqual([[0, 1], [1, 3], [3, 5]]);
  });

  it('drops a line continuation', () => {
    const source = read('a\\\nb');

    expect(source.value).toBe('ab');
    expect(spans(source)).toEqual([[0, 1], [3, 4]]);
  });

  it('drops a CRLF line continuation', () => {
    const source = read('a\\\r\nb');

    expect(source.value).toBe('ab');
    expect(spans(source)).toEqual([[0, 1], [4, 5]]);
  });

  it('drops U+2028 and U+2029 continuations', () => {
    const source = read('a\\\u2028b\\\u2029c');

    expect(source.value).toBe('abc');
    expect(spans(source)).toEqual([[0, 1], [3, 4], [6, 7]]);
  });

  it('maps legacy octal \\0', () => {
    const source = read('a\\0b');

    expect(source.value).toBe('a\0b');
    expect(spans(source)).toEqual([[0, 1], [1, 3], [3, 4]]);
  });

  it('maps three-digit octal escapes', () => {
    const source = read('\\101\\377');

    expect(source.value).toBe('A\xff');
    expect(spans(source)).toEqual([[0, 4], [4, 8]]);
  });

  it('stops octal escapes at 0xff', () => {
    // '\400' is '\40' (a space) followed by the digit '0', because an octal escape never exceeds 0o377.
    const source = read('\\400');

    expect(source.value).toBe(' 0');
    expect(spans(source)).toEqual([[0, 3], [3, 4]]);
  });

  it('maps identity escapes', () => {
    const source = read("\\'\\\"\\\\\\q");

    expect(source.value).toBe('\'"\\q');
    expect(spans(source)).toEqual([[0, 2], [2, 4], [4, 6], [6, 8]]);
  });

  it('maps template escapes \\` and \\$', () => {
    const source = read('\\`\\${', true);

    expect(source.value).toBe('`${');
    expect(spans(source)).toEqual([[0, 2], [2, 4], [4, 5]]);
  });

  it('cooks raw CRLF in a template to LF', () => {
    const source = read('a\r\nb', true);

    expect(source.value).toBe('a\nb');
    expect(spans(source)).toEqual([[0, 1], [1, 3], [3, 4]]);
  });

  it('cooks raw CR in a template to LF', () => {
    const source = read('a\rb', true);

    expect(source.value).toBe('a\nb');
    expect(spans(source)).toEqual([[0, 1], [1, 2], [2, 3]]);
  });

  it('keeps raw LF in a template', () => {
    const source = read('a\nb', true);

    expect(source.value).toBe('a\nb');
    expect(spans(source)).toEqual([[0, 1], [1, 2], [2, 3]]);
  });

  it('maps raw astral characters per unit', () => {
    // A raw astral character is two code units in the source too, so each unit spans one.
    const source = read('<\u{1F600}>');

    expect(source.value).toBe('<\u{1F600}>');
    expect(spans(source)).toEqual([[0, 1], [1, 2], [2, 3], [3, 4]]);
  });

  it('marks the body end after the last unit', () => {
    const source = read('a\\\n', false, 5);

    expect(source.value).toBe('a');
    expect(source.starts.length).toBe(2);
    expect(source.starts[1]).toBe(8);
  });

  it('reads an empty body', () => {
    const source = read('', false, 3);

    expect(source.value).toBe('');
    expect(Array.from(source.starts)).toEqual([3]);
  });

  it.each([
    ['a lone trailing backslash', 'a\\'],
    ['a short \\x escape', '\\x2'],
    ['a non-hex \\x escape', '\\xZZ'],
    ['a short \\u escape', '\\u12'],
    ['a non-hex \\u escape', '\\u12G4'],
    ['an empty \\u{} escape', '\\u{}'],
    ['an unclosed \\u{ escape', '\\u{1F600'],
    ['a code point over U+10FFFF', '\\u{110000}'],
    ['a non-hex \\u{} escape', '\\u{12G}'],
  ])('returns undefined for %s', (_, raw) => {
    expect(() => readCharSource(raw, 0, false)).not.toThrow();
    expect(readCharSource(raw, 0, false)).toBeUndefined();
  });

  it('matches JSON-escaped strings', () => {
    // JSON.stringify writes \", \\, \n, \t and \uXXXX escapes, and JavaScript reads each of them the same way.
    fc.assert(
      fc.property(codeUnitString, (value) => {
        const raw = JSON.stringify(value).slice(1, -1);
        const source = readCharSource(raw, 1, false);
        expect(source?.value).toBe(value);
      }),
    );
  });

  it('keeps spans ordered and inside the body', () => {
    fc.assert(
      fc.property(codeUnitString, (value) => {
        const raw = JSON.stringify(value).slice(1, -1);
        const source = readCharSource(raw, 1, false)!;
        for (let i = 0; i < value.length; i++) {
          expect(source.starts[i]).toBeLessThan(source.ends[i]!);
          expect(source.ends[i]).toBeLessThanOrEqual(source.starts[i + 1]!);
        }
        expect(source.starts[value.length]).toBe(1 + raw.length);
      }),
    );
  });
});
