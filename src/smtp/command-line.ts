import { isAlpha, isSpaceOrTab } from './chars.js';
import { checkRequiredArgument, type CommandSpan } from './commands/arguments.js';
import { checkAuthCommand } from './commands/auth.js';
import { checkBdatCommand, type BdatChunk } from './commands/bdat.js';
import { checkHelloCommand } from './commands/hello.js';
import { checkNoArgumentCommand } from './commands/no-argument.js';
import { checkPathCommand } from './commands/path-command.js';
import { checkStringCommand } from './commands/string-argument.js';
import { reportUnknownCommand } from './commands/unknown-command.js';
import type { SmtpProblem } from './problem.js';
import type { CheckedText } from './text.js';
import { toCommandVerb, type CommandVerb } from './verbs.js';

/** A command line found in the checked string, without its line ending. */
export interface CommandLine {
  readonly verb: CommandVerb | undefined;
  readonly start: number;
  readonly end: number;
}

/** The state that earlier lines of the same string established. */
export interface SessionState {
  /** Whether the open transaction's MAIL line carried SMTPUTF8; undefined when unknown or no MAIL line came first. */
  readonly transactionUtf8: boolean | undefined;
}

/** One checked line, with what the line splitter needs to read the lines after it. */
export interface CommandOutcome {
  readonly command: CommandLine;
  /** Octets the line's ESMTP parameters add beyond the 512-octet limit. */
  readonly extraLineOctets: number;
  /** BDAT only: the chunk that follows the line, when its size is known. */
  readonly chunk?: BdatChunk;
  /** MAIL only: whether the line carries SMTPUTF8; undefined when a hole hides it. */
  readonly smtpUtf8?: boolean | undefined;
}

/** Returns the end of the verb word that starts at `start`: letters, digits and '_'. */
export function readVerbEnd(text: CheckedText, start: number, end: number): number {
  let i = start;
  while (i < end && !text.isHole(i)) {
    const code = text.code(i);
    if (!isAlpha(code) && code !== 0x5f && !(code >= 0x30 && code <= 0x39)) break;
    i++;
  }
  return i;
}

/**
 * Checks one command line at `[start, end)`, with the line ending and trailing whitespace cut
 * off. A known verb followed by anything but a space is an unknown command to a server, which
 * reads the verb up to the first space: it gets 500, while a known verb with a bad argument gets 501.
 */
export function checkCommandLine(
  text: CheckedText,
  start: number,
  end: number,
  problems: SmtpProblem[],
  session: SessionState = { transactionUtf8: undefined },
): CommandOutcome {
  const verbEnd = readVerbEnd(text, start, end);
  const verb = toCommandVerb(text.slice(start, verbEnd));
  const endsVerb = verbEnd === end || isSpaceOrTab(text.code(verbEnd));

  if (verb === undefined || !endsVerb) {
    if (!couldBecomeVerb(text, start, end)) reportUnknownCommand(text, start, verbEnd, end, problems);
    return { command: { verb: text.isHole(verbEnd) ? verb : undefined, start, end }, extraLineOctets: 0 };
  }

  const command: CommandLine = { verb, start, end };
  const span: CommandSpan = { text, verb, start, verbEnd, end, problems };
  switch (verb) {
    case 'MAIL':
    case 'RCPT': {
      const result = checkPathCommand(span, session.transactionUtf8);
      return { command, extraLineOctets: result.extraLineOctets, smtpUtf8: result.smtpUtf8 };
    }
    case 'BDAT':
      return { command, extraLineOctets: 0, chunk: checkBdatCommand(span) };
    case 'EHLO':
    case 'HELO':
    case 'LHLO':
      checkHelloCommand(span);
      break;
    case 'VRFY':
    case 'EXPN':
    case 'HELP':
    case 'NOOP':
      checkStringCommand(span);
      break;
    case 'RSET':
    case 'QUIT':
    case 'DATA':
    case 'STARTTLS':
      checkNoArgumentCommand(span);
      break;
    case 'AUTH':
      checkAuthCommand(span);
      break;
    case 'ETRN':
      checkRequiredArgument(span, 'ETRN example.com');
      break;
    case 'BURL':
      checkRequiredArgument(span, 'BURL imap://… LAST');
      break;
    case 'ATRN':
      break;
  }
  return { command, extraLineOctets: 0 };
}

/**
 * Returns true when the first word is letters up to a hole, so the text filled in at run time
 * may complete a verb, as in 'MAI' followed by a hole. No completion can make a verb of a word
 * that already contains another character, such as the ':' of 'RCPT:'.
 */
function couldBecomeVerb(text: CheckedText, start: number, end: number): boolean {
  let i = start;
  while (i < end && !text.isHole(i) && isAlpha(text.code(i))) i++;
  return i < end && text.isHole(i);
}
