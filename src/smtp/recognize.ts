import { isAlpha, isSpaceOrTab } from './chars.js';
import type { CheckedText } from './text.js';
import { findNearVerb, MISSPELLED_VERBS, OBSOLETE_VERBS, toCommandVerb } from './verbs.js';

/** Facts a caller has about where the string goes. */
export interface RecognizeOptions {
  /** True when the string is written to a socket or passed to a command-sending call. */
  readonly sink?: boolean;
}

// Verbs that POP3, FTP, IMAP, IRC or Redis share, or that are English words: a line with one of
// them and an argument may belong to another protocol.
const SHARED_VERBS = new Set(['DATA', 'QUIT', 'HELP', 'AUTH', 'NOOP', 'RSET']);
// Verbs no other common protocol uses, so a line that starts with one is SMTP.
const SMTP_ONLY_VERBS = new Set(['MAIL', 'RCPT', 'EHLO', 'HELO', 'LHLO', 'STARTTLS', 'BDAT', 'VRFY', 'EXPN', 'ETRN', 'ATRN', 'BURL']);

/**
 * Decides whether a string is an SMTP command line rather than prose such as 'Mail from: Alice'
 * or another protocol's line. Code writes verbs in upper or lower case and prose capitalizes
 * them, so a mixed-case verb never counts. Evidence is a line ending, a known sink, or an
 * argument shaped like a path ('<', '@' or a hole after the colon). A verb that other protocols
 * share ('QUIT :bye', 'AUTH user pass') needs a line ending even at a sending call, and with an
 * argument it counts only beside an SMTP-only line.
 */
export function isCommandLine(text: CheckedText, options: RecognizeOptions = {}): boolean {
  let wordEnd = 0;
  while (wordEnd < text.length && !text.isHole(wordEnd) && isWordCharacter(text.code(wordEnd), wordEnd)) wordEnd++;
  if (wordEnd === 0) return false;

  const word = text.slice(0, wordEnd);
  const upper = word.toUpperCase();
  if (word !== upper && word !== word.toLowerCase()) return false;
  const hasLineEnd = hasStaticLineEnd(text);
  const sink = options.sink === true;

  if (MISSPELLED_VERBS.has(upper)) return text.code(wordEnd) === 0x3a && (hasLineEnd || argumentLooksLikePath(text, wordEnd + 1));

  const verb = toCommandVerb(word);
  if (verb === undefined) return hasLineEnd && word === upper && isMistakenVerb(text, upper, wordEnd);
  if (verb === 'MAIL' || verb === 'RCPT') return isPathCommand(text, wordEnd, verb === 'MAIL' ? 'FROM' : 'TO', hasLineEnd, sink);

  const next = text.code(wordEnd);
  const endsWord = wordEnd === text.length || isSpaceOrTab(next) || next === 0x0d || next === 0x0a || text.isHole(wordEnd);
  if (!endsWord) return false;

  if (SHARED_VERBS.has(upper)) {
    if (!hasLineEnd) return false;
    return next === 0x0d || next === 0x0a || hasSmtpOnlyLine(text);
  }
  if (hasLineEnd || sink) return true;
  return word === upper && wordEnd < text.length && argumentFitsVerb(text, wordEnd, upper);
}

/** Returns true when some line of `text` starts with a verb only SMTP uses. */
function hasSmtpOnlyLine(text: CheckedText): boolean {
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.code(i) : 0x0a;
    if (code !== 0x0a && code !== 0x0d) continue;
    let wordEnd = lineStart;
    while (wordEnd < i && !text.isHole(wordEnd) && isAlpha(text.code(wordEnd))) wordEnd++;
    if (SMTP_ONLY_VERBS.has(text.slice(lineStart, wordEnd).toUpperCase())) return true;
    lineStart = i + 1;
  }
  return false;
}

// Verbs that take no argument: followed by words, they are the start of a sentence.
const NO_ARGUMENT_VERBS = new Set(['STARTTLS', 'RSET', 'QUIT', 'DATA']);

/**
 * Without other evidence, a command must look like one: a single space, then as many words as
 * the verb takes. 'STARTTLS buffer handling' and 'EHLO without a name' are test titles.
 */
function argumentFitsVerb(text: CheckedText, verbEnd: number, verb: string): boolean {
  if (NO_ARGUMENT_VERBS.has(verb)) return false;
  if (text.code(verbEnd) !== 0x20 || isSpaceOrTab(text.code(verbEnd + 1))) return false;
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
 * Decides a MAIL or RCPT line. With a line ending, the misspellings 'MAIL TO:', 'RCPT FROM:',
 * 'RCPT:' and 'RCPT <…>' count too, so that the grammar can report them.
 */
function isPathCommand(text: CheckedText, verbEnd: number, keyword: string, hasLineEnd: boolean, sink: boolean): boolean {
  let i = verbEnd;
  while (i < text.length && isSpaceOrTab(text.code(i))) i++;
  if (text.slice(i, i + keyword.length).toUpperCase() !== keyword) {
    if (!hasLineEnd) return false;
    const other = keyword === 'FROM' ? 'TO' : 'FROM';
    const code = text.code(i);
    if (code === 0x3a || code === 0x3c) return true;
    // 'Mail to the admin failed\n' is prose: the swapped keyword counts only with its colon.
    return text.slice(i, i + other.length).toUpperCase() === other && text.code(i + other.length) === 0x3a;
  }
  i += keyword.length;
  while (i < text.length && isSpaceOrTab(text.code(i))) i++;
  const code = text.code(i);
  if (code !== 0x3c && code !== 0x3a) return false;
  if (code === 0x3a && !hasLineEnd && !sink && !argumentLooksLikePath(text, i + 1)) return false;
  return !hasProseAfterPath(text, i);
}

/**
 * Returns true when words follow the path, as in a log line 'MAIL FROM:<a@example.com> was
 * rejected'. ESMTP parameters are single keywords, usually with '=', so two or more plain
 * lower-case words after the path are a sentence.
 */
function hasProseAfterPath(text: CheckedText, pathStart: number): boolean {
  let i = pathStart;
  while (i < text.length && text.code(i) !== 0x20 && text.code(i) !== 0x0d && text.code(i) !== 0x0a) i++;
  let plainWords = 0;
  while (i < text.length && text.code(i) === 0x20) {
    const wordStart = ++i;
    let plain = true;
    while (i < text.length && text.code(i) !== 0x20 && text.code(i) !== 0x0d && text.code(i) !== 0x0a) {
      const character = text.code(i);
      if (text.isHole(i) || !(character >= 0x61 && character <= 0x7a)) plain = false;
      i++;
    }
    if (plain && i - wordStart >= 2) plainWords++;
  }
  return plainWords >= 2;
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
