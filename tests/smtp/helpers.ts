import { HOLE_PLACEHOLDER, type Edit, type SmtpProblem, type SmtpText } from '../../src/smtp/index.js';

// Replies as a strict server writes them, the reply code followed by the enhanced status code.
export const BAD_SENDER = '501 5.1.7';
export const BAD_RECIPIENT = '501 5.1.3';
export const BAD_ARGUMENTS = '501 5.5.4';
export const UNRECOGNIZED = '500 5.5.2';
export const NON_ASCII = '553 5.6.7';

/** A problem reduced to what the grammar tests pin down: kind, exact offsets and the reply. */
export interface ProblemSummary {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  readonly reply: string;
}

export function problem(kind: string, start: number, end: number, reply: string): ProblemSummary {
  return { kind, start, end, reply };
}

export function summarize(problems: readonly SmtpProblem[]): ProblemSummary[] {
  return problems.map((found) => problem(found.kind, found.start, found.end, `${found.reply.code} ${found.reply.enhanced}`));
}

/** Returns the single problem of `kind`, failing when there is none or more than one. */
export function findProblem(problems: readonly SmtpProblem[], kind: string): SmtpProblem {
  const matches = problems.filter((found) => found.kind === kind);
  if (matches.length !== 1) {
    throw new Error(`Expected one '${kind}' problem, found ${matches.length}: ${problems.map((found) => found.kind).join(', ')}.`);
  }
  return matches[0]!;
}

/**
 * Applies edits the way ESLint applies a fix, with all offsets in the original text.
 * Overlapping edits make the result ambiguous, so they fail the test.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let position = 0;
  for (const edit of sorted) {
    if (edit.start < position) throw new Error(`The edit at ${edit.start} overlaps the edit that ends at ${position}.`);
    result += text.slice(position, edit.start) + edit.text;
    position = edit.end;
  }
  return result + text.slice(position);
}

/** Applies the `fix` edits of every problem, as `eslint --fix` does in one pass. */
export function applyFixes(text: string, problems: readonly SmtpProblem[]): string {
  return applyEdits(text, problems.flatMap((found) => found.fix ?? []));
}

/**
 * Builds the `{ text, holes }` that a template literal becomes when its substitutions are
 * unknown. For example, template`MAIL FROM:<${'from'}>` puts one hole in place of `${'from'}`.
 */
export function template(strings: TemplateStringsArray, ...values: unknown[]): SmtpText {
  let text = strings[0] ?? '';
  const holes: number[] = [];
  for (let i = 0; i < values.length; i++) {
    holes.push(text.length);
    text += HOLE_PLACEHOLDER + (strings[i + 1] ?? '');
  }
  return { text, holes };
}

/** Builds an LDH domain of exactly `octets` characters from labels of at most 62 letters. */
export function domainOfLength(octets: number): string {
  const labels: string[] = [];
  let remaining = octets;
  let letter = 0;
  while (remaining > 63) {
    labels.push(String.fromCharCode(0x61 + (letter++ % 26)).repeat(62));
    remaining -= 63;
  }
  labels.push(String.fromCharCode(0x61 + (letter % 26)).repeat(remaining));
  return labels.join('.');
}
