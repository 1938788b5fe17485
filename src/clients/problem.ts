import type { TSESTree } from '@typescript-eslint/utils';
import type { StaticString } from '../ast/static-string.js';
import type { Edit, Reply, SmtpProblem } from '../smtp/index.js';

/** A replacement of source characters, for fixes that rewrite more than one literal's text. */
export interface SourceEdit {
  readonly range: readonly [number, number];
  readonly text: string;
}

/** Edits inside one resolved string, in its text offsets, or edits of the source itself. */
export type ClientFix =
  | { readonly value: StaticString; readonly edits: readonly Edit[] }
  | { readonly source: readonly SourceEdit[] };

/** The place a problem is reported at: characters of a resolved string, or a whole node. */
export type ProblemTarget =
  | { readonly value: StaticString; readonly start: number; readonly end: number }
  | { readonly node: TSESTree.Node };

/** A fault in a value handed to a mail library, with what the library or the server does with it. */
export interface ClientProblem {
  readonly kind: string;
  readonly target: ProblemTarget;
  /** Plain sentences: what the library sends and how to fix the code. */
  readonly message: string;
  /** The reply a strict server sends, when the value reaches one. */
  readonly reply?: Reply;
  /** A fix that keeps the mailbox the same. */
  readonly fix?: ClientFix;
  readonly suggestions?: readonly { readonly description: string; readonly fix: ClientFix }[];
}

/**
 * Turns a grammar problem found in `text.slice(offset)` into one on `value`. `prefix` counts
 * the characters the check put before the value, such as `MAIL FROM:`. Edits that reach into
 * them are dropped, and the problem moves inside the value.
 */
export function fromGrammarProblem(problem: SmtpProblem, value: StaticString, offset: number, length: number, prefix = 0): ClientProblem {
  const shift = (position: number): number => Math.min(Math.max(position - prefix, 0), length) + offset;
  const toFix = (edits: readonly Edit[] | undefined): ClientFix | undefined => {
    if (edits === undefined || edits.some((edit) => edit.start < prefix || edit.end > prefix + length)) return undefined;
    return { value, edits: edits.map((edit) => ({ start: edit.start - prefix + offset, end: edit.end - prefix + offset, text: edit.text })) };
  };
  const suggestions = (problem.suggestions ?? []).flatMap((suggestion) => {
    const fix = toFix(suggestion.edits);
    return fix === undefined ? [] : [{ description: suggestion.description, fix }];
  });
  return {
    kind: problem.kind,
    target: { value, start: shift(problem.start), end: shift(problem.end) },
    message: problem.message,
    reply: problem.reply,
    fix: toFix(problem.fix),
    suggestions,
  };
}

/** Returns the text and hole offsets of `value.text.slice(start, end)`, for a grammar check. */
export function sliceText(value: StaticString, start: number, end: number, prefix = ''): { text: string; holes: number[] } {
  const holes = value.holes.filter((hole) => hole >= start && hole < end).map((hole) => hole - start + prefix.length);
  return { text: prefix + value.text.slice(start, end), holes };
}

const MAX_PROBLEMS_PER_VALUE = 3;

/**
 * Keeps the first problem of each kind, and a few in all. One address or host name with a fault
 * in each of its 100 000 characters would otherwise get a report for each character.
 */
export function limitProblems<Problem extends { readonly kind: string }>(problems: readonly Problem[]): Problem[] {
  const kinds = new Set<string>();
  const kept: Problem[] = [];
  for (const problem of problems) {
    if (kinds.has(problem.kind)) continue;
    kinds.add(problem.kind);
    kept.push(problem);
    if (kept.length === MAX_PROBLEMS_PER_VALUE) break;
  }
  return kept;
}

const MAX_QUOTED = 60;

/** Shortens a value quoted in a message, so a 100 KB string does not go into every report. */
export function quoteText(text: string): string {
  return text.length <= MAX_QUOTED ? text : `${text.slice(0, MAX_QUOTED - 1)}…`;
}
