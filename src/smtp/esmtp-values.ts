import { describeCharacter, isAsciiAtext, isDigit } from './chars.js';
import { addProblem } from './context.js';
import { findDateTimeFault } from './date-time.js';
import type { Suggestion } from './problem.js';
import { REPLIES } from './reply.js';
import { checkXtext, toXtext, type ParameterValue } from './xtext.js';

// Checkers for the values of the ESMTP parameters in the keyword table. Each reports at most one
// problem, since a server stops reading the value at the first fault.

/** Checks a value that must be one of `choices`, compared without regard to letter case. */
export function checkChoice(value: ParameterValue, choices: readonly string[], likelyMistakes: ReadonlyMap<string, string> = new Map()): void {
  const written = value.text.slice(value.start, value.end);
  const upper = written.toUpperCase();
  if (choices.includes(upper)) return;
  const meant = likelyMistakes.get(upper);
  reportValue(value, value.start, value.end,
    `${value.keyword} takes ${listChoices(choices)}, not '${written}'.`,
    meant === undefined ? [] : [{ description: `Replace with '${meant}'.`, edits: [{ start: value.start, end: value.end, text: meant }] }]);
}

/** Checks `1*maxDigits DIGIT`, as SIZE (RFC 1870) and HOLDFOR (RFC 4865) take. */
export function checkDigits(value: ParameterValue, maxDigits: number, meaning: string): void {
  const { text, start, end } = value;
  for (let i = start; i < end; i++) {
    if (isDigit(text.code(i))) continue;
    reportValue(value, start, end, `${value.keyword} takes ${meaning} as 1 to ${maxDigits} digits, not '${text.slice(start, end)}'.`);
    return;
  }
  if (end - start > maxDigits) {
    reportValue(value, start, end, `${value.keyword} takes at most ${maxDigits} digits; '${text.slice(start, end)}' has ${end - start}.`);
  }
}

/** Checks xtext (ENVID, AUTH) and an optional maximum length in characters. */
export function checkXtextValue(value: ParameterValue, maxLength?: number): void {
  if (!checkXtext(value, value.start, value.end)) return;
  const length = value.end - value.start;
  if (maxLength !== undefined && length > maxLength) {
    reportValue(value, value.start, value.end, `The ${value.keyword} value is ${length} characters long; the limit is ${maxLength}.`);
  }
}

const NOTIFY_EVENTS = ['SUCCESS', 'FAILURE', 'DELAY'];

/** Checks `NOTIFY=NEVER` or a comma-separated list of SUCCESS, FAILURE and DELAY (RFC 3461 §4.1). */
export function checkNotify(value: ParameterValue): void {
  const { text, start, end } = value;
  const seen = new Set<string>();
  let itemStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.code(i) !== 0x2c) continue;
    const item = text.slice(itemStart, i).toUpperCase();
    if (item === 'NEVER' && (itemStart !== start || i !== end)) {
      reportValue(value, start, end, 'NOTIFY=NEVER turns all notifications off, so it cannot be combined with SUCCESS, FAILURE or DELAY.');
      return;
    }
    if (item !== 'NEVER' && !NOTIFY_EVENTS.includes(item)) {
      reportValue(value, itemStart, Math.max(i, itemStart + 1),
        item === '' ? 'The NOTIFY list has an empty item; separate the events by single commas.'
          : `NOTIFY takes NEVER, or a comma-separated list of SUCCESS, FAILURE and DELAY; '${text.slice(itemStart, i)}' is none of them.`);
      return;
    }
    if (seen.has(item)) {
      reportValue(value, itemStart, i, `NOTIFY lists ${item} twice; list each event once.`);
      return;
    }
    seen.add(item);
    itemStart = i + 1;
  }
}

