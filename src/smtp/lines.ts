import { describeCharacter, isHighSurrogate, isLowSurrogate, isSpaceOrTab, utf8Length } from './chars.js';
import { checkCommandLine, type CommandLine, type CommandOutcome, type SessionState } from './command-line.js';
import { alignToCodePoints } from './code-points.js';
import { addProblem } from './context.js';
import { checkFinalLineEnding, findLineEnd, type FinalLine } from './line-endings.js';
import type { SmtpProblem } from './problem.js';
import { REPLIES } from './reply.js';
import { HOLE_PLACEHOLDER, type CheckedText } from './text.js';

/** RFC 5321 §4.5.3.1.4: a command line is at most 512 octets, CRLF included. */
const MAX_COMMAND_LINE_OCTETS = 512;

/** The result of checking a string that contains one or more command lines. */
export interface CommandCheck {
  readonly commands: readonly CommandLine[];
  readonly problems: readonly SmtpProblem[];
}

/** Facts about how the checked string reaches the server. */
export interface CommandCheckOptions {
  /**
   * True when the function that sends the string appends CRLF itself, so the string must not end
   * with one. Default false.
   */
  readonly sinkAddsLineEnding?: boolean;
  /**
   * True when the string goes to the server as it is, so its last line must end with CRLF.
   * Default false: a final line without CRLF is checked as if the caller adds it.
   */
  readonly requireLineEnding?: boolean;
}

/**
 * Checks every command line in `text`: a pipelined write contains several, each ended by CRLF.
 * Lines after DATA, up to the lone '.', are message content, and the octets after a BDAT line
 * are its chunk: neither is read as commands.
 */
export function checkCommandLines(text: CheckedText, options: CommandCheckOptions = {}): CommandCheck {
  const problems: SmtpProblem[] = [];
  const commands: CommandLine[] = [];
  let session: SessionState = { transactionUtf8: undefined };
  let inMessageData = false;
  let lineStart = 0;
  let finalLine: FinalLine = { start: 0, terminated: false, content: 'command', afterTerminatedLine: false };

  while (lineStart < text.length || (lineStart === 0 && text.length === 0)) {
    const { contentEnd, nextStart } = findLineEnd(text, lineStart, problems);
    const terminated = nextStart > contentEnd;
    finalLine = { start: lineStart, terminated, content: inMessageData ? 'message' : 'command', afterTerminatedLine: lineStart > 0 };

    if (inMessageData) {
      if (text.slice(lineStart, contentEnd) === '.') {
        inMessageData = false;
        session = { transactionUtf8: undefined };
      }
    } else {
      const outcome = checkLine(text, lineStart, contentEnd, nextStart, session, problems);
      if (outcome !== undefined) {
        commands.push(outcome.command);
        inMessageData = outcome.command.verb === 'DATA';
        session = nextSession(session, outcome);
      }
      if (outcome?.command.verb === 'BDAT' && terminated) {
        // The chunk follows the line directly. When its size is unknown, so is where the next command starts.
        const chunkEnd = outcome.chunk === undefined ? -1 : skipOctets(text, nextStart, outcome.chunk.size);
        if (chunkEnd === -1 || chunkEnd >= text.length) {
          if (nextStart < text.length) finalLine = { start: nextStart, terminated: false, content: 'chunk', afterTerminatedLine: true };
          break;
        }
        if (outcome.chunk?.last === true) session = { transactionUtf8: undefined };
        lineStart = chunkEnd;
        continue;
      }
    }
    if (nextStart === lineStart) break;
    lineStart = nextStart;
  }

  checkFinalLineEnding(text, finalLine, options, problems);
  return { commands, problems: tidyProblems(text, problems) };
}

/**
 * Drops the second report of a control character (the line check reports it, so the mailbox or
 * parameter check need not) and shows holes in messages as `${…}` rather than a placeholder.
 * Then widens every range that splits a surrogate pair to the whole character.
 */
function tidyProblems(text: CheckedText, problems: SmtpProblem[]): SmtpProblem[] {
  const controls = new Set<number>();
  for (const problem of problems) if (problem.kind === 'control-character') controls.add(problem.start);

  const kept = problems.filter((problem) =>
    problem.category === 'line' || problem.end - problem.start !== 1 || !controls.has(problem.start));
  const shown = text.hasHoles ? kept.map((problem) => showHoles(problem)) : kept;
  return alignToCodePoints(text.text, shown);
}

