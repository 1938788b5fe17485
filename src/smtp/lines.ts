import { describeCharacter, utf8Length } from './chars.js';
import { checkCommandLine, type CommandLine } from './command-line.js';
import { addProblem } from './context.js';
import type { SmtpProblem } from './problem.js';
import { REPLIES } from './reply.js';
import type { CheckedText } from './text.js';

/** RFC 5321 §4.5.3.1.4: a command line is at most 512 octets, CRLF included. */
const MAX_COMMAND_LINE_OCTETS = 512;

/** The result of checking a string that holds one or more command lines. */
export interface CommandCheck {
  readonly commands: readonly CommandLine[];
  readonly problems: readonly SmtpProblem[];
}

/**
 * Checks every command line in `text`: a pipelined write holds several, each ended by CRLF.
 * Lines after DATA, up to the lone '.', are message content and are not read as commands.
 */
export function checkCommandLines(text: CheckedText): CommandCheck {
  const problems: SmtpProblem[] = [];
  const commands: CommandLine[] = [];
  let inMessageData = false;
  let lineStart = 0;

  while (lineStart < text.length || (lineStart === 0 && text.length === 0)) {
    const { contentEnd, nextStart } = findLineEnd(text, lineStart, problems);
    if (inMessageData) {
      if (text.slice(lineStart, contentEnd) === '.') inMessageData = false;
    } else if (contentEnd === lineStart && nextStart > lineStart) {
      addProblem(problems, 'empty-line', 'line', { start: lineStart, end: nextStart }, REPLIES.commandUnrecognized,
        'The string contains an empty line, which a server reads as an empty, unrecognized command. Remove it.');
    } else if (!text.isHole(lineStart)) {
      checkLineContent(text, lineStart, contentEnd, nextStart, problems);
      const command = checkCommandLine(text, lineStart, contentEnd, problems);
      commands.push(command);
      inMessageData = command.verb === 'DATA';
    }
    if (nextStart === lineStart) break;
    lineStart = nextStart;
  }
  return { commands, problems };
}

/** Finds where the line at `start` ends, reporting a bare CR or LF as its ending. */
function findLineEnd(text: CheckedText, start: number, problems: SmtpProblem[]): { contentEnd: number; nextStart: number } {
  for (let i = start; i < text.length; i++) {
    const code = text.code(i);
    if (code === 0x0d && text.code(i + 1) === 0x0a) return { contentEnd: i, nextStart: i + 2 };
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

function checkLineContent(text: CheckedText, start: number, end: number, nextStart: number, problems: SmtpProblem[]): void {
  for (let i = start; i < end; i++) {
    const code = text.code(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) {
      if (text.isHole(i)) continue;
      addProblem(problems, 'control-character', 'line', { start: i, end: i + 1 }, REPLIES.syntaxInArguments,
        `The command line contains ${describeCharacter(text.text, i)}. Remove it: servers reject or cut the line there.`);
    }
  }

  if (text.hasHole(start, end)) return;
  const octets = utf8Length(text.text, start, end) + 2;
  if (octets > MAX_COMMAND_LINE_OCTETS) {
    addProblem(problems, 'line-too-long', 'line', { start, end: nextStart > end ? nextStart : end }, REPLIES.lineTooLong,
      `The command line is ${octets} octets long with CRLF; the limit is ${MAX_COMMAND_LINE_OCTETS}.`);
  }
}
