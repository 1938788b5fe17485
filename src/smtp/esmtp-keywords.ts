import { isLetDig, utf8Length } from './chars.js';
import { addProblem } from './context.js';
import type { EsmtpParameter, ParameterList } from './esmtp-parameters.js';
import {
  checkChoice, checkDeliverBy, checkDigits, checkHoldUntil, checkNotify, checkOrcpt, checkPriority, checkXtextValue,
} from './esmtp-values.js';
import type { SmtpProblem, Suggestion } from './problem.js';
import { REPLIES } from './reply.js';
import { findNearWord } from './spelling.js';
import type { CheckedText } from './text.js';
import type { ParameterValue } from './xtext.js';

/** The two commands that carry ESMTP parameters. */
export type ParameterVerb = 'MAIL' | 'RCPT';

interface KeywordSpec {
  /** The command the parameter belongs to; undefined when this grammar does not check it. */
  readonly verb?: ParameterVerb;
  /** 'none': the keyword takes no value. 'required': it needs '=value'. 'any': not checked. */
  readonly value: 'none' | 'required' | 'any';
  readonly source: string;
  readonly check?: (value: ParameterValue) => void;
}

const KEYWORDS: ReadonlyMap<string, KeywordSpec> = new Map<string, KeywordSpec>([
  ['SIZE', { verb: 'MAIL', value: 'required', source: 'RFC 1870', check: (value) => checkDigits(value, 20, 'the message size in octets') }],
  ['BODY', {
    verb: 'MAIL', value: 'required', source: 'RFC 6152 and RFC 3030',
    check: (value) => checkChoice(value, ['7BIT', '8BITMIME', 'BINARYMIME'], new Map([['8BIT', '8BITMIME'], ['BINARY', 'BINARYMIME']])),
  }],
  ['SMTPUTF8', { verb: 'MAIL', value: 'none', source: 'RFC 6531' }],
  ['RET', { verb: 'MAIL', value: 'required', source: 'RFC 3461', check: (value) => checkChoice(value, ['FULL', 'HDRS'], new Map([['HEADERS', 'HDRS']])) }],
  ['ENVID', { verb: 'MAIL', value: 'required', source: 'RFC 3461', check: (value) => checkXtextValue(value, 100) }],
  ['AUTH', { verb: 'MAIL', value: 'required', source: 'RFC 4954', check: (value) => checkXtextValue(value) }],
  ['REQUIRETLS', { verb: 'MAIL', value: 'none', source: 'RFC 8689' }],
  ['MT-PRIORITY', { verb: 'MAIL', value: 'required', source: 'RFC 6710', check: checkPriority }],
  ['BY', { verb: 'MAIL', value: 'required', source: 'RFC 2852', check: checkDeliverBy }],
  ['HOLDFOR', { verb: 'MAIL', value: 'required', source: 'RFC 4865', check: (value) => checkDigits(value, 9, 'the hold time in seconds') }],
  ['HOLDUNTIL', { verb: 'MAIL', value: 'required', source: 'RFC 4865', check: checkHoldUntil }],
  ['NOTIFY', { verb: 'RCPT', value: 'required', source: 'RFC 3461', check: checkNotify }],
  ['ORCPT', { verb: 'RCPT', value: 'required', source: 'RFC 3461', check: checkOrcpt }],
  // Registered parameters whose use this grammar does not check.
  ['MTRK', { verb: 'MAIL', value: 'any', source: 'RFC 3885' }],
  ['SOLICIT', { verb: 'MAIL', value: 'any', source: 'RFC 3865' }],
  ['RRVS', { verb: 'RCPT', value: 'any', source: 'RFC 7293' }],
  ['CONPERM', { value: 'any', source: 'RFC 4141' }],
  ['CONNEG', { value: 'any', source: 'RFC 4141' }],
]);

const KNOWN_KEYWORDS = [...KEYWORDS.keys()];

// RFC 4865 lets a message be held for a time or until a time, not both.
const EXCLUSIVE_KEYWORDS: ReadonlyMap<string, string> = new Map([['HOLDFOR', 'HOLDUNTIL'], ['HOLDUNTIL', 'HOLDFOR']]);

/** Returns true when `keyword` names a registered ESMTP parameter in KEYWORDS, in any letter case. */
export function isKnownParameterKeyword(keyword: string): boolean {
  return KEYWORDS.has(keyword.toUpperCase());
}

function commandName(verb: ParameterVerb): string {
  return verb === 'MAIL' ? 'MAIL FROM' : 'RCPT TO';
}

/**
 * Checks what the parameters of a MAIL or RCPT line mean, after `parseParameters` has checked
 * their syntax: the command each belongs to, duplicates, values where none is allowed and the
 * reverse, and each known value grammar. Returns the octets the parameters add to the line,
 * which RFC 5321 §4.5.3.1.4 lets extensions add beyond the 512-octet limit.
 */
