import {
  describeCharacter,
  isAsciiAtext,
  isControl,
  isHighSurrogate,
  isLoneSurrogate,
  isLowSurrogate,
  isNonAscii,
  isQtextSmtp,
  utf8Length,
} from './chars.js';
import { addProblem, type AddressContext } from './context.js';
import { REPLIES } from './reply.js';

const MAX_LOCAL_PART_OCTETS = 64;

/** Returns the end of a Quoted-string starting at `start`, or -1 when it is not closed before `end`. */
export function findQuotedStringEnd(text: string, start: number, end: number): number {
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5c) i++;
    else if (code === 0x22) return i + 1;
  }
  return -1;
}

/** Checks a Local-part (Dot-string or Quoted-string) at `[start, end)`. */
export function checkLocalPart(context: AddressContext, start: number, end: number): void {
  const text = context.text.text;
  if (start === end) {
    addProblem(context.problems, 'empty-local-part', 'mailbox', { start, end: Math.min(end + 1, context.text.length) },
      context.addressReply, "The mailbox has nothing before '@'. Add the local-part, as in user@example.com.");
    return;
  }

  if (text.charCodeAt(start) === 0x22) checkQuotedString(context, start, end);
  else checkDotString(context, start, end);

  const octets = utf8Length(text, start, end);
  if (octets > MAX_LOCAL_PART_OCTETS) {
    addProblem(context.problems, 'local-part-too-long', 'mailbox', { start, end }, context.addressReply,
      `The local-part is ${octets} octets long; RFC 5321 sets the limit at ${MAX_LOCAL_PART_OCTETS}. ` +
        'Postfix and Exim accept longer ones by default, but strict servers reject the address.');
  }
}

/** A run of characters that share one fault, reported as one problem. */
type Fault = 'space' | 'quote' | 'non-ascii' | 'invalid';

function classifyDotStringCharacter(code: number, utf8: boolean): Fault | undefined {
  if (isAsciiAtext(code) || code === 0x2e) return undefined;
  if (code === 0x20 || code === 0x09) return 'space';
  if (code === 0x22) return 'quote';
  if (isNonAscii(code) && !isControl(code) && !(code >= 0x80 && code <= 0x9f)) return utf8 ? undefined : 'non-ascii';
  return 'invalid';
}

function checkDotString(context: AddressContext, start: number, end: number): void {
  const text = context.text.text;
  let runStart = -1;
  let runFault: Fault | undefined;

  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : -1;
    let fault = i < end ? classifyDotStringCharacter(code, context.utf8) : undefined;
    if (i < end && isLoneSurrogate(text, i)) fault = 'invalid';
    if (fault !== runFault) {
      if (runFault !== undefined) reportLocalPartRun(context, runFault, runStart, i);
      runStart = i;
      runFault = fault;
    }

    if (code === 0x2e) checkDot(context, i, start, end);
  }
}

function checkDot(context: AddressContext, at: number, start: number, end: number): void {
  const text = context.text.text;
  let where: string | undefined;
  if (at === start) where = 'starts with a dot';
  else if (at === end - 1) where = 'ends with a dot';
  else if (text.charCodeAt(at + 1) === 0x2e) where = 'has two dots in a row';
  if (where === undefined) return;
  addProblem(context.problems, 'local-part-dot', 'mailbox', { start: at, end: at + 1 }, context.addressReply,
    `The local-part ${where}. An unquoted local-part is atoms joined by single dots; remove the dot or quote the local-part.`);
}

function reportLocalPartRun(context: AddressContext, fault: Fault, start: number, end: number): void {
  const text = context.text.text;
  if (fault === 'space') {
    addProblem(context.problems, 'space-in-mailbox', 'mailbox', { start, end }, context.addressReply,
      'The mailbox contains a space. Remove it; a space in a local-part is only allowed inside quotes.',
      { suggestions: [{ description: 'Remove the space.', edits: [{ start, end, text: '' }] }] });
  } else if (fault === 'quote') {
    addProblem(context.problems, 'invalid-local-part-character', 'mailbox', { start, end }, context.addressReply,
      `The local-part contains '"' outside a quoted string: quotes must enclose the whole local-part, as in "john doe"@example.com. ` +
        'Remove the quote or quote the whole local-part.');
  } else if (fault === 'non-ascii') {
    addProblem(context.problems, 'non-ascii-local-part', 'mailbox', { start, end }, REPLIES.nonAsciiAddress,
      'The local-part contains non-ASCII characters: servers accept them only with the SMTPUTF8 parameter. Add SMTPUTF8 or use an ASCII address.');
  } else {
    addProblem(context.problems, 'invalid-local-part-character', 'mailbox', { start, end }, context.addressReply,
      `The local-part contains ${describeCharacter(text, start)}, which is not allowed unquoted. Remove it or quote the local-part.`);
  }
}

function checkQuotedString(context: AddressContext, start: number, end: number): void {
  const text = context.text.text;
  const close = findQuotedStringEnd(text, start, end);
  if (close === -1) {
    addProblem(context.problems, 'unterminated-quoted-string', 'mailbox', { start, end }, context.addressReply,
      'The quoted local-part has no closing quote.');
    return;
  }
  if (close !== end) {
    addProblem(context.problems, 'invalid-local-part-character', 'mailbox', { start: close, end }, context.addressReply,
      "Text follows the closing quote of the local-part. Put it inside the quotes or remove it.");
  }

  // Non-ASCII text is reported as one run, as in a Dot-string, so a surrogate pair is never split.
  let nonAsciiStart = -1;
  for (let i = start + 1; i < close - 1; i++) {
    const code = text.charCodeAt(i);
    if (isNonAscii(code) && !(code >= 0x80 && code <= 0x9f) && !isLoneSurrogate(text, i)) {
      if (nonAsciiStart === -1) nonAsciiStart = i;
      continue;
    }
    if (nonAsciiStart !== -1) reportQuotedNonAscii(context, nonAsciiStart, i);
    nonAsciiStart = -1;

    if (code === 0x5c) {
      const next = text.charCodeAt(i + 1);
      const escapedWidth = codePointWidth(text, i + 1);
      if (!(next >= 32 && next <= 126)) {
        addProblem(context.problems, 'invalid-quoted-pair', 'mailbox', { start: i, end: i + 1 + escapedWidth }, context.addressReply,
          'A backslash inside quotes may escape only a printable ASCII character or a space.');
      }
      i += escapedWidth;
    } else if (!isQtextSmtp(code)) {
      addProblem(context.problems, 'invalid-local-part-character', 'mailbox', { start: i, end: i + 1 }, context.addressReply,
        `The quoted local-part contains ${describeCharacter(text, i)}, which is not allowed even inside quotes.`);
    }
  }
  if (nonAsciiStart !== -1) reportQuotedNonAscii(context, nonAsciiStart, close - 1);
}

function reportQuotedNonAscii(context: AddressContext, start: number, end: number): void {
  if (context.utf8) return;
  addProblem(context.problems, 'non-ascii-local-part', 'mailbox', { start, end }, REPLIES.nonAsciiAddress,
    'The local-part contains non-ASCII characters: servers accept them only with the SMTPUTF8 parameter.');
}

/** Returns 2 for a surrogate pair at `index`, else 1. */
function codePointWidth(text: string, index: number): number {
  return isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1;
}
