import { describe, expect, it } from 'vitest';
import {
  describeCharacter,
  findCodeUnit,
  findLastCodeUnit,
  isAsciiAtext,
  isLoneSurrogate,
  isQtextSmtp,
  utf8Length,
} from '../../src/smtp/chars.js';

function codes(characters: string): number[] {
  return [...characters].map((character) => character.charCodeAt(0));
}

describe('character classes', () => {
  it('matches atext', () => {
    for (const code of codes("azAZ09!#$%&'*+-/=?^_`{|}~")) expect(isAsciiAtext(code)).toBe(true);
    for (const code of codes(' ."(),:;<>@[\\]\u0000\u007fü')) expect(isAsciiAtext(code)).toBe(false);
  });

  it('matches qtextSMTP', () => {
    for (const code of codes(' !#[]~az@.,')) expect(isQtextSmtp(code)).toBe(true);
    for (const code of codes('"\\\u0000\t\u007fü')) expect(isQtextSmtp(code)).toBe(false);
  });

  it('finds lone surrogates', () => {
    expect(isLoneSurrogate('a\ud800', 1)).toBe(true);
    expect(isLoneSurrogate('\udc00a', 0)).toBe(true);
    expect(isLoneSurrogate('😀', 0)).toBe(false);
    expect(isLoneSurrogate('😀', 1)).toBe(false);
    expect(isLoneSurrogate('ü', 0)).toBe(false);
  });
});

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['ü', 2],
    ['€', 3],
    ['😀', 4],
    ['\ud800', 3],
    ['\udc00\ud800', 6],
  ])('counts %j', (text, octets) => {
    expect(utf8Length(text)).toBe(octets);
  });

  it('counts a range', () => {
    expect(utf8Length('aüb😀', 1, 3)).toBe(3);
  });

  it('splits a pair at the range end', () => {
    // Half a pair inside the range is a lone surrogate there.
    expect(utf8Length('😀', 0, 1)).toBe(3);
  });
});

describe('describeCharacter', () => {
  it.each([
    ['a', "'a'"],
    [' ', 'a space'],
    ['\t', 'a tab'],
    ['\r', 'a CR'],
    ['\n', 'an LF'],
    ['\u0000', 'the control character U+0000'],
    ['\u007f', 'the control character U+007F'],
    ['\u0085', 'the control character U+0085'],
    ['😀', "'😀'"],
    ['\ud800', 'the lone surrogate U+D800'],
  ])('names %j', (text, description) => {
    expect(describeCharacter(text, 0)).toBe(description);
  });

  it.each([
    ['the line separator U+2028', '\u2028'],
    ['the paragraph separator U+2029', '\u2029'],
    ['the format character U+200B', '\u200b'],
    ['the format character U+FEFF', '\ufeff'],
    ['the format character U+00AD', '\u00ad'],
    ['the format character U+202A', '\u202a'],
    ['the format character U+202E', '\u202e'],
    ['the format character U+2066', '\u2066'],
    ['the format character U+2069', '\u2069'],
    ['the format character U+E0001', '\u{e0001}'],
    ['the space character U+00A0', '\u00a0'],
    ['the space character U+3000', '\u3000'],
  ])('names %s', (description, text) => {
    // Printed raw, these characters vanish or reorder the message around them.
    expect(describeCharacter(text, 0)).toBe(description);
  });

  it('names the end of the text', () => {
    expect(describeCharacter('', 0)).toBe('the end of the text');
  });
});

describe('findCodeUnit', () => {
  it('finds inside the range', () => {
    expect(findCodeUnit('a@b@c', 0x40, 0, 5)).toBe(1);
    expect(findCodeUnit('a@b@c', 0x40, 2, 5)).toBe(3);
    expect(findLastCodeUnit('a@b@c', 0x40, 0, 5)).toBe(3);
    expect(findLastCodeUnit('a@b@c', 0x40, 0, 3)).toBe(1);
  });

  it('never leaves the range', () => {
    expect(findCodeUnit('ab@', 0x40, 0, 2)).toBe(-1);
    expect(findLastCodeUnit('@ab', 0x40, 1, 3)).toBe(-1);
  });
});
