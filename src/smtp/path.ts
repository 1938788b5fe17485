import { findCodeUnit, utf8Length } from './chars.js';
import { addProblem, type AddressContext } from './context.js';
import { checkDomainName } from './domain.js';
import { checkMailbox } from './mailbox.js';
import type { Edit } from './problem.js';
import { REPLIES } from './reply.js';
import type { CheckedText } from './text.js';

const MAX_PATH_OCTETS = 256;

/** Reverse-path of MAIL (may be `<>`) or Forward-path of RCPT (may be `<Postmaster>`). */
export type PathRole = 'reverse-path' | 'forward-path';

/** The place of a path in its line, found before its content is checked. */
export interface PathLocation {
  /** Offset just past the path, or -1 when a hole hides where the path ends. */
  readonly end: number;
  readonly check: (context: AddressContext) => void;
}

/**
 * Returns the first offset in `[start, end)` of the code unit `target` outside a quoted string,
 * or -1. A quote still open at `end` is a stray '"', which the mailbox check reports. It would
 * hide every later target, so the search then falls back to the first target after that quote.
 */
function findOutsideQuotes(text: CheckedText, target: number, start: number, end: number): number {
  let openQuote = -1;
  for (let i = start; i < end; i++) {
    const code = text.code(i);
    if (code === 0x5c && openQuote !== -1) i++;
    else if (code === 0x22) openQuote = openQuote === -1 ? i : -1;
    else if (code === target && openQuote === -1) return i;
  }
  return openQuote === -1 ? -1 : findCodeUnit(text.text, target, openQuote + 1, end);
}

/** Returns the end of the first run of text up to a space outside quotes, or `end`. */
function findTokenEnd(text: CheckedText, start: number, end: number): number {
  const space = findOutsideQuotes(text, 0x20, start, end);
  return space === -1 ? end : space;
}

/** Returns the offset of the '>' that closes the path opened at `start`, -1 if none. */
function findClosingBracket(text: CheckedText, start: number, end: number): number {
  return findOutsideQuotes(text, 0x3e, start + 1, end);
}

/**
 * Finds the path that starts at `start` in a MAIL or RCPT line ending at `end`, reporting
 * structural faults (brackets, text before the path) into `problems`. The mailbox itself is
 * checked later by `check`, once the parameters show whether SMTPUTF8 is present.
 */
export function locatePath(text: CheckedText, start: number, end: number, role: PathRole, problems: AddressContext['problems']): PathLocation {
  if (text.isHole(start)) return { end: -1, check: () => undefined };

  if (start >= end) {
    addProblem(problems, 'missing-path', 'command', { start: Math.max(0, start - 1), end: start }, pathReply(role),
      role === 'reverse-path'
        ? 'MAIL FROM: needs a reverse-path: <user@example.com>, or <> for a bounce.'
        : 'RCPT TO: needs a forward-path such as <user@example.com>.');
    return { end, check: () => undefined };
  }

  if (text.code(start) === 0x3c) {
    const close = findClosingBracket(text, start, end);
    if (close !== -1) return { end: close + 1, check: (context) => checkPathContent(context, start, close + 1, role) };
    if (text.hasHole(start, end)) return { end: -1, check: () => undefined };

    const tokenEnd = findTokenEnd(text, start, end);
    const edits = [{ start: tokenEnd, end: tokenEnd, text: '>' }];
    return {
      end: tokenEnd,
      check: (context) => {
        const valid = isCleanMailbox(context, start + 1, tokenEnd);
        addProblem(context.problems, 'missing-closing-bracket', 'command', { start, end: tokenEnd }, pathReply(role),
          "The path has no closing '>'. Write it as <user@example.com>.", valid ? { fix: edits } : {});
        checkPathContent(context, start, tokenEnd, role, tokenEnd);
      },
    };
  }

  const openBracket = findCodeUnit(text.text, 0x3c, start, end);
  if (openBracket !== -1 && !text.hasHole(start, openBracket)) {
    const close = findClosingBracket(text, openBracket, end);
    if (close !== -1) {
      const before = text.slice(start, openBracket).trim();
      addProblem(problems, 'text-before-path', 'command', { start, end: openBracket }, pathReply(role),
        before === ''
          ? "Only the path may follow the colon: remove the whitespace before '<'."
          : `Only the path may follow the colon: remove '${before}' before '<'. SMTP paths carry no display name.`,
        { fix: [{ start, end: openBracket, text: '' }] });
      return { end: close + 1, check: (context) => checkPathContent(context, openBracket, close + 1, role) };
    }
  }

  const tokenEnd = findTokenEnd(text, start, end);
  const closesAlone = text.code(tokenEnd - 1) === 0x3e && !text.isHole(tokenEnd - 1);
  const mailboxEnd = closesAlone ? tokenEnd - 1 : tokenEnd;
  return {
    end: tokenEnd,
    check: (context) => {
      const certain = !text.hasHole(start, tokenEnd) && isCleanMailbox(context, start, mailboxEnd);
      const edits: Edit[] = [{ start, end: start, text: '<' }];
      if (!closesAlone) edits.push({ start: tokenEnd, end: tokenEnd, text: '>' });
      addProblem(context.problems, 'missing-angle-brackets', 'command', { start, end: tokenEnd }, pathReply(role),
        closesAlone
          ? "The path has no opening '<'. Write it as <user@example.com>."
          : `The path must be in angle brackets: <${text.slice(start, mailboxEnd)}>.`,
        certain ? { fix: edits } : {});
      checkMailbox(context, start, mailboxEnd);
    },
  };
}

