import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

/** The names of a member chain such as `this.client.send`, and whether it starts at a name or `this`. */
export interface CalleePath {
  readonly names: readonly string[];
  /** False when the chain starts at a call or other expression, as in `getSocket().write`. */
  readonly rooted: boolean;
}

/** Reads a callee's member chain; undefined when a computed member such as `a[b]` breaks it. */
export function readCalleePath(callee: TSESTree.Node): CalleePath | undefined {
  const names: string[] = [];
  let current = callee;
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    if (current.computed || current.property.type !== AST_NODE_TYPES.Identifier) return undefined;
    names.unshift(current.property.name);
    current = current.object;
  }
  if (current.type === AST_NODE_TYPES.Identifier) names.unshift(current.name);
  else if (current.type === AST_NODE_TYPES.ThisExpression) names.unshift('this');
  else return { names, rooted: false };
  return { names, rooted: true };
}

/** Returns the last name of an identifier or a member expression: `send` of `this.client.send`. */
export function lastName(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  return undefined;
}
