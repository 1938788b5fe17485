import { describeCharacter, isAlpha, isSpaceOrTab } from './chars.js';
import { addProblem, type AddressContext } from './context.js';
import { parseParameters } from './esmtp-parameters.js';
import type { SmtpProblem } from './problem.js';
import { REPLIES } from './reply.js';
import { locatePath, pathReply, type PathRole } from './path.js';
import type { CheckedText } from './text.js';
import { MISSPELLED_VERBS, toCommandVerb, type CommandVerb } from './verbs.js';

/** A command line found in the checked string, without its line ending. */
export interface CommandLine {
  readonly verb: CommandVerb | undefined;
  readonly start: number;
  readonly end: number;
}

/** Returns the end of the verb word that starts at `start`: letters, digits, '_' and '-'. */
export function readVerbEnd(text: CheckedText, start: number, end: number): number {
  let i = start;
  while (i < end && !text.isHole(i)) {
    const code = text.code(i);
    if (!isAlpha(code) && code !== 0x5f && !(code >= 0x30 && code <= 0x39)) break;
    i++;
  }
  return i;
}

/** Checks one command line at `[start, end)`, the line ending excluded. */
export function checkCommandLine(text: CheckedText, start: number, end: number, problems: SmtpProblem[]): CommandLine {
  const verbEnd = readVerbEnd(text, start, end);
  const word = text.slice(start, verbEnd);
  const verb = toCommandVerb(word);

  if (verb === undefined) {
    if (verbEnd > start || !text.isHole(start)) reportUnknownVerb(text, start, verbEnd, end, word, problems);
    return { verb, start, end };
  }
  if (verb === 'MAIL') checkPathCommand(text, verbEnd, end, 'FROM', 'reverse-path', problems);
  if (verb === 'RCPT') checkPathCommand(text, verbEnd, end, 'TO', 'forward-path', problems);
  return { verb, start, end };
}

function reportUnknownVerb(text: CheckedText, start: number, verbEnd: number, end: number, word: string, problems: SmtpProblem[]): void {
  const meant = MISSPELLED_VERBS.get(word.toUpperCase());
  const range = { start, end: Math.max(verbEnd, Math.min(start + 1, end)) };
  if (meant !== undefined) {
    const colonFollows = text.code(verbEnd) === 0x3a;
    addProblem(problems, 'unknown-command', 'command', range, REPLIES.commandUnrecognized,
      `'${word}' is not an SMTP command; write '${meant}'.`,
      { suggestions: [{ description: `Replace with '${meant}'.`, edits: [{ start, end: colonFollows ? verbEnd + 1 : verbEnd, text: meant }] }] });
    return;
  }
  addProblem(problems, 'unknown-command', 'command', range, REPLIES.commandUnrecognized,
    word === ''
      ? `A command line must start with a command verb, not ${describeCharacter(text.text, start)}.`
      : `'${word}' is not an SMTP command verb.`);
}

/**
 * Checks `MAIL FROM:<path> [params]` or `RCPT TO:<path> [params]` from just after the verb.
 * Servers read the keyword and colon strictly, so each deviation is its own report.
 */
function checkPathCommand(text: CheckedText, verbEnd: number, end: number, keyword: 'FROM' | 'TO', role: PathRole, problems: SmtpProblem[]): void {
  const verbText = keyword === 'FROM' ? 'MAIL FROM:' : 'RCPT TO:';
  let i = verbEnd;

  const spacesStart = i;
  while (i < end && isSpaceOrTab(text.code(i))) i++;
  if (i - spacesStart !== 1 || text.code(spacesStart) !== 0x20) {
    if (text.isHole(i) || i >= end) return;
    if (text.slice(i, i + keyword.length).toUpperCase() !== keyword) return;
    addProblem(problems, 'verb-spacing', 'command', { start: spacesStart, end: Math.max(i, spacesStart + 1) }, REPLIES.commandUnrecognized,
      `Write exactly one space between the verb and '${keyword}:', as in '${verbText}'.`,
      { fix: [{ start: spacesStart, end: i, text: ' ' }] });
  }

  if (text.slice(i, i + keyword.length).toUpperCase() !== keyword) {
    if (text.hasHole(i, i + keyword.length)) return;
    addProblem(problems, 'missing-keyword', 'command', { start: verbEnd, end: Math.min(end, i + keyword.length) }, REPLIES.syntaxInArguments,
      `${verbText.slice(0, 4)} must be followed by '${keyword}:', as in '${verbText}<user@example.com>'.`);
    return;
  }
  i += keyword.length;

  const beforeColon = i;
  while (i < end && isSpaceOrTab(text.code(i))) i++;
  if (text.code(i) === 0x3a && i > beforeColon) {
    addProblem(problems, 'space-before-colon', 'command', { start: beforeColon, end: i }, pathReply(role),
      `Remove the space before the colon: '${verbText}'.`, { fix: [{ start: beforeColon, end: i, text: '' }] });
  }
  if (text.code(i) === 0x3a) {
    i++;
  } else if (text.isHole(i)) {
    return;
  } else {
    addProblem(problems, 'missing-colon', 'command', { start: beforeColon, end: Math.min(end, beforeColon + 1) }, pathReply(role),
      `'${keyword}' must be followed by a colon: '${verbText}'.`, { fix: [{ start: beforeColon, end: i, text: ':' }] });
  }

  const afterColon = i;
  while (i < end && isSpaceOrTab(text.code(i))) i++;
  if (i > afterColon) {
    addProblem(problems, 'space-after-colon', 'command', { start: afterColon, end: i }, pathReply(role),
      `Remove the space after '${verbText}': the path must follow the colon directly. Many servers reply ${pathReply(role).code} to '${verbText} <…>'.`,
      { fix: [{ start: afterColon, end: i, text: '' }] });
  }

  checkPathAndParameters(text, i, end, role, problems);
}

function checkPathAndParameters(text: CheckedText, start: number, end: number, role: PathRole, problems: SmtpProblem[]): void {
  const path = locatePath(text, start, end, role, problems);
  let utf8 = false;
  if (path.end !== -1 && path.end < end) {
    if (text.isHole(path.end)) {
      utf8 = true;
    } else if (text.code(path.end) !== 0x20) {
      addProblem(problems, 'text-after-path', 'command', { start: path.end, end: Math.min(end, path.end + 1) }, pathReply(role),
        `Only ESMTP parameters, after one space, may follow the path; found ${describeCharacter(text.text, path.end)}.`);
    } else {
      const list = parseParameters(text, path.end + 1, end, problems);
      utf8 = !list.complete || list.parameters.some((parameter) => parameter.keyword.toUpperCase() === 'SMTPUTF8');
    }
  }

  const context: AddressContext = { text, utf8, addressReply: pathReply(role), problems };
  path.check(context);
}