function isCleanMailbox(context: AddressContext, start: number, end: number): boolean {
  if (start >= end) return false;
  const scratch = { ...context, problems: [] };
  checkMailbox(scratch, start, end);
  return scratch.problems.length === 0;
}

/** The reply for a malformed path: 5.1.7 names the sender, 5.1.3 the recipient. */
export function pathReply(role: PathRole) {
  return role === 'reverse-path' ? REPLIES.badSenderSyntax : REPLIES.badRecipientSyntax;
}

/** Checks `<…>` at `[start, end)`: the null path, `<Postmaster>`, a source route and the mailbox. */
function checkPathContent(context: AddressContext, start: number, end: number, role: PathRole, innerEnd = end - 1): void {
  const text = context.text;
  const innerStart = start + 1;
  if (innerStart === innerEnd) {
    if (role === 'forward-path') {
      addProblem(context.problems, 'null-forward-path', 'mailbox', { start, end }, context.addressReply,
        'RCPT TO:<> names no recipient: the null path is only for MAIL FROM. Give the recipient mailbox.');
    }
    return;
  }

  const octets = utf8Length(text.text, start, end);
  if (octets > MAX_PATH_OCTETS && !text.hasHole(start, end)) {
    addProblem(context.problems, 'path-too-long', 'mailbox', { start, end }, context.addressReply,
      `The path is ${octets} octets long; the limit is ${MAX_PATH_OCTETS}.`);
  }

  if (role === 'forward-path' && text.slice(innerStart, innerEnd).toLowerCase() === 'postmaster') return;

  let mailboxStart = innerStart;
  if (text.code(innerStart) === 0x40) mailboxStart = checkSourceRoute(context, innerStart, innerEnd);
  if (mailboxStart !== -1) checkMailbox(context, mailboxStart, innerEnd);
}

/**
 * Checks an A-d-l source route (`@relay.example,@other.example:`), which servers accept and
 * ignore (RFC 5321 §4.1.1.3); returns where the mailbox starts, or -1 when there is no ':'.
 */
function checkSourceRoute(context: AddressContext, start: number, end: number): number {
  const text = context.text;
  const colon = findCodeUnit(text.text, 0x3a, start, end);
  if (colon === -1) {
    if (!text.hasHole(start, end)) {
      addProblem(context.problems, 'invalid-source-route', 'mailbox', { start, end }, context.addressReply,
        "The path starts with '@' but has no ':' before the mailbox. Remove the leading '@'.");
    }
    return -1;
  }
  if (text.hasHole(start, colon)) return colon + 1;

  let domainStart = start + 1;
  for (let i = start + 1; i <= colon; i++) {
    if (i < colon && text.code(i) !== 0x2c) continue;
    if (i === domainStart) {
      addProblem(context.problems, 'invalid-source-route', 'mailbox', { start: domainStart - 1, end: domainStart }, context.addressReply,
        "A hop of the source route has no domain after '@'. Write each hop as @relay.example.");
      return colon + 1;
    }
    checkDomainName(context, domainStart, i);
    if (i < colon && text.code(i + 1) !== 0x40) {
      addProblem(context.problems, 'invalid-source-route', 'mailbox', { start: i, end: i + 1 }, context.addressReply,
        "Each hop of a source route starts with '@'.");
      return colon + 1;
    }
    domainStart = i + 2;
    i++;
  }
  return colon + 1;
}