/** Checks `ORCPT=addr-type;xtext` (RFC 3461 §4.2), for example `ORCPT=rfc822;user@example.com`. */
export function checkOrcpt(value: ParameterValue): void {
  const { text, start, end } = value;
  let semicolon = -1;
  for (let i = start; i < end && semicolon === -1; i++) if (text.code(i) === 0x3b) semicolon = i;
  if (semicolon === -1) {
    const written = text.slice(start, end);
    const address = written.startsWith('<') && written.endsWith('>') ? written.slice(1, -1) : written;
    const rewrite = `rfc822;${toXtext(address)}`;
    reportValue(value, start, end, `ORCPT takes an address type, ';' and the original address, as in 'ORCPT=${rewrite}'.`,
      address.includes('@') ? [{ description: `Replace with '${rewrite}'.`, edits: [{ start, end, text: rewrite }] }] : []);
    return;
  }
  if (semicolon === start) {
    reportValue(value, start, start + 1, "ORCPT needs an address type before ';', usually rfc822: 'ORCPT=rfc822;…'.");
    return;
  }
  for (let i = start; i < semicolon; i++) {
    if (isAsciiAtext(text.code(i))) continue;
    reportValue(value, i, i + 1, `The ORCPT address type may not contain ${describeCharacter(text.text, i)}; it is an atom such as rfc822.`);
    return;
  }
  if (semicolon + 1 === end) {
    reportValue(value, semicolon, end, "ORCPT has no address after ';'. Give the original recipient, as in 'ORCPT=rfc822;user@example.com'.");
    return;
  }
  checkXtext(value, semicolon + 1, end, text.slice(start, semicolon).toLowerCase() === 'utf-8');
}

/** Checks MT-PRIORITY, an integer from -9 to 9 with an optional sign (RFC 6710). */
export function checkPriority(value: ParameterValue): void {
  const { text, start, end } = value;
  const signed = text.code(start) === 0x2b || text.code(start) === 0x2d;
  const digitStart = signed ? start + 1 : start;
  if (end - digitStart === 1 && isDigit(text.code(digitStart))) return;
  reportValue(value, start, end, `MT-PRIORITY takes a whole number from -9 to 9, not '${text.slice(start, end)}'.`);
}

/**
 * Checks `BY=by-time;by-mode[by-trace]` (RFC 2852): by-time is an optional sign and 1 to 9
 * digits of seconds, by-mode is N (notify) or R (return), and T requests trace information.
 */
export function checkDeliverBy(value: ParameterValue): void {
  const { text, start, end } = value;
  const example = "as in 'BY=3600;R' or 'BY=3600;NT'";

  let i = start;
  const negative = text.code(i) === 0x2d;
  if (negative || text.code(i) === 0x2b) i++;
  const digitStart = i;
  let seconds = 0;
  while (i < end && isDigit(text.code(i))) {
    seconds = seconds * 10 + text.code(i) - 0x30;
    i++;
  }

  if (i === digitStart || i - digitStart > 9) {
    reportValue(value, start, Math.max(i, start + 1), `BY starts with the time limit in seconds, 1 to 9 digits with an optional sign, ${example}.`);
    return;
  }
  if (i === end) {
    reportValue(value, start, end, `BY needs ';' and a mode after the time, ${example}.`);
    return;
  }
  if (text.code(i) !== 0x3b) {
    reportValue(value, i, i + 1, `BY needs ';' right after the time, then the mode, ${example}.`);
    return;
  }

  const mode = text.slice(i + 1, end).toUpperCase();
  if (!['N', 'R', 'NT', 'RT'].includes(mode)) {
    reportValue(value, i, end, `The BY mode is N (notify) or R (return), optionally followed by T (trace), ${example}.`);
    return;
  }
  if (mode.startsWith('R') && (negative || seconds === 0)) {
    reportValue(value, start, i, 'With mode R (return the message) the BY time must be greater than zero (RFC 2852).');
  }
}

/** Checks HOLDUNTIL, an RFC 3339 date-time (RFC 4865, as corrected by its erratum 2040). */
export function checkHoldUntil(value: ParameterValue): void {
  const fault = findDateTimeFault(value.text, value.start, value.end);
  if (fault === undefined) return;
  reportValue(value, Math.min(fault.at, value.end - 1), Math.min(value.end, fault.at + 1),
    `HOLDUNTIL takes an RFC 3339 date-time such as 2030-01-31T09:30:00Z; expected ${fault.expected} at offset ${fault.at - value.start} of the value.`);
}

function listChoices(choices: readonly string[]): string {
  if (choices.length <= 2) return choices.join(' or ');
  return `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;
}

function reportValue(value: ParameterValue, start: number, end: number, message: string, suggestions: readonly Suggestion[] = []): void {
  addProblem(value.problems, 'invalid-parameter-value', 'parameter', { start, end }, REPLIES.syntaxInArguments, message,
    suggestions.length > 0 ? { suggestions } : {});
}
