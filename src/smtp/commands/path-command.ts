import { describeCharacter, isAlpha, isLetDig, isSpaceOrTab } from '../chars.js';
import { addProblem, type AddressContext } from '../context.js';
import { checkParameterMeanings, isKnownParameterKeyword } from '../esmtp-keywords.js';
import { parseParameters } from '../esmtp-parameters.js';
import { locatePath, pathReply, type PathRole } from '../path.js';
import type { Edit, SmtpProblem } from '../problem.js';
import { REPLIES } from '../reply.js';
import type { CheckedText } from '../text.js';
import type { CommandSpan } from './arguments.js';

/** The facts a MAIL or RCPT line passes on to the lines after it. */
export interface PathCommandResult {
  /** MAIL only: whether the transaction carries SMTPUTF8; undefined when a hole hides it. */
  readonly smtpUtf8: boolean | undefined;
  /** Octets the ESMTP parameters add beyond the 512-octet line limit. */
  readonly extraLineOctets: number;
}

const UNKNOWN: PathCommandResult = { smtpUtf8: undefined, extraLineOctets: 0 };

/**
 * Checks `MAIL FROM:<path> [params]` or `RCPT TO:<path> [params]` from just after the verb.
 * Servers read the keyword and colon strictly, so each deviation is its own report.
 * `transactionUtf8` records whether the MAIL line before an RCPT line carried SMTPUTF8, and is
 * undefined when no MAIL line is in the checked string. RFC 6531 puts SMTPUTF8 on MAIL only, so a lone
 * RCPT line may carry a non-ASCII address.
 */
export function checkPathCommand(span: CommandSpan, transactionUtf8: boolean | undefined): PathCommandResult {
  const { text, verbEnd, end, problems } = span;
  const keyword = span.verb === 'MAIL' ? 'FROM' : 'TO';
  const role: PathRole = span.verb === 'MAIL' ? 'reverse-path' : 'forward-path';
  const verbText = keyword === 'FROM' ? 'MAIL FROM:' : 'RCPT TO:';

  let i = verbEnd;
  while (i < end && isSpaceOrTab(text.code(i))) i++;
  if (i >= end) {
    addProblem(problems, 'missing-keyword', 'command', { start: span.start, end: verbEnd }, REPLIES.syntaxInArguments,
      `${span.verb} must be followed by '${keyword}:' and a path, as in '${verbText}<user@example.com>'.`);
    return UNKNOWN;
  }
  if (text.isHole(i)) return UNKNOWN;

  const keywordFound = text.slice(i, i + keyword.length).toUpperCase() === keyword;
  if (keywordFound && (i - verbEnd !== 1 || text.code(verbEnd) !== 0x20)) {
    addProblem(problems, 'verb-spacing', 'command', { start: verbEnd, end: Math.max(i, verbEnd + 1) }, REPLIES.commandUnrecognized,
      `Write exactly one space between the verb and '${keyword}:', as in '${verbText}'.`,
      { fix: [{ start: verbEnd, end: i, text: ' ' }] });
  }
  if (!keywordFound) {
    // A hole right after a letter may complete the keyword; after '<' or ':' it cannot.
    if (isAlpha(text.code(i)) && text.hasHole(i, i + keyword.length)) return UNKNOWN;
    return checkKeywordFault(span, i, role, transactionUtf8);
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
    return UNKNOWN;
  } else {
    addProblem(problems, 'missing-colon', 'command', { start: beforeColon, end: Math.min(end, beforeColon + 1) }, pathReply(role),
      `'${keyword}' must be followed by a colon: '${verbText}'.`, { fix: [{ start: beforeColon, end: i, text: ':' }] });
  }

  const afterColon = i;
  while (i < end && isSpaceOrTab(text.code(i))) i++;
  if (i > afterColon) {
    addProblem(problems, 'space-after-colon', 'command', { start: afterColon, end: i }, pathReply(role),
      `Remove the space after '${verbText}': the path must follow the colon directly.`,
      { fix: [{ start: afterColon, end: i, text: '' }] });
  }

  return checkPathAndParameters(span, i, role, transactionUtf8);
}

/**
 * Reports a keyword that is swapped ('MAIL TO:', 'RCPT FROM:'), misspelled or missing at `at`.
 * When a colon or a path shows where the keyword belongs, the path is checked as well, and
 * inserting a missing keyword is a certain fix if the rest of the line is valid.
 */
