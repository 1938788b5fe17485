// Character classes of RFC 5321 §4.1.2 and RFC 5322 §3.2.3, tested one UTF-16 code unit at a time
// so that every scan stays linear.

export function isAlpha(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

export function isLetDig(code: number): boolean {
  return isAlpha(code) || isDigit(code);
}

const ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

/** atext of RFC 5322: the characters a Dot-string atom may contain, ASCII only. */
export function isAsciiAtext(code: number): boolean {
  return isLetDig(code) || (code < 0x80 && ATEXT_SPECIALS.includes(String.fromCharCode(code)));
}

/** qtextSMTP of RFC 5321: printable ASCII other than `"` and `\`, space included. */
export function isQtextSmtp(code: number): boolean {
  return code === 32 || code === 33 || (code >= 35 && code <= 91) || (code >= 93 && code <= 126);
}

export function isNonAscii(code: number): boolean {
  return code >= 0x80;
}

export function isControl(code: number): boolean {
  return code < 0x20 || code === 0x7f;
}

export function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/**
 * Returns the first offset of the code unit `code` in `text[start, end)`, or -1. Unlike
 * `indexOf` it never reads past `end`, so checking each line of a long string stays linear.
 */
export function findCodeUnit(text: string, code: number, start: number, end: number): number {
  for (let i = Math.max(0, start); i < end; i++) {
    if (text.charCodeAt(i) === code) return i;
  }
  return -1;
}

/** Returns the last offset of the code unit `code` in `text[start, end)`, or -1. It never reads before `start`. */
export function findLastCodeUnit(text: string, code: number, start: number, end: number): number {
  for (let i = Math.min(end, text.length) - 1; i >= start; i--) {
    if (text.charCodeAt(i) === code) return i;
  }
  return -1;
}

/** Counts the UTF-8 octets of `text[start, end)`; a lone surrogate counts as the 3 octets of U+FFFD. */
export function utf8Length(text: string, start = 0, end = text.length): number {
  let octets = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) octets += 1;
    else if (code < 0x800) octets += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1))) {
      octets += 4;
      i++;
    } else octets += 3;
  }
  return octets;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Returns true for half of a surrogate pair standing alone, which no UTF-8 encoder can send. */
export function isLoneSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (isHighSurrogate(code)) return !isLowSurrogate(text.charCodeAt(index + 1));
  if (isLowSurrogate(code)) return !isHighSurrogate(text.charCodeAt(index - 1));
  return false;
}

// Characters that are invisible or move the text around them when printed: separators other
// than the ASCII space, and format characters such as U+200B, U+FEFF and the bidi controls.
const LINE_SEPARATOR = /^\p{Zl}$/u;
const PARAGRAPH_SEPARATOR = /^\p{Zp}$/u;
const SPACE_SEPARATOR = /^\p{Zs}$/u;
const FORMAT_CHARACTER = /^\p{Cf}$/u;

/**
 * Shows one character for a message: printable ones quoted, and controls, invisible and
 * reordering characters as a code point such as U+2028. Past the text it is 'the end of the text'.
 */
export function describeCharacter(text: string, index: number): string {
  const codePoint = text.codePointAt(index);
  if (codePoint === undefined) return 'the end of the text';
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  if (isLoneSurrogate(text, index)) return `the lone surrogate ${hex}`;
  if (codePoint === 0x20) return 'a space';
  if (codePoint === 0x09) return 'a tab';
  if (codePoint === 0x0d) return 'a CR';
  if (codePoint === 0x0a) return 'an LF';
  if (codePoint < 0x20 || codePoint === 0x7f || (codePoint >= 0x80 && codePoint <= 0x9f)) return `the control character ${hex}`;

  const character = String.fromCodePoint(codePoint);
  if (LINE_SEPARATOR.test(character)) return `the line separator ${hex}`;
  if (PARAGRAPH_SEPARATOR.test(character)) return `the paragraph separator ${hex}`;
  if (SPACE_SEPARATOR.test(character)) return `the space character ${hex}`;
  if (FORMAT_CHARACTER.test(character)) return `the format character ${hex}`;
  return `'${character}'`;
}
