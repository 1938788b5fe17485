/**
 * The SMTP grammar of eslint-plugin-smtp, usable without ESLint: checks command lines, paths,
 * mailboxes and domains against RFC 5321 and RFC 6531 and returns every problem with its offsets
 * and the reply a strict server sends. No function here throws: bad input becomes a problem.
 */
import { alignToCodePoints } from './code-points.js';
import type { AddressContext } from './context.js';
import { checkMailboxDomain } from './domain.js';
import { checkCommandLines, type CommandCheck, type CommandCheckOptions } from './lines.js';
import { checkMailbox as checkMailboxAt } from './mailbox.js';
import { locatePath, pathReply, type PathRole } from './path.js';
import type { SmtpProblem } from './problem.js';
import { isCommandLine, type RecognizeOptions } from './recognize.js';
import { REPLIES } from './reply.js';
import { CheckedText, type SmtpText } from './text.js';

export type { CommandLine } from './command-line.js';
export type { CommandCheck, CommandCheckOptions } from './lines.js';
export type { PathRole } from './path.js';
export type { Edit, ProblemCategory, SmtpProblem, Suggestion } from './problem.js';
export type { RecognizeOptions } from './recognize.js';
export { formatReply, REPLIES, type Reply } from './reply.js';
export { HOLE_PLACEHOLDER, type SmtpText } from './text.js';
export { COMMAND_VERBS, type CommandVerb } from './verbs.js';
export { VRFY_REPLIES, vrfyReplyMeaning, type VrfyProof, type VrfyReplyMeaning } from './vrfy.js';

/** Options for checking a lone address. */
export interface AddressOptions {
  /** True when the address travels with the SMTPUTF8 parameter. Default false. */
  readonly utf8?: boolean;
  /** The path the address fills, which picks the reply code. Default 'forward-path'. */
  readonly role?: PathRole;
}

function toText(input: unknown): CheckedText | SmtpProblem {
  if (typeof input === 'string') return new CheckedText({ text: input });
  if (typeof input === 'object' && input !== null && typeof (input as SmtpText).text === 'string') {
    const holes = (input as SmtpText).holes;
    return new CheckedText({ text: (input as SmtpText).text, holes: Array.isArray(holes) ? holes : [] });
  }
  return {
    kind: 'invalid-input',
    category: 'command',
    start: 0,
    end: 0,
    reply: REPLIES.syntaxInArguments,
    message: `Expected a string or { text, holes }, got ${input === null ? 'null' : typeof input}.`,
  };
}

function internalError(error: unknown): SmtpProblem {
  return {
    kind: 'internal-error',
    category: 'command',
    start: 0,
    end: 0,
    reply: REPLIES.syntaxInArguments,
    message: `eslint-plugin-smtp failed to check this text: ${error instanceof Error ? error.message : String(error)}. Please report it.`,
  };
}

/**
 * Checks a string of one or more SMTP command lines, for example `'MAIL FROM:<a@example.com>\r\n'`.
 * Unless `options.requireLineEnding` is set, a final line without CRLF is checked as if the caller adds it.
 */
export function checkCommand(input: string | SmtpText, options: CommandCheckOptions = {}): CommandCheck {
  try {
    const text = toText(input);
    if (!(text instanceof CheckedText)) return { commands: [], problems: [text] };
    return checkCommandLines(text, isObject(options) ? options : {});
  } catch (error) {
    return { commands: [], problems: [internalError(error)] };
  }
}

/** Checks a path such as `<user@example.com>`, `<>` or `<Postmaster>`, brackets included. */
export function checkPath(input: string | SmtpText, options: AddressOptions = {}): readonly SmtpProblem[] {
  return withAddressContext(input, options, (context, role) => {
    const location = locatePath(context.text, 0, context.text.length, role, context.problems);
    location.check(context);
    // Text made only of holes may be empty at run time, so it proves nothing.
    if (location.end !== -1 && hasStaticText(context.text, location.end, context.text.length)) {
      context.problems.push({
        kind: 'text-after-path',
        category: 'command',
        start: location.end,
        end: context.text.length,
        reply: context.addressReply,
        message: 'Text follows the closing bracket of the path.',
      });
    }
  });
}

/** Checks a bare mailbox such as `user@example.com`, with no brackets. */
export function checkMailbox(input: string | SmtpText, options: AddressOptions = {}): readonly SmtpProblem[] {
  return withAddressContext(input, options, (context) => checkMailboxAt(context, 0, context.text.length));
}

/** Checks a domain or an address literal, as written after '@'. */
export function checkDomain(input: string | SmtpText, options: Omit<AddressOptions, 'role'> = {}): readonly SmtpProblem[] {
  return withAddressContext(input, options, (context) => {
    if (!context.text.hasHole(0, context.text.length)) checkMailboxDomain(context, 0, context.text.length);
  });
}

/** Decides whether a string is an SMTP command line rather than prose; see `RecognizeOptions`. */
export function isSmtpCommand(input: string | SmtpText, options: RecognizeOptions = {}): boolean {
  try {
    const text = toText(input);
    return text instanceof CheckedText && isCommandLine(text, isObject(options) ? options : {});
  } catch {
    return false;
  }
}

function withAddressContext(
  input: unknown,
  options: AddressOptions,
  check: (context: AddressContext, role: PathRole) => void,
): readonly SmtpProblem[] {
  try {
    const text = toText(input);
    if (!(text instanceof CheckedText)) return [text];
    // JavaScript callers may pass null or another non-object, which means the defaults.
    const settings: AddressOptions = isObject(options) ? options : {};
    const role: PathRole = settings.role === 'reverse-path' ? 'reverse-path' : 'forward-path';
    const context: AddressContext = {
      text,
      utf8: settings.utf8 === true,
      addressReply: pathReply(role),
      problems: [],
    };
    check(context, role);
    return alignToCodePoints(text.text, context.problems);
  } catch (error) {
    return [internalError(error)];
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function hasStaticText(text: CheckedText, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!text.isHole(i)) return true;
  }
  return false;
}
