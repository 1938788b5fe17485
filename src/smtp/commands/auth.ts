import { describeCharacter, isAlpha, isDigit } from '../chars.js';
import { addProblem } from '../context.js';
import type { Edit } from '../problem.js';
import { REPLIES } from '../reply.js';
import { findWordEnd, readArgumentStart, reportExtraArguments, reportMissingArgument, skipSpaces, type CommandSpan } from './arguments.js';

const MAX_MECHANISM_LENGTH = 20;

/**
 * Checks `AUTH SP sasl-mech [SP initial-response]` (RFC 4954 §4): a mechanism name of 1 to 20
 * upper-case letters, digits, '-' and '_', then base64 or a single '=' for an empty response.
 */
export function checkAuthCommand(span: CommandSpan): void {
  const { text, end } = span;
  const mechanismStart = readArgumentStart(span);
  if (mechanismStart === end) {
    reportMissingArgument(span, "AUTH needs a SASL mechanism name, as in 'AUTH PLAIN' or 'AUTH LOGIN'.");
    return;
  }

  const mechanismEnd = findWordEnd(text, mechanismStart, end);
  if (text.hasHole(mechanismStart, mechanismEnd)) return;
  checkMechanism(span, mechanismStart, mechanismEnd);

  const responseStart = skipSpaces(text, mechanismEnd, end);
  if (responseStart === end || text.hasHole(mechanismEnd, end)) return;
  const responseEnd = findWordEnd(text, responseStart, end);
  checkInitialResponse(span, responseStart, responseEnd);
  if (responseEnd < end) {
    reportExtraArguments(span, responseEnd, 'AUTH takes a mechanism and at most one initial response; remove the words after the response.');
  }
}

function checkMechanism(span: CommandSpan, start: number, end: number): void {
  const text = span.text;
  const name = text.slice(start, end);
  for (let i = start; i < end; i++) {
    const code = text.code(i);
    if (isAlpha(code) || isDigit(code) || code === 0x2d || code === 0x5f) continue;
    addProblem(span.problems, 'invalid-sasl-mechanism', 'command', { start: i, end: i + 1 }, REPLIES.syntaxInArguments,
      `A SASL mechanism name contains only upper-case letters, digits, '-' and '_'; '${name}' contains ${describeCharacter(text.text, i)}.`);
    return;
  }
  if (end - start > MAX_MECHANISM_LENGTH) {
    addProblem(span.problems, 'invalid-sasl-mechanism', 'command', { start, end }, REPLIES.syntaxInArguments,
      `The SASL mechanism name '${name}' is ${end - start} characters long; the limit is ${MAX_MECHANISM_LENGTH}.`);
    return;
  }
  if (name !== name.toUpperCase()) {
    addProblem(span.problems, 'invalid-sasl-mechanism', 'command', { start, end }, REPLIES.syntaxInArguments,
      `SASL mechanism names are upper case: write '${name.toUpperCase()}'.`,
      { fix: [{ start, end, text: name.toUpperCase() }] });
  }
}

function isBase64Character(code: number): boolean {
  return isAlpha(code) || isDigit(code) || code === 0x2b || code === 0x2f;
}

/** Checks `base64 / "="` (RFC 4954 §4): groups of four characters, '=' padding only at the end. */
function checkInitialResponse(span: CommandSpan, start: number, end: number): void {
  const text = span.text;
  if (end - start === 1 && text.code(start) === 0x3d) return;

  let dataEnd = end;
  while (dataEnd > start && end - dataEnd < 2 && text.code(dataEnd - 1) === 0x3d) dataEnd--;
  for (let i = start; i < dataEnd; i++) {
    const code = text.code(i);
    if (isBase64Character(code)) continue;
    const hint = code === 0x2d || code === 0x5f
      ? " It is base64url; SASL uses standard base64, with '+' and '/'."
      : code === 0x3d ? " '=' is padding and may only end the response." : '';
    addProblem(span.problems, 'invalid-initial-response', 'command', { start: i, end: i + 1 }, REPLIES.syntaxInArguments,
      `The AUTH initial response must be base64, or '=' for an empty response; it contains ${describeCharacter(text.text, i)}.${hint}`);
    return;
  }

  const length = end - start;
  if (length % 4 === 0) return;
  const padding = 4 - (dataEnd - start) % 4;
  // Padding completes a final group of two or three characters; a group of one is truncated data.
  const fix: Edit[] | undefined = dataEnd === end && padding <= 2 ? [{ start: end, end, text: '='.repeat(padding) }] : undefined;
  addProblem(span.problems, 'invalid-initial-response', 'command', { start, end }, REPLIES.syntaxInArguments,
    `The AUTH initial response is ${length} ${length === 1 ? 'character' : 'characters'} long, not a multiple of 4: base64 ends with '=' padding` +
      (fix ? `; append '${'='.repeat(padding)}'.` : '. Check that the response was encoded in full.'),
    fix ? { fix } : {});
}
