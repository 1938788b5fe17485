import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

/** A test of an SMTP reply against one reply code, such as `code === 250` or `line.startsWith('252')`. */
export interface ReplyComparison {
  readonly node: TSESTree.Node;
  readonly code: number;
  /** True for `===`/`==`/startsWith, false for `!==`/`!=`. */
  readonly equal: boolean;
  /** True for a test of a reply class, such as `code >= 200` or `reply[0] === '2'`, which accepts 252. */
  readonly range: boolean;
}

const EQUALITY = new Set(['===', '==']);
const INEQUALITY = new Set(['!==', '!=']);
const RELATIONAL = new Set(['<', '<=', '>', '>=']);

// The first digit alone, as in `reply[0] === '2'` or `Math.floor(code / 100) === 2`.
function isSuccessClass(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal && (node.value === 2 || node.value === '2');
}

function replyCodeOf(node: TSESTree.Node): number | undefined {
  if (node.type !== AST_NODE_TYPES.Literal) return undefined;
  const value = typeof node.value === 'number' ? node.value : typeof node.value === 'string' && /^\d{3}$/.test(node.value) ? Number(node.value) : undefined;
  return value !== undefined && value >= 200 && value <= 599 ? value : undefined;
}

/** Reads a comparison of a value with a reply code literal; undefined for anything else. */
export function readReplyComparison(node: TSESTree.BinaryExpression | TSESTree.CallExpression): ReplyComparison | undefined {
  if (node.type === AST_NODE_TYPES.BinaryExpression) {
    const equal = EQUALITY.has(node.operator);
    if (equal && (isSuccessClass(node.right) || isSuccessClass(node.left))) return { node, code: 200, equal, range: true };
    const code = replyCodeOf(node.right) ?? replyCodeOf(node.left);
    if (code === undefined) return undefined;
    // Only a bound of the 2yz class ('code >= 200', 'code < 300') accepts 252; 'code >= 500' does not.
    if (RELATIONAL.has(node.operator)) return code >= 200 && code <= 300 ? { node, code, equal: false, range: true } : undefined;
    if (!equal && !INEQUALITY.has(node.operator)) return undefined;
    return { node, code, equal, range: false };
  }

  const callee = node.callee;
  const argument = node.arguments[0];
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.property.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (callee.property.name !== 'startsWith' || argument === undefined) return undefined;
  if (isSuccessClass(argument)) return { node, code: 200, equal: true, range: true };
  const code = replyCodeOf(argument);
  if (code === undefined) return undefined;
  return { node, code, equal: true, range: false };
}

/**
 * Returns true when the branch taken on `comparison` being true reports failure: it throws,
 * returns false, or passes an Error on. Used to find code that treats a reply as a failure.
 */
export function leadsToFailure(comparison: TSESTree.Node): boolean {
  const statement = comparison.parent;
  if (statement?.type !== AST_NODE_TYPES.IfStatement || statement.test !== comparison) return false;
  return containsFailure(statement.consequent, 0);
}

function containsFailure(node: TSESTree.Node, depth: number): boolean {
  if (depth > 4) return false;
  switch (node.type) {
    case AST_NODE_TYPES.ThrowStatement:
      return true;
    case AST_NODE_TYPES.ReturnStatement:
      return node.argument?.type === AST_NODE_TYPES.Literal && node.argument.value === false;
    case AST_NODE_TYPES.BlockStatement:
      return node.body.some((statement) => containsFailure(statement, depth + 1));
    case AST_NODE_TYPES.ExpressionStatement:
      return containsFailure(node.expression, depth + 1);
    case AST_NODE_TYPES.CallExpression:
      return node.arguments.some((argument) => argument.type === AST_NODE_TYPES.NewExpression &&
        argument.callee.type === AST_NODE_TYPES.Identifier && argument.callee.name.endsWith('Error')) ||
        (node.arguments[0]?.type === AST_NODE_TYPES.Literal && node.arguments[0].value === false);
    default:
      return false;
  }
}
