import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { Edit } from '../smtp/index.js';
import type { StaticString, StringSegment } from './static-string.js';

/** Finds the segment holding offset `offset`; `preferEnd` picks the earlier one at a boundary. */
function segmentAt(value: StaticString, offset: number, preferEnd: boolean): StringSegment | undefined {
  const segments = value.segments;
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle]!;
    if (offset < segment.start || (preferEnd && offset === segment.start && offset > 0)) high = middle - 1;
    else if (offset > segment.end || (!preferEnd && offset === segment.end && offset < value.text.length)) low = middle + 1;
    else return segment;
  }
  return undefined;
}

/** Returns the source range `[start, end)` of text offsets `[start, end)` when one literal spells them all. */
function exactRange(value: StaticString, start: number, end: number): { range: [number, number]; segment: StringSegment } | undefined {
  const first = segmentAt(value, start, false);
  const last = start === end ? first : segmentAt(value, end, true);
  if (first === undefined || first !== last || first.source === undefined) return undefined;
  const source = first.source;
  const from = start - first.start;
  const to = end - first.start;
  if (from === to) return { range: [source.starts[from]!, source.starts[from]!], segment: first };
  return { range: [source.starts[from]!, source.ends[to - 1]!], segment: first };
}

/**
 * Returns the location to report text offsets `[start, end)` at: the exact characters when one
 * literal spells them, otherwise the nodes of every segment they touch. Approximate: never use
 * it for fixes.
 */
export function locateReport(sourceCode: Readonly<SourceCode>, value: StaticString, start: number, end: number): TSESTree.SourceLocation {
  const exact = exactRange(value, start, end);
  if (exact !== undefined) {
    return { start: sourceCode.getLocFromIndex(exact.range[0]), end: sourceCode.getLocFromIndex(exact.range[1]) };
  }

  const touched = value.segments.filter((segment) =>
    start === end ? segment.start <= start && start <= segment.end : segment.start < end && start < segment.end);
  const first = touched[0] ?? value.segments[0]!;
  const last = touched[touched.length - 1] ?? value.segments[value.segments.length - 1]!;
  return {
    start: sourceCode.getLocFromIndex(textRange(first.node)[0]),
    end: sourceCode.getLocFromIndex(Math.max(textRange(first.node)[1], textRange(last.node)[1])),
  };
}

/** Escapes replacement text for the literal it goes into, so the cooked value gets exactly `text`. */
export function escapeForLiteral(text: string, quote: '"' | "'" | '`'): string {
  let escaped = '';
  for (let i = 0; i < text.length; i++) {
    const character = text[i]!;
    const code = character.charCodeAt(0);
    if (character === '\\' || character === quote) escaped += `\\${character}`;
    else if (character === '\r') escaped += '\\r';
    else if (character === '\n') escaped += '\\n';
    else if (character === '$' && quote === '`' && text[i + 1] === '{') escaped += '\\$';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) escaped += `\\u${code.toString(16).padStart(4, '0')}`;
    else escaped += character;
  }
  return escaped;
}

/**
 * Turns grammar edits into ESLint fixes. Returns undefined when any edit is not inside one
 * literal of this use, because a fix must be exact or absent.
 */
export function buildFix(value: StaticString, edits: readonly Edit[]): ((fixer: RuleFixer) => RuleFix[]) | undefined {
  const ranges: { range: [number, number]; text: string }[] = [];
  for (const edit of edits) {
    const exact = exactRange(value, edit.start, edit.end);
    if (exact?.segment.quote === undefined) return undefined;
    const text = escapeForLiteral(edit.text, exact.segment.quote);
    if (createsInterpolation(exact.segment, exact.range, text)) return undefined;
    ranges.push({ range: exact.range, text });
  }
  return (fixer) => ranges.map(({ range, text }) => fixer.replaceTextRange(range, text));
}

/**
 * Returns true when replacing `range` with `text` inside a template would join a '$' and a '{'
 * into a new `${`, as removing the space from `a$ {b}` does: the fix would then read a variable.
 */
function createsInterpolation(segment: StringSegment, range: [number, number], text: string): boolean {
  if (segment.quote !== '`' || segment.node.type !== AST_NODE_TYPES.TemplateElement) return false;
  const raw = segment.node.value.raw;
  const bodyStart = segment.node.range[0] + 1;
  const before = raw[range[0] - bodyStart - 1] ?? '';
  const after = raw[range[1] - bodyStart] ?? '';
  const replaced = raw.slice(range[0] - bodyStart, range[1] - bodyStart);
  return `${before}${text}${after}`.includes('${') && !`${before}${replaced}${after}`.includes('${');
}

/** Returns a node's source range, without the `` ` ``, `}` and `${` that delimit a template element. */
function textRange(node: TSESTree.Node): [number, number] {
  if (node.type !== AST_NODE_TYPES.TemplateElement) return node.range;
  return [node.range[0] + 1, node.range[1] - (node.tail ? 1 : 2)];
}