function showHoles(problem: SmtpProblem): SmtpProblem {
  if (!problem.message.includes(HOLE_PLACEHOLDER)) return problem;
  return { ...problem, message: problem.message.replaceAll(HOLE_PLACEHOLDER, '${…}') };
}

/** Checks one command line; returns undefined for an empty line or one that starts with a hole. */
function checkLine(
  text: CheckedText,
  start: number,
  contentEnd: number,
  nextStart: number,
  session: SessionState,
  problems: SmtpProblem[],
): CommandOutcome | undefined {
  let end = contentEnd;
  while (end > start && isSpaceOrTab(text.code(end - 1)) && !text.isHole(end - 1)) end--;

  if (end === start && nextStart > start) {
    addProblem(problems, 'empty-line', 'line', { start, end: nextStart }, REPLIES.commandUnrecognized,
      contentEnd === start
        ? 'The string contains an empty line, which a server reads as an empty, unrecognized command. Remove it.'
        : 'The string contains a line of only whitespace, which a server reads as an unrecognized command. Remove it.',
      { fix: [{ start, end: nextStart, text: '' }] });
    return undefined;
  }
  if (text.isHole(start)) return undefined;

  checkControlCharacters(text, start, contentEnd, problems);
  if (end < contentEnd) {
    addProblem(problems, 'trailing-whitespace', 'line', { start: end, end: contentEnd }, REPLIES.syntaxInArguments,
      `The command line ends with ${contentEnd - end === 1 ? describeCharacter(text.text, end) : 'whitespace'} before its line ending. ` +
        'Remove it: strict servers read it as an empty argument or parameter.',
      { fix: [{ start: end, end: contentEnd, text: '' }] });
  }

  const outcome = checkCommandLine(text, start, end, problems, session);
  checkLineLength(text, start, contentEnd, nextStart, outcome, problems);
  return { ...outcome, command: { ...outcome.command, end: contentEnd } };
}

function nextSession(session: SessionState, outcome: CommandOutcome): SessionState {
  switch (outcome.command.verb) {
    case 'MAIL':
      return { transactionUtf8: outcome.smtpUtf8 };
    case 'RSET':
    case 'EHLO':
    case 'HELO':
    case 'LHLO':
      return { transactionUtf8: undefined };
    default:
      return session;
  }
}

function checkControlCharacters(text: CheckedText, start: number, end: number, problems: SmtpProblem[]): void {
  for (let i = start; i < end; i++) {
    const code = text.code(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) {
      if (text.isHole(i)) continue;
      addProblem(problems, 'control-character', 'line', { start: i, end: i + 1 }, REPLIES.syntaxInArguments,
        `The command line contains ${describeCharacter(text.text, i)}. Remove it: servers reject or cut the line there.`);
    }
  }
}

/**
 * Reports a line over 512 octets, plus what its ESMTP parameters may add. Holes count as empty,
 * so a line with holes is reported only when its known text alone is too long.
 */
function checkLineLength(text: CheckedText, start: number, end: number, nextStart: number, outcome: CommandOutcome, problems: SmtpProblem[]): void {
  let octets = 2;
  let runStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !text.isHole(i)) continue;
    octets += utf8Length(text.text, runStart, i);
    runStart = i + 1;
  }
  const limit = MAX_COMMAND_LINE_OCTETS + outcome.extraLineOctets;
  if (octets <= limit) return;

  const allowance = outcome.extraLineOctets > 0 ? ` plus ${outcome.extraLineOctets} for its ESMTP parameters` : '';
  const hint = outcome.command.verb === 'AUTH'
    ? " Send the initial response on its own line after the server's 334 reply instead (RFC 4954 §4)." : '';
  addProblem(problems, 'line-too-long', 'line', { start, end: nextStart > end ? nextStart : end }, REPLIES.lineTooLong,
    `The command line is ${octets} octets long with CRLF; the limit is ${MAX_COMMAND_LINE_OCTETS}${allowance}.${hint}`);
}

/** Returns the offset `octets` UTF-8 octets after `start`, or -1 when a hole hides where that is. */
function skipOctets(text: CheckedText, start: number, octets: number): number {
  let counted = 0;
  let i = start;
  while (counted < octets && i < text.length) {
    if (text.isHole(i)) return -1;
    const width = isHighSurrogate(text.code(i)) && isLowSurrogate(text.code(i + 1)) ? 2 : 1;
    counted += utf8Length(text.text, i, i + width);
    i += width;
  }
  return i;
}
