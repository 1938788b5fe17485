import { addProblem } from './context.js';
import type { SmtpProblem } from './problem.js';
import { REPLIES } from './reply.js';
import type { CheckedText } from './text.js';

/** The end of the line at `start`: `contentEnd` before its line ending, `nextStart` after it. */
export interface LineBounds {
  readonly contentEnd: number;
  readonly nextStart: number;
}

/** The last line of the checked string, for the checks of how the string ends. */
export interface FinalLine {
  readonly start: number;
  /** True when a CR, LF or CRLF ends the line. */
  readonly terminated: boolean;
  /** The line's content: a command, DATA message content, or the octets of a BDAT chunk. */
  readonly content: 'command' | 'message' | 'chunk';
  /** True when an earlier line of the string ended with a line ending. */
  readonly afterTerminatedLine: boolean;
}

/** Options that describe how the string reaches the server; see `CommandCheckOptions`. */
interface LineEndingOptions {
  readonly sinkAddsLineEnding?: boolean;
  readonly requireLineEnding?: boolean;
}

/** Finds where the line at `start` ends, reporting a bare CR or LF as its ending. */
export function findLineEnd(text: CheckedText, start: number, problems: SmtpProblem[]): LineBounds {
  for (let i = start; i < text.length; i++) {
    const code = text.code(i);
    if (code === 0x0d && text.code(i + 1) === 0x0a) return { contentEnd: i, nextStart: i + 2 };
    if (code === 0x0a && text.code(i + 1) === 0x0d && !text.isHole(i + 1)) {
      // LF CR is CRLF written backwards: one fault, not a bare LF, a bare CR and an empty line between them.
      addProblem(problems, 'reversed-line-ending', 'line', { start: i, end: i + 2 }, REPLIES.syntaxInArguments,
        'The line ends with LF CR, which is CRLF reversed: servers see a bare LF and then a bare CR. Write \\r\\n.',
        { fix: [{ start: i, end: i + 2, text: '\r\n' }] });
      return { contentEnd: i, nextStart: i + 2 };
    }
    if (code === 0x0a) {
      addProblem(problems, 'bare-lf', 'line', { start: i, end: i + 1 }, REPLIES.syntaxInArguments,
        'The line ends with a bare LF. SMTP lines end with CRLF (\\r\\n); servers treat a bare LF differently, ' +
          'which is what SMTP smuggling exploits.',
        { fix: [{ start: i, end: i + 1, text: '\r\n' }] });
      return { contentEnd: i, nextStart: i + 1 };
    }
    if (code === 0x0d) {
      addProblem(problems, 'bare-cr', 'line', { start: i, end: i + 1 }, REPLIES.syntaxInArguments,
        'The command contains a bare CR. SMTP lines end with CRLF (\\r\\n), and a CR alone is not allowed.',
        { suggestions: [{ description: 'Replace the CR with CRLF.', edits: [{ start: i, end: i + 1, text: '\r\n' }] }] });
      return { contentEnd: i, nextStart: i + 1 };
    }
  }
  return { contentEnd: text.length, nextStart: text.length };
}

/**
 * Checks how the string ends. A last command line without CRLF never completes: the server waits
 * for the rest and times out. That is reported when the caller says the string must end with
 * CRLF, and always when an earlier line of the string ends with a line ending (CRLF, or a bare
 * LF or CR). When the sending function appends CRLF itself, a string that already ends with one
 * sends an empty line instead.
 */
export function checkFinalLineEnding(text: CheckedText, finalLine: FinalLine, options: LineEndingOptions, problems: SmtpProblem[]): void {
  const length = text.length;
  if (length === 0) return;

  if (options.sinkAddsLineEnding === true) {
    const endsWithCrlf = length >= 2 && text.code(length - 2) === 0x0d && text.code(length - 1) === 0x0a && !text.hasHole(length - 2, length);
    if (endsWithCrlf && finalLine.content !== 'chunk') {
      addProblem(problems, 'duplicate-line-ending', 'line', { start: length - 2, end: length }, REPLIES.commandUnrecognized,
        'The function that sends this string appends CRLF itself, so the CRLF at the end adds an empty line, ' +
          'which a server reads as an unrecognized command. Remove it.',
        { fix: [{ start: length - 2, end: length, text: '' }] });
    }
    removeFinalBadLineEnding(problems, length);
    return;
  }

  if (finalLine.terminated || finalLine.content !== 'command' || finalLine.start >= length) return;
  // A hole at the end may supply the line ending at run time.
  if (text.isHole(length - 1)) return;
  const required = options.requireLineEnding === true;
  if (!required && !finalLine.afterTerminatedLine) return;

  addProblem(problems, 'missing-line-ending', 'line', { start: finalLine.start, end: length }, REPLIES.timeout,
    required
      ? 'The command line does not end with CRLF, so the server waits for the rest of it and finally closes the connection. Append \\r\\n.'
      // An earlier line may end with a bare LF or CR, which is reported on its own, so the message names no ending.
      : 'An earlier line of this string ends with a line ending, so the last line needs CRLF too: without it the server ' +
          'waits for the rest of the line and finally closes the connection. Append \\r\\n.',
    { fix: [{ start: length, end: length, text: '\r\n' }] });
}

// Kinds whose usual fix writes CRLF in place of a wrong line ending.
const WRONG_LINE_ENDINGS = new Set(['bare-lf', 'bare-cr', 'reversed-line-ending']);

/**
 * Changes the fix of a wrong line ending at the very end of the string to its removal: the
 * sending function appends CRLF, so writing CRLF there as well would send an empty line.
 */
function removeFinalBadLineEnding(problems: SmtpProblem[], length: number): void {
  for (let index = 0; index < problems.length; index++) {
    const problem = problems[index]!;
    if (problem.end !== length || !WRONG_LINE_ENDINGS.has(problem.kind)) continue;
    problems[index] = { ...problem, fix: [{ start: problem.start, end: problem.end, text: '' }], suggestions: undefined };
  }
}
