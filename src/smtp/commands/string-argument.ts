import { describeCharacter, isAsciiAtext, isLoneSurrogate, isNonAscii, isQtextSmtp } from '../chars.js';
import { addProblem } from '../context.js';
import { findQuotedStringEnd } from '../local-part.js';
import { REPLIES } from '../reply.js';
import { findWordEnd, readArgumentStart, reportExtraArguments, reportMissingArgument, skipSpaces, type CommandSpan } from './arguments.js';

// RFC 6531 §3.7.4.2 lets VRFY and EXPN carry SMTPUTF8 after the string, which allows UTF-8 in it.
const UTF8_VERBS = new Set(['VRFY', 'EXPN']);

/**
 * Checks the String argument (`Atom / Quoted-string`, RFC 5321 §4.1.2) of VRFY and EXPN, where it
 * is required, and of HELP and NOOP, where it is optional (RFC 5321 §4.1.1.6 to §4.1.1.9).
 */
export function checkStringCommand(span: CommandSpan): void {
  const { text, end } = span;
  const argumentStart = readArgumentStart(span);
  const required = UTF8_VERBS.has(span.verb);
  if (argumentStart === end) {
    if (required) {
      reportMissingArgument(span, `${span.verb} needs the user name or mailbox to look up, as in '${span.verb} postmaster'.`);
    }
    return;
  }
  if (text.hasHole(argumentStart, end)) return;

  const stringEnd = text.code(argumentStart) === 0x22 ? findQuotedStringEnd(text.text, argumentStart, end) : findWordEnd(text, argumentStart, end);
  if (stringEnd === -1) {
    addProblem(span.problems, 'unterminated-quoted-string', 'command', { start: argumentStart, end }, REPLIES.syntaxInArguments,
      `The quoted argument of ${span.verb} has no closing quote. Add '"' at its end.`);
    return;
  }

  const utf8 = required && hasUtf8Parameter(span, stringEnd);
  if (text.code(argumentStart) === 0x22) checkQuotedString(span, argumentStart, stringEnd, utf8);
  else checkWord(span, argumentStart, stringEnd, utf8);

  const rest = skipSpaces(text, stringEnd, end);
  if (rest < end && !(utf8 && findWordEnd(text, rest, end) === end)) reportSeveralWords(span, argumentStart, stringEnd);
}

function hasUtf8Parameter(span: CommandSpan, stringEnd: number): boolean {
  const start = skipSpaces(span.text, stringEnd, span.end);
  return start > stringEnd && span.text.slice(start, span.end).toUpperCase() === 'SMTPUTF8';
}

function reportSeveralWords(span: CommandSpan, argumentStart: number, stringEnd: number): void {
  const whole = span.text.slice(argumentStart, span.end);
  let quotable = true;
  for (let i = argumentStart; i < span.end && quotable; i++) quotable = isQtextSmtp(span.text.code(i)) || isNonAscii(span.text.code(i));
  const message = `${span.verb} takes one word, or one quoted string; the space after '${span.text.slice(argumentStart, stringEnd)}' ends it. ` +
    (quotable ? `Quote a name that contains spaces: ${span.verb} "${whole}".` : 'Remove the extra words.');
  const quote = { description: `Quote the argument: "${whole}".`, edits: [{ start: argumentStart, end: span.end, text: `"${whole}"` }] };
  reportExtraArguments(span, stringEnd, message, REPLIES.syntaxInArguments, quotable ? [quote] : []);
}

/**
 * Checks an unquoted argument. Besides the atext of an Atom it accepts '.' and '@', and a whole
 * `<…>`, because RFC 5321 §3.5 describes mailbox arguments and common servers accept them.
 */
function checkWord(span: CommandSpan, start: number, end: number, utf8: boolean): void {
  const text = span.text;
  let from = start;
  let to = end;
  if (text.code(start) === 0x3c && text.code(end - 1) === 0x3e && end - start >= 2) {
    from = start + 1;
    to = end - 1;
  }
  for (let i = from; i < to; i++) {
    const code = text.code(i);
    if (isAsciiAtext(code) || code === 0x2e || code === 0x40) continue;
    if (isNonAscii(code) && !isLoneSurrogate(text.text, i) && code > 0x9f) {
      if (!utf8) i = reportNonAscii(span, i, to);
      continue;
    }
    addProblem(span.problems, 'invalid-argument-character', 'command', { start: i, end: i + 1 }, REPLIES.syntaxInArguments,
      `The argument of ${span.verb} contains ${describeCharacter(text.text, i)}, which an unquoted string may not contain. ` +
        'Quote the argument or remove the character.');
    return;
  }
}

function checkQuotedString(span: CommandSpan, start: number, end: number, utf8: boolean): void {
  const text = span.text;
  for (let i = start + 1; i < end - 1; i++) {
    const code = text.code(i);
    if (code === 0x5c && text.code(i + 1) >= 0x20 && text.code(i + 1) <= 0x7e) {
      i++;
    } else if (isNonAscii(code) && !isLoneSurrogate(text.text, i) && code > 0x9f) {
      if (!utf8) i = reportNonAscii(span, i, end - 1);
    } else if (!isQtextSmtp(code)) {
      addProblem(span.problems, 'invalid-argument-character', 'command', { start: i, end: i + 1 }, REPLIES.syntaxInArguments,
        `The quoted argument of ${span.verb} contains ${describeCharacter(text.text, i)}, which is not allowed even inside quotes.`);
      return;
    }
  }
}

/** Reports the run of non-ASCII characters at `start`; returns the offset of its last code unit. */
function reportNonAscii(span: CommandSpan, start: number, end: number): number {
  let runEnd = start;
  while (runEnd < end && isNonAscii(span.text.code(runEnd))) runEnd++;
  const canAddParameter = UTF8_VERBS.has(span.verb);
  // VRFY and EXPN name a mailbox, so 553 5.6.7 applies; HELP and NOOP take plain ASCII text.
  addProblem(span.problems, 'non-ascii-argument', 'command', { start, end: runEnd }, canAddParameter ? REPLIES.nonAsciiAddress : REPLIES.syntaxInArguments,
    canAddParameter
      ? `The argument of ${span.verb} contains non-ASCII text, which servers accept only with the SMTPUTF8 parameter: '${span.verb} … SMTPUTF8'.`
      : `The argument of ${span.verb} must be ASCII; remove the non-ASCII text.`,
    canAddParameter ? { suggestions: [{ description: "Append ' SMTPUTF8'.", edits: [{ start: span.end, end: span.end, text: ' SMTPUTF8' }] }] } : {});
  return runEnd - 1;
}
