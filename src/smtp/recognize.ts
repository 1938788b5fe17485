import { isAlpha, isSpaceOrTab } from './chars.js';
import type { CheckedText } from './text.js';
import { findNearVerb, MISSPELLED_VERBS, OBSOLETE_VERBS, toCommandVerb } from './verbs.js';

/** What a caller knows about where the string goes. */
export interface RecognizeOptions {
  /** True when the string is written to a socket or passed to a command-sending call. */
  readonly sink?: boolean;
}

// Verbs that are also English words or common identifiers: alone they prove nothing.
const WORD_VERBS = new Set(['DATA', 'QUIT', 'HELP', 'AUTH', 'NOOP', 'RSET', 'MAIL']);

/**
 * Decides whether a string is an SMTP command line rather than prose such as 'Mail from: Alice'.
 * Evidence is a line ending, a known sink, or an argument shaped like a path ('<', '@' or a hole
 * after the colon). A verb in mixed case ('Mail') counts only with a line ending or a sink,
 * because code writes verbs in upper or lower case and prose writes them capitalized.
 */
export function isCommandLine(text: CheckedText, options: RecognizeOptions = {}): boolean {
  let wordEnd = 0;
  while (wordEnd < text.length && !text.isHole(wordEnd) && isWordCharacter(text.code(wordEnd), wordEnd)) wordEnd++;
  if (wordEnd === 0) return false;

  const word = text.slice(0, wordEnd);
  const upper = word.toUpperCase();
  const hasLineEnd = hasStaticLineEnd(text);
  const strong = hasLineEnd || options.sink === true;
  if (word !== upper && word !== word.toLowerCase() && !strong) return false;

  if (MISSPELLED_VERBS.has(upper)) return text.code(wordEnd) === 0x3a && (strong || argumentLooksLikePath(text, wordEnd + 1));

  const verb = toCommandVerb(word);
  if (verb === undefined) return strong && word === upper && isMistakenVerb(text, upper, wordEnd);
  if (verb === 'MAIL' || verb === 'RCPT') return isPathCommand(text, wordEnd, verb === 'MAIL' ? 'FROM' : 'TO', strong);

  const next = text.code(wordEnd);
  const endsWord = wordEnd === text.length || isSpaceOrTab(next) || next === 0x0d || next === 0x0a || text.isHole(wordEnd);
  if (!endsWord) return false;
  if (strong) return true;
  if (word !== upper || WORD_VERBS.has(upper) || wordEnd >= text.length) return false;
  return argumentFitsVerb(text, wordEnd, upper);
}

// Verbs that take no argument: followed by words, they are the start of a sentence.
const NO_ARGUMENT_VERBS = new Set(['STARTTLS', 'RSET', 'QUIT', 'DATA']);

/**
 * Without other evidence, a command must look like one: a single space, then as many words as
 * the verb takes. 'STARTTLS buffer handling' and 'EHLO without a name' are test titles.
 */
function argumentFitsVerb(text: CheckedText, verbEnd: number, verb: string): boolean {
  if (NO_ARGUMENT_VERBS.has(verb)) return false;
  const maxWords = verb === 'BDAT' ? 2 : 1;
  let words = 0;
  let inWord = false;
  for (let i = verbEnd; i < text.length; i++) {
    const space = isSpaceOrTab(text.code(i)) && !text.isHole(i);
    if (!space && !inWord && ++words > maxWords) return false;
    inWord = !space;
  }
  return words > 0;
}

/**
 * Decides whether an unknown upper-case word with a line ending is a command gone wrong: an
 * RFC 821 verb servers no longer take ('TURN'), or a typing slip of a verb followed by a path
 * ('RCTP TO:<…>'). 'HELLO world' stays prose, since other protocols and text start that way too.
 */
function isMistakenVerb(text: CheckedText, word: string, wordEnd: number): boolean {
  if (OBSOLETE_VERBS.has(word)) return true;
  if (findNearVerb(word) === undefined) return false;
  for (let i = wordEnd; i < text.length; i++) {
    const code = text.code(i);
    if (code === 0x0d || code === 0x0a) return false;
    if (code === 0x3a && !text.isHole(i)) return argumentLooksLikePath(text, i + 1);
  }
  return false;
}

// Letters, '_' and, inside a word, '-', so that 'MAIL_FROM' and 'MAIL-FROM' read as one word.
function isWordCharacter(code: number, index: number): boolean {
  return isAlpha(code) || code === 0x5f || (code === 0x2d && index > 0);
}

/**
 * Decides a MAIL or RCPT line. With a line ending or a sink, the misspellings 'MAIL TO:',
 * 'RCPT FROM:', 'RCPT:' and 'RCPT <…>' count too, so that the grammar can report them.
 */
function isPathCommand(text: CheckedText, verbEnd: number, keyword: string, strong: boolean): boolean {
  let i = verbEnd;
  while (i < text.length && isSpaceOrTab(text.code(i))) i++;
  if (text.slice(i, i + keyword.length).toUpperCase() !== keyword) {
    if (!strong) return false;
    const other = keyword === 'FROM' ? 'TO' : 'FROM';
    const code = text.code(i);
    if (code === 0x3a || code === 0x3c) return true;
    // 'Mail to the admin failed\n' is prose: the swapped keyword counts only with its colon.
    return text.slice(i, i + other.length).toUpperCase() === other && text.code(i + other.length) === 0x3a;
  }
  i += keyword.length;
  while (i < text.length && isSpaceOrTab(text.code(i))) i++;
  const code = text.code(i);
  if (code === 0x3c) return true;
  if (code !== 0x3a) return false;
  return strong || argumentLooksLikePath(text, i + 1);
}

function argumentLooksLikePath(text: CheckedText, start: number): boolean {
  for (let i = start; i < text.length; i++) {
    const code = text.code(i);
    if (text.isHole(i) || code === 0x3c || code === 0x40) return true;
  }
  return false;
}

function hasStaticLineEnd(text: CheckedText): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.code(i);
    if ((code === 0x0a || code === 0x0d) && !text.isHole(i)) return true;
  }
  return false;
}
