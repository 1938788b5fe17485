import { describeCharacter, isHexDigit, isNonAscii } from './chars.js';
import { addProblem } from './context.js';
import type { Edit, SmtpProblem } from './problem.js';
import { REPLIES } from './reply.js';
import type { CheckedText } from './text.js';

/** The value of one ESMTP parameter, `[start, end)` after its '=', being checked for meaning. */
export interface ParameterValue {
  readonly text: CheckedText;
  /** The keyword as written, for messages. */
  readonly keyword: string;
  readonly start: number;
  readonly end: number;
  readonly problems: SmtpProblem[];
}

function isUpperHexDigit(code: number): boolean {
  return isHexDigit(code) && !(code >= 0x61 && code <= 0x66);
}

const UTF8_ENCODER = new TextEncoder();

/** Encodes one code point as xtext: its UTF-8 octets as `+HH`. */
function encodeAsXtext(character: string): string {
  let encoded = '';
  for (const octet of UTF8_ENCODER.encode(character)) encoded += `+${octet.toString(16).toUpperCase().padStart(2, '0')}`;
  return encoded;
}

/**
 * Checks xtext (RFC 3461 §4): each character is '!' to '~' other than '+' and '=', or '+' and two
 * upper-case hex digits. Reports the first fault; returns true when there is none.
 * `allowNonAscii` admits UTF-8 text, as RFC 6533 allows in an ORCPT of type utf-8.
 */
export function checkXtext(value: ParameterValue, start: number, end: number, allowNonAscii = false): boolean {
  const { text } = value;
  const lowerCaseEscapes: Edit[] = [];
  for (let i = start; i < end; i++) {
    const code = text.code(i);
    if (code === 0x2b) {
      const first = i + 1 < end ? text.code(i + 1) : -1;
      const second = i + 2 < end ? text.code(i + 2) : -1;
      if (!isHexDigit(first) || !isHexDigit(second)) {
        addProblem(value.problems, 'invalid-xtext', 'parameter', { start: i, end: Math.min(end, i + 3) }, REPLIES.syntaxInArguments,
          `In the ${value.keyword} value, '+' must start a hex escape such as '+2B'; write '+2B' for a literal '+'.`,
          { suggestions: [{ description: "Replace '+' with '+2B'.", edits: [{ start: i, end: i + 1, text: '+2B' }] }] });
        return false;
      }
      if (!isUpperHexDigit(first) || !isUpperHexDigit(second)) {
        lowerCaseEscapes.push({ start: i + 1, end: i + 3, text: text.slice(i + 1, i + 3).toUpperCase() });
      }
      i += 2;
    } else if (code >= 0x21 && code <= 0x7e && code !== 0x3d) {
      continue;
    } else if (allowNonAscii && isNonAscii(code)) {
      continue;
    } else {
      const character = String.fromCodePoint(text.text.codePointAt(i) ?? code);
      addProblem(value.problems, 'invalid-xtext', 'parameter', { start: i, end: i + character.length }, REPLIES.syntaxInArguments,
        `The ${value.keyword} value contains ${describeCharacter(text.text, i)}; xtext allows only printable ASCII, so encode it as '${encodeAsXtext(character)}'.`,
        { suggestions: [{ description: `Replace with '${encodeAsXtext(character)}'.`, edits: [{ start: i, end: i + character.length, text: encodeAsXtext(character) }] }] });
      return false;
    }
  }

  const first = lowerCaseEscapes[0];
  if (first === undefined) return true;
  addProblem(value.problems, 'invalid-xtext', 'parameter', { start: first.start - 1, end: first.end }, REPLIES.syntaxInArguments,
    `xtext escapes use upper-case hex digits (RFC 3461 §4): write '+${first.text}', not '+${text.slice(first.start, first.end)}'.`,
    { fix: lowerCaseEscapes });
  return false;
}

/** Returns `text` encoded as xtext, for suggestions that rewrite a value. */
export function toXtext(raw: string): string {
  let encoded = '';
  for (const character of raw) {
    const code = character.codePointAt(0) ?? 0;
    encoded += code >= 0x21 && code <= 0x7e && code !== 0x2b && code !== 0x3d ? character : encodeAsXtext(character);
  }
  return encoded;
}
