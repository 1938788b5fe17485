import { describeCharacter, isLetDig, isNonAscii } from './chars.js';
import { addProblem } from './context.js';
import type { SmtpProblem } from './problem.js';
import { REPLIES } from './reply.js';
import type { CheckedText } from './text.js';

/** One `esmtp-keyword ["=" esmtp-value]` of a MAIL or RCPT line, with its offsets. */
export interface EsmtpParameter {
  readonly keyword: string;
  readonly value: string | undefined;
  readonly start: number;
  readonly end: number;
  readonly valueStart: number;
  /** True when part of the parameter is unknown until run time. */
  readonly hasHole: boolean;
  /** True when the keyword and value passed the syntax check, so their meaning can be checked. */
  readonly syntaxValid: boolean;
}

/** The parameters of a MAIL or RCPT line; `complete` is false when a hole may add more. */
export interface ParameterList {
  readonly parameters: readonly EsmtpParameter[];
  readonly complete: boolean;
}

/**
 * Splits `[start, end)`, the text after the path's single separating space, into ESMTP
 * parameters and checks their syntax (RFC 5321 §4.1.2, with RFC 6531's UTF-8 values).
 */
export function parseParameters(text: CheckedText, start: number, end: number, problems: SmtpProblem[]): ParameterList {
  const parameters: EsmtpParameter[] = [];
  let tokenStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.code(i) !== 0x20) continue;
    if (i === tokenStart) {
      reportEmptyParameter(text, i, end, problems);
    } else {
      parameters.push(parseParameter(text, tokenStart, i, problems));
    }
    tokenStart = i + 1;
  }
  return { parameters, complete: !text.hasHole(start, end) };
}

/**
 * Reports the extra spaces of a run that starts with the separator before `at`. It reports once
 * per run, at the first extra space. The line splitter has cut trailing whitespace off and
 * reported it, so every run here ends before `end`.
 */
function reportEmptyParameter(text: CheckedText, at: number, end: number, problems: SmtpProblem[]): void {
  if (at === end || text.code(at - 2) === 0x20) return;
  let runEnd = at;
  while (runEnd < end && text.code(runEnd) === 0x20) runEnd++;
  addProblem(problems, 'extra-space', 'parameter', { start: at, end: runEnd }, REPLIES.syntaxInArguments,
    'More than one space separates the parameters; use exactly one.', { fix: [{ start: at, end: runEnd, text: '' }] });
}

function parseParameter(text: CheckedText, start: number, end: number, problems: SmtpProblem[]): EsmtpParameter {
  const hasHole = text.hasHole(start, end);
  let equals = -1;
  for (let i = start; i < end; i++) {
    if (text.code(i) === 0x3d) {
      equals = i;
      break;
    }
  }
  const keywordEnd = equals === -1 ? end : equals;
  const problemCount = problems.length;
  if (!hasHole) {
    checkKeyword(text, start, keywordEnd, problems);
    if (equals !== -1) checkValue(text, equals + 1, end, problems);
  }
  return {
    keyword: text.slice(start, keywordEnd),
    value: equals === -1 ? undefined : text.slice(equals + 1, end),
    start,
    end,
    valueStart: equals === -1 ? end : equals + 1,
    hasHole,
    syntaxValid: !hasHole && problems.length === problemCount,
  };
}

function checkKeyword(text: CheckedText, start: number, end: number, problems: SmtpProblem[]): void {
  if (start === end) {
    addProblem(problems, 'invalid-parameter-keyword', 'parameter', { start, end: start + 1 }, REPLIES.syntaxInArguments,
      "An ESMTP parameter starts with '=' and has no keyword.");
    return;
  }
  for (let i = start; i < end; i++) {
    const code = text.code(i);
    if (isLetDig(code) || (code === 0x2d && i > start)) continue;
    addProblem(problems, 'invalid-parameter-keyword', 'parameter', { start: i, end: i + 1 }, REPLIES.syntaxInArguments,
      i === start && code === 0x2d
        ? "An ESMTP parameter keyword starts with '-'; it must start with a letter or digit."
        : `An ESMTP parameter keyword contains ${describeCharacter(text.text, i)}; keywords are letters, digits and hyphens, ` +
          'and only parameters may follow the path.');
    return;
  }
}

function checkValue(text: CheckedText, start: number, end: number, problems: SmtpProblem[]): void {
  if (start === end) {
    addProblem(problems, 'empty-parameter-value', 'parameter', { start: start - 1, end: start }, REPLIES.syntaxInArguments,
      "The ESMTP parameter has '=' but no value. Give a value or remove the '='.");
    return;
  }
  for (let i = start; i < end; i++) {
    const code = text.code(i);
    if ((code >= 33 && code <= 126 && code !== 0x3d) || (isNonAscii(code) && code > 0x9f)) continue;
    addProblem(problems, 'invalid-parameter-value', 'parameter', { start: i, end: i + 1 }, REPLIES.syntaxInArguments,
      `An ESMTP parameter value contains ${describeCharacter(text.text, i)}, which is not allowed.`);
    return;
  }
}