export function checkParameterMeanings(text: CheckedText, verb: ParameterVerb, list: ParameterList, problems: SmtpProblem[]): number {
  const seen = new Set<string>();
  let extraLineOctets = 0;
  for (const parameter of list.parameters) {
    const keywordEnd = parameter.value === undefined ? parameter.end : parameter.valueStart - 1;
    if (text.hasHole(parameter.start, keywordEnd) || !isValidKeyword(parameter.keyword)) continue;

    const upper = parameter.keyword.toUpperCase();
    const spec = KEYWORDS.get(upper);
    // Keywords that start with X name local extensions, used by bilateral agreement (RFC 5321 §2.2.2), so they are not reported.
    if (spec !== undefined || upper.startsWith('X')) extraLineOctets += utf8Length(text.text, parameter.start, parameter.end) + 1;
    if (spec === undefined) {
      if (!upper.startsWith('X')) reportUnknown(text, parameter, problems);
      continue;
    }
    if (spec.verb !== undefined && spec.verb !== verb) {
      addProblem(problems, 'misplaced-parameter', 'parameter', parameter, REPLIES.parameterNotRecognized,
        `${upper} is a ${commandName(spec.verb)} parameter (${spec.source}); servers reject it on ${commandName(verb)} with 555. ` +
          `Move it to the ${commandName(spec.verb)} line.`,
        { suggestions: [removal(text, parameter)] });
      continue;
    }
    if (seen.has(upper)) {
      addProblem(problems, 'duplicate-parameter', 'parameter', parameter, REPLIES.syntaxInArguments,
        `${upper} appears twice on this line; give each parameter once.`, { suggestions: [removal(text, parameter)] });
      continue;
    }
    seen.add(upper);
    const exclusive = EXCLUSIVE_KEYWORDS.get(upper);
    if (exclusive !== undefined && seen.has(exclusive)) {
      addProblem(problems, 'conflicting-parameters', 'parameter', parameter, REPLIES.syntaxInArguments,
        `${exclusive} and ${upper} cannot both be given (${spec.source}): hold the message for a time or until a time. Remove one.`,
        { suggestions: [removal(text, parameter)] });
    }
    checkValuePresence(text, parameter, upper, spec, problems);
  }
  return extraLineOctets;
}

function isValidKeyword(keyword: string): boolean {
  if (keyword === '' || keyword.charCodeAt(0) === 0x2d) return false;
  for (let i = 0; i < keyword.length; i++) {
    const code = keyword.charCodeAt(i);
    if (!isLetDig(code) && code !== 0x2d) return false;
  }
  return true;
}

function checkValuePresence(text: CheckedText, parameter: EsmtpParameter, upper: string, spec: KeywordSpec, problems: SmtpProblem[]): void {
  if (spec.value === 'none' && parameter.value !== undefined) {
    addProblem(problems, 'unexpected-parameter-value', 'parameter', { start: parameter.valueStart - 1, end: parameter.end },
      REPLIES.syntaxInArguments, `${upper} takes no value (${spec.source}); write the keyword alone.`,
      { suggestions: [{ description: `Remove '=${parameter.value}'.`, edits: [{ start: parameter.valueStart - 1, end: parameter.end, text: '' }] }] });
    return;
  }
  if (spec.value === 'required' && parameter.value === undefined) {
    addProblem(problems, 'missing-parameter-value', 'parameter', parameter, REPLIES.syntaxInArguments,
      `${upper} needs a value (${spec.source}): '${upper}=…'.`);
    return;
  }
  if (spec.check === undefined || parameter.value === undefined || parameter.value === '') return;
  if (!parameter.syntaxValid || parameter.hasHole) return;
  spec.check({ text, keyword: upper, start: parameter.valueStart, end: parameter.end, problems });
}

function reportUnknown(text: CheckedText, parameter: EsmtpParameter, problems: SmtpProblem[]): void {
  const keywordEnd = parameter.value === undefined ? parameter.end : parameter.valueStart - 1;
  const near = findNearWord(parameter.keyword, KNOWN_KEYWORDS);
  addProblem(problems, 'unknown-parameter', 'parameter', { start: parameter.start, end: keywordEnd }, REPLIES.parameterNotRecognized,
    near === undefined
      ? `'${parameter.keyword}' is not a registered ESMTP parameter, and servers that do not know it reply 555. Remove it.`
      : `'${parameter.keyword}' is not a registered ESMTP parameter, and servers that do not know it reply 555. Did you mean ${near}?`,
    { suggestions: near === undefined ? [removal(text, parameter)] : [
      { description: `Replace with '${near}'.`, edits: [{ start: parameter.start, end: keywordEnd, text: near }] },
      removal(text, parameter),
    ] });
}

/** Removes a parameter together with the space before it. */
function removal(text: CheckedText, parameter: EsmtpParameter): Suggestion {
  const start = text.code(parameter.start - 1) === 0x20 ? parameter.start - 1 : parameter.start;
  return { description: `Remove '${text.slice(parameter.start, parameter.end)}'.`, edits: [{ start, end: parameter.end, text: '' }] };
}
