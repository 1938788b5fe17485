import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { HOLE_PLACEHOLDER } from '../smtp/index.js';
import { readCharSource, type CharSource } from './char-source.js';
import { findConstBinding } from './const-binding.js';

/** A piece of a resolved string and where it came from in the source. */
export interface StringSegment {
  /** Offsets of the piece in `StaticString.text`, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The node to report on when the exact characters cannot be located. */
  readonly node: TSESTree.Node;
  /** Exact source positions of each code unit; absent for holes and for literals shared by several uses. */
  readonly source?: CharSource;
  /** The literal's quote, which replacement text must be escaped for. */
  readonly quote?: '"' | "'" | '`';
  readonly isHole: boolean;
}

/**
 * The value of a string expression as far as it is known before run time: parts that are not
 * constant are holes, one placeholder code unit each, listed in `holes`.
 */
export interface StaticString {
  readonly text: string;
  readonly holes: readonly number[];
  readonly segments: readonly StringSegment[];
}

const MAX_DEPTH = 20;
/**
 * Budgets of one resolution. Constants can multiply: `const e1 = e0 + e0 + e0` and so on up to
 * `e16` spell 86 million characters in a few lines. Past either budget the rest becomes a hole,
 * so the known prefix is still checked and the work stays bounded.
 */
const MAX_STATIC_LENGTH = 1_000_000;
const MAX_VISITS = 100_000;

/** The remaining budgets. The strings of one object may share one budget. */
export interface ResolveBudget {
  length: number;
  visits: number;
}

/** Returns a fresh budget for one resolution. */
export function createResolveBudget(): ResolveBudget {
  return { length: MAX_STATIC_LENGTH, visits: MAX_VISITS };
}

interface Builder {
  readonly sourceCode: Readonly<SourceCode>;
  readonly segments: StringSegment[];
  readonly holes: number[];
  text: string;
  readonly budget: ResolveBudget;
  /** Declarators of the consts being inlined, so a const that refers to itself becomes a hole. */
  readonly visiting: Set<TSESTree.VariableDeclarator>;
}

/**
 * Resolves a string expression into known text and holes; undefined when nothing is known.
 * `shared` is the node to report on when `node` sits in a constant that other code also uses.
 */
export function resolveStaticString(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  shared?: TSESTree.Node,
  budget: ResolveBudget = createResolveBudget(),
): StaticString | undefined {
  const builder: Builder = { sourceCode, segments: [], holes: [], text: '', budget, visiting: new Set() };
  appendExpression(builder, node, shared, 0);
  if (builder.segments.every((segment) => segment.isHole)) return undefined;
  return { text: builder.text, holes: builder.holes, segments: builder.segments };
}

function appendText(builder: Builder, value: string, node: TSESTree.Node, source?: CharSource, quote?: StringSegment['quote']): void {
  if (value.length > builder.budget.length) {
    appendHole(builder, node);
    return;
  }
  builder.budget.length -= value.length;
  const start = builder.text.length;
  builder.text += value;
  builder.segments.push({ start, end: builder.text.length, node, source, quote, isHole: false });
}

function appendHole(builder: Builder, node: TSESTree.Node): void {
  const start = builder.text.length;
  builder.holes.push(start);
  builder.text += HOLE_PLACEHOLDER;
  builder.segments.push({ start, end: start + 1, node, isHole: true });
}

/**
 * Appends `node`'s value. `shared` is set while reading a constant that other code also uses:
 * its literal is not this use's to change, so every piece then reports on `shared` instead.
 */
function appendExpression(builder: Builder, node: TSESTree.Node, shared: TSESTree.Node | undefined, depth: number): void {
  builder.budget.visits--;
  if (depth > MAX_DEPTH || builder.budget.visits < 0 || builder.budget.length <= 0) {
    appendHole(builder, shared ?? node);
    return;
  }

  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      if (typeof node.value === 'string') appendStringLiteral(builder, node, shared);
      else if (typeof node.value === 'number' || typeof node.value === 'bigint') appendText(builder, String(node.value), shared ?? node);
      else appendHole(builder, shared ?? node);
      return;
    case AST_NODE_TYPES.TemplateLiteral:
      appendTemplate(builder, node, shared, depth);
      return;
    case AST_NODE_TYPES.BinaryExpression:
      if (node.operator !== '+') break;
      // The operands of one `+` chain cannot form a cycle, so only constants and templates add depth.
      appendExpression(builder, node.left, shared, depth);
      appendExpression(builder, node.right, shared, depth);
      return;
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
      appendExpression(builder, node.expression, shared, depth);
      return;
    case AST_NODE_TYPES.Identifier:
      appendConstant(builder, node, shared, depth);
      return;
    default:
      break;
  }
  appendHole(builder, shared ?? node);
}

function appendStringLiteral(builder: Builder, node: TSESTree.StringLiteral, shared: TSESTree.Node | undefined): void {
  const quote = node.raw.startsWith('"') ? '"' : "'";
  const source = shared === undefined ? readCharSource(node.raw.slice(1, -1), node.range[0] + 1, false) : undefined;
  appendText(builder, node.value, shared ?? node, source?.value === node.value ? source : undefined, quote);
}

function appendTemplate(builder: Builder, node: TSESTree.TemplateLiteral, shared: TSESTree.Node | undefined, depth: number): void {
  const text = builder.sourceCode.text;
  node.quasis.forEach((quasi, index) => {
    // Untagged templates always have a cooked value; a tagged one is never resolved here.
    const cooked = quasi.value.cooked ?? '';
    const bodyEnd = quasi.range[1] - (quasi.tail ? 1 : 2);
    const source = shared === undefined ? readCharSource(text.slice(quasi.range[0] + 1, bodyEnd), quasi.range[0] + 1, true) : undefined;
    if (cooked.length > 0) appendText(builder, cooked, shared ?? quasi, source?.value === cooked ? source : undefined, '`');

    const expression = node.expressions[index];
    if (expression !== undefined) appendExpression(builder, expression, shared, depth + 1);
  });
}

/**
 * Inlines a `const` bound to a constant string. Its literal takes the report only when this is
 * its single use and it is not exported; otherwise the report stays on the identifier.
 */
function appendConstant(builder: Builder, node: TSESTree.Identifier, shared: TSESTree.Node | undefined, depth: number): void {
  const binding = findConstBinding(builder.sourceCode, node);
  if (binding === undefined || builder.visiting.has(binding.declarator)) {
    appendHole(builder, shared ?? node);
    return;
  }

  const ownsLiteral = binding.singleUse && shared === undefined;
  builder.visiting.add(binding.declarator);
  appendExpression(builder, binding.init, ownsLiteral ? undefined : (shared ?? node), depth + 1);
  builder.visiting.delete(binding.declarator);
}
