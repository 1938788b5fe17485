import { describeCharacter, isSpaceOrTab } from '../chars.js';
import { addProblem } from '../context.js';
import type { SmtpProblem, Suggestion } from '../problem.js';
import { REPLIES, type Reply } from '../reply.js';
import type { CheckedText } from '../text.js';
import type { CommandVerb } from '../verbs.js';

/**
 * One command line handed to an argument checker. `[verbEnd, end)` is what follows the verb, with
 * the line ending and any trailing whitespace already cut off by the line splitter.
 */
export interface CommandSpan {
  readonly text: CheckedText;
  readonly verb: CommandVerb;
  readonly start: number;
  readonly verbEnd: number;
  readonly end: number;
  readonly problems: SmtpProblem[];
}

/**
 * Skips the separator after the verb and returns where the argument starts (`end` when there is
 * none). RFC 5321 §4.1.1 puts exactly one SP there; a tab or a second space is reported.
 */
export function readArgumentStart(span: CommandSpan, reply: Reply = REPLIES.syntaxInArguments): number {
  const { text, verbEnd, end } = span;
  let i = verbEnd;
  while (i < end && isSpaceOrTab(text.code(i))) i++;
  if (i < end && (i - verbEnd !== 1 || text.code(verbEnd) !== 0x20)) {
    addProblem(span.problems, 'verb-spacing', 'command', { start: verbEnd, end: i }, reply,
      `Write exactly one space between ${span.verb} and its argument, not ${describeSeparator(text, verbEnd, i)}.`,
      { fix: [{ start: verbEnd, end: i, text: ' ' }] });
  }
  return i;
}

function describeSeparator(text: CheckedText, start: number, end: number): string {
  if (end - start === 1) return describeCharacter(text.text, start);
  return `${end - start} whitespace characters`;
}

/** Returns the end of the word at `start`: the first space or tab, or `end`. */
export function findWordEnd(text: CheckedText, start: number, end: number): number {
  let i = start;
  while (i < end && !isSpaceOrTab(text.code(i))) i++;
  return i;
}

/** Returns the first offset at or after `start` that is not a space or tab, or `end`. */
export function skipSpaces(text: CheckedText, start: number, end: number): number {
  let i = start;
  while (i < end && isSpaceOrTab(text.code(i))) i++;
  return i;
}

/** Reports a command that needs an argument but has none; the range is the verb. */
export function reportMissingArgument(span: CommandSpan, message: string, reply: Reply = REPLIES.syntaxInArguments): void {
  addProblem(span.problems, 'missing-argument', 'command', { start: span.start, end: span.verbEnd }, reply, message);
}

/**
 * Reports words after the last argument a command takes. `from` is just past that argument;
 * the suggestion removes everything from there to the end of the line.
 */
export function reportExtraArguments(
  span: CommandSpan,
  from: number,
  message: string,
  reply: Reply = REPLIES.syntaxInArguments,
  otherSuggestions: readonly Suggestion[] = [],
): void {
  const extraStart = skipSpaces(span.text, from, span.end);
  const removal: Suggestion = {
    description: `Remove '${span.text.slice(extraStart, span.end)}'.`,
    edits: [{ start: from, end: span.end, text: '' }],
  };
  addProblem(span.problems, 'extra-argument', 'command', { start: extraStart, end: span.end }, reply, message,
    { suggestions: [...otherSuggestions, removal] });
}

/**
 * Checks a command whose argument this grammar does not parse further, such as ETRN (RFC 1985)
 * or BURL (RFC 4468), for the argument being present at all.
 */
export function checkRequiredArgument(span: CommandSpan, example: string): void {
  if (readArgumentStart(span) === span.end) reportMissingArgument(span, `${span.verb} needs an argument, as in '${example}'.`);
}
