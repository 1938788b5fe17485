import { isHighSurrogate, isLowSurrogate } from './chars.js';
import type { Edit, SmtpProblem, Suggestion } from './problem.js';

/** Returns true when `offset` falls between the two halves of a surrogate pair in `text`. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/**
 * Widens `[start, end)` to whole code points. An empty range inside a pair moves to just before
 * the pair instead, so that an insertion never lands between its halves.
 */
function widen(text: string, start: number, end: number): { start: number; end: number } {
  if (start === end) {
    const at = splitsPair(text, start) ? start - 1 : start;
    return { start: at, end: at };
  }
  return { start: splitsPair(text, start) ? start - 1 : start, end: splitsPair(text, end) ? end + 1 : end };
}

function alignEdits(text: string, edits: readonly Edit[]): readonly Edit[] {
  if (!edits.some((edit) => splitsPair(text, edit.start) || splitsPair(text, edit.end))) return edits;
  return edits.map((edit) => ({ ...edit, ...widen(text, edit.start, edit.end) }));
}

function alignSuggestions(text: string, suggestions: readonly Suggestion[]): readonly Suggestion[] {
  return suggestions.map((suggestion) => ({ ...suggestion, edits: alignEdits(text, suggestion.edits) }));
}

/**
 * Widens every problem range and every edit range that splits a surrogate pair to the whole
 * character, because an editor cannot underline or replace half of one. An edit that covered
 * half a character now replaces all of it, which is what the grammar meant by that range.
 * The productions measure in UTF-16 code units, and this one final pass spares each of them the
 * check. It takes time linear in the number of problems and edits.
 */
export function alignToCodePoints(text: string, problems: readonly SmtpProblem[]): SmtpProblem[] {
  return problems.map((problem) => {
    const { fix, suggestions } = problem;
    return {
      ...problem,
      ...widen(text, problem.start, problem.end),
      ...(fix === undefined ? {} : { fix: alignEdits(text, fix) }),
      ...(suggestions === undefined ? {} : { suggestions: alignSuggestions(text, suggestions) }),
    };
  });
}
