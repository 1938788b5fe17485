/**
 * A structural reader of RFC 5322 address lists (`From:`, `To:`, `Cc:` header values) as mail
 * libraries parse them: display names, quoted strings, comments, `<addr-spec>`, comma and
 * semicolon separated lists and groups. It finds where each entry and each of its parts sits and
 * leaves the judging to the caller. One pass over the text, so linear time, and it never throws.
 */
import { CheckedText, type SmtpText } from './text.js';

/** Offsets of a piece of the text, end exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** One entry of an address list: a mailbox, or a word that a library may read as one. */
export interface HeaderAddressEntry {
  /** The entry without the whitespace around it. */
  readonly range: TextRange;
  /** The first `<…>` outside quotes and comments, brackets included. */
  readonly angle?: TextRange;
  /** Runs of text outside quotes, comments and brackets, split at whitespace. */
  readonly words: readonly TextRange[];
  readonly hasQuote: boolean;
  readonly hasComment: boolean;
  /** True when a part unknown until run time lies in the entry. */
  readonly hasHole: boolean;
  /** The group the entry belongs to, as in `Team: a@example.com, b@example.com;`. */
  readonly group?: TextRange;
  /** The ',' or ';' that ends the entry, when one does. */
  readonly separator?: TextRange;
}

/** The entries of an address list and the groups among them. */
export interface HeaderAddressList {
  readonly entries: readonly HeaderAddressEntry[];
  /** Each group's name, as in `Team` of `Team: a@example.com;`. */
  readonly groups: readonly TextRange[];
  /** True when a quote, comment or bracket is still open at the end of the text. */
  readonly unterminated: boolean;
}

const MAX_COMMENT_DEPTH = 64;

interface EntryBuilder {
  start: number;
  angle?: TextRange;
  angleOpen: number;
  words: TextRange[];
  wordStart: number;
  hasQuote: boolean;
  hasComment: boolean;
  sawAt: boolean;
}

function newEntry(start: number): EntryBuilder {
  return { start, angleOpen: -1, words: [], wordStart: -1, hasQuote: false, hasComment: false, sawAt: false };
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0a;
}

/** Splits an address-list header value into its entries. */
export function parseAddressList(input: string | SmtpText): HeaderAddressList {
  const text = new CheckedText(typeof input === 'string' ? { text: input } : input);
  const entries: HeaderAddressEntry[] = [];
  const groups: TextRange[] = [];
  let group: TextRange | undefined;
  let entry = newEntry(0);
  let quoted = false;
  let commentDepth = 0;

  const endWord = (at: number): void => {
    if (entry.wordStart !== -1) entry.words.push({ start: entry.wordStart, end: at });
    entry.wordStart = -1;
  };
  const finishEntry = (end: number, separator?: TextRange): void => {
    endWord(end);
    let start = entry.start;
    let last = end;
    while (start < last && isWhitespace(text.code(start)) && !text.isHole(start)) start++;
    while (last > start && isWhitespace(text.code(last - 1)) && !text.isHole(last - 1)) last--;
    if (start < last) {
      entries.push({
        range: { start, end: last },
        angle: entry.angle,
        words: entry.words,
        hasQuote: entry.hasQuote,
        hasComment: entry.hasComment,
        hasHole: text.hasHole(start, last),
        group,
        separator,
      });
    }
    entry = newEntry(separator?.end ?? end);
  };

  for (let i = 0; i < text.length; i++) {
    const code = text.isHole(i) ? -1 : text.code(i);
    if (quoted) {
      if (code === 0x5c) i++;
      else if (code === 0x22) quoted = false;
      continue;
    }
    if (commentDepth > 0) {
      if (code === 0x5c) i++;
      else if (code === 0x28 && commentDepth < MAX_COMMENT_DEPTH) commentDepth++;
      else if (code === 0x29) commentDepth--;
      continue;
    }
    if (entry.angleOpen !== -1) {
      if (code === 0x3e) {
        if (entry.angle === undefined) entry.angle = { start: entry.angleOpen, end: i + 1 };
        entry.angleOpen = -1;
      }
      continue;
    }

    if (code === 0x22 || code === 0x28 || code === 0x3c || isWhitespace(code)) endWord(i);
    if (code === 0x22) {
      quoted = true;
      entry.hasQuote = true;
    } else if (code === 0x28) {
      commentDepth = 1;
      entry.hasComment = true;
    } else if (code === 0x3c) {
      entry.angleOpen = i;
    } else if (code === 0x2c || (code === 0x3b && group === undefined)) {
      finishEntry(i, { start: i, end: i + 1 });
    } else if (code === 0x3b) {
      finishEntry(i, { start: i, end: i + 1 });
      group = undefined;
    } else if (code === 0x3a && group === undefined && !entry.sawAt && entry.angle === undefined) {
      // A colon before any '@' or '<' names a group: what precedes it is the group's name.
      endWord(i);
      const name = trimRange(text, entry.start, i);
      group = name;
      groups.push(name);
      entry = newEntry(i + 1);
    } else if (!isWhitespace(code)) {
      if (code === 0x40) entry.sawAt = true;
      if (entry.wordStart === -1) entry.wordStart = i;
    }
  }

  const unterminated = quoted || commentDepth > 0 || entry.angleOpen !== -1;
  finishEntry(text.length);
  return { entries, groups, unterminated };
}

function trimRange(text: CheckedText, start: number, end: number): TextRange {
  let from = start;
  let to = end;
  while (from < to && isWhitespace(text.code(from))) from++;
  while (to > from && isWhitespace(text.code(to - 1))) to--;
  return { start: from, end: to };
}