function checkKeywordFault(span: CommandSpan, at: number, role: PathRole, transactionUtf8: boolean | undefined): PathCommandResult {
  const { text, verbEnd, end, problems } = span;
  const keyword = role === 'reverse-path' ? 'FROM' : 'TO';
  const verbText = `${span.verb} ${keyword}:`;
  if (reportSwappedKeyword(span, at, keyword, verbText)) return UNKNOWN;

  let wordEnd = at;
  while (wordEnd < end && isAlpha(text.code(wordEnd))) wordEnd++;
  const misspelled = wordEnd > at && text.code(wordEnd) === 0x3a;
  const code = text.code(at);
  if (!misspelled && code !== 0x3c && code !== 0x3a) {
    // Neither a colon nor a path follows the verb, so where the keyword ends is unclear.
    addProblem(problems, 'missing-keyword', 'command', { start: verbEnd, end: at }, REPLIES.syntaxInArguments,
      `${span.verb} must be followed by '${keyword}:' and a path, as in '${verbText}<user@example.com>'.`);
    return UNKNOWN;
  }

  const pathStart = code === 0x3c ? at : wordEnd + 1;
  const pathProblems: SmtpProblem[] = [];
  const result = checkPathAndParameters({ ...span, problems: pathProblems }, pathStart, role, transactionUtf8);
  if (misspelled) {
    const word = text.slice(at, wordEnd);
    addProblem(problems, 'wrong-keyword', 'command', { start: at, end: wordEnd }, REPLIES.syntaxInArguments,
      `${span.verb} takes '${keyword}:', not '${word}:'. Write '${verbText}'.`,
      { suggestions: [{ description: `Replace '${word}' with '${keyword}'.`, edits: [{ start: verbEnd, end: wordEnd, text: ` ${keyword}` }] }] });
  } else {
    // The edit also replaces the whitespace after the verb, so a tab or a second space goes too.
    const insertion: Edit = { start: verbEnd, end: pathStart, text: ` ${keyword}:` };
    const certain = pathProblems.length === 0 && !text.hasHole(pathStart, end);
    addProblem(problems, 'missing-keyword', 'command', { start: verbEnd, end: at }, REPLIES.syntaxInArguments,
      `${span.verb} must be followed by '${keyword}:' before the path, as in '${verbText}<user@example.com>'.`,
      certain ? { fix: [insertion] } : { suggestions: [{ description: `Insert '${keyword}:'.`, edits: [insertion] }] });
  }
  problems.push(...pathProblems);
  return result;
}

/** Reports 'MAIL TO:' and 'RCPT FROM:', which swap the keywords. Returns false when `at` starts neither. */
function reportSwappedKeyword(span: CommandSpan, at: number, keyword: string, verbText: string): boolean {
  const { text, verbEnd, end, problems } = span;
  const other = keyword === 'FROM' ? 'TO' : 'FROM';
  const afterOther = text.code(at + other.length);
  const swapped = text.slice(at, at + other.length).toUpperCase() === other &&
    (at + other.length === end || afterOther === 0x3a || afterOther === 0x3c || isSpaceOrTab(afterOther));
  if (!swapped) return false;

  const otherVerb = span.verb === 'MAIL' ? 'RCPT' : 'MAIL';
  addProblem(problems, 'wrong-keyword', 'command', { start: at, end: at + other.length }, REPLIES.syntaxInArguments,
    `${span.verb} takes '${keyword}:', not '${other}:'. Write '${verbText}' for the ${keyword === 'FROM' ? 'sender' : 'recipient'}, ` +
      `or '${otherVerb} ${other}:' for the ${keyword === 'FROM' ? 'recipient' : 'sender'}.`,
    { suggestions: [
      { description: `Replace '${other}' with '${keyword}'.`, edits: [{ start: at, end: at + other.length, text: keyword }] },
      { description: `Replace '${span.verb}' with '${otherVerb}'.`, edits: [{ start: span.start, end: verbEnd, text: otherVerb }] },
    ] });
  return true;
}

function checkPathAndParameters(span: CommandSpan, start: number, role: PathRole, transactionUtf8: boolean | undefined): PathCommandResult {
  const { text, end, problems } = span;
  const path = locatePath(text, start, end, role, problems);
  let parametersUtf8: boolean | undefined = false;
  let extraLineOctets = 0;
  if (path.end === -1) {
    parametersUtf8 = undefined;
  } else if (path.end < end) {
    const parametersStart = findParametersStart(text, path.end, end, role, problems);
    if (parametersStart === -1) {
      parametersUtf8 = undefined;
    } else if (parametersStart !== undefined) {
      const list = parseParameters(text, parametersStart, end, problems);
      extraLineOctets = checkParameterMeanings(text, span.verb === 'MAIL' ? 'MAIL' : 'RCPT', list, problems);
      parametersUtf8 = list.parameters.some((parameter) => parameter.keyword.toUpperCase() === 'SMTPUTF8') || (list.complete ? false : undefined);
    }
  }

  const utf8 = role === 'forward-path' ? parametersUtf8 !== false || transactionUtf8 !== false : parametersUtf8 !== false;
  const context: AddressContext = { text, utf8, addressReply: pathReply(role), problems };
  path.check(context);
  return { smtpUtf8: role === 'reverse-path' ? parametersUtf8 : undefined, extraLineOctets };
}

/**
 * Returns where the parameters after the path start: after the one separating space, or at
 * `pathEnd` when a known parameter follows the path with no space, which is reported. Returns
 * -1 when a hole follows the path, and undefined when no parameters can follow.
 */
function findParametersStart(text: CheckedText, pathEnd: number, end: number, role: PathRole, problems: AddressContext['problems']): number | undefined {
  if (text.isHole(pathEnd)) return -1;
  if (text.code(pathEnd) === 0x20) return pathEnd + 1;

  let keywordEnd = pathEnd;
  while (keywordEnd < end && (isLetDig(text.code(keywordEnd)) || text.code(keywordEnd) === 0x2d)) keywordEnd++;
  const keyword = text.slice(pathEnd, keywordEnd);
  if (keyword !== '' && isKnownParameterKeyword(keyword)) {
    addProblem(problems, 'text-after-path', 'command', { start: pathEnd, end: pathEnd + 1 }, pathReply(role),
      `ESMTP parameters follow the path after one space; found ${describeCharacter(text.text, pathEnd)} right after the path. ` +
        `Put a space before the parameter ${keyword.toUpperCase()}.`,
      { fix: [{ start: pathEnd, end: pathEnd, text: ' ' }] });
    return pathEnd;
  }
  addProblem(problems, 'text-after-path', 'command', { start: pathEnd, end: Math.min(end, pathEnd + 1) }, pathReply(role),
    `Only ESMTP parameters, after one space, may follow the path; found ${describeCharacter(text.text, pathEnd)}.`);
  return undefined;
}
