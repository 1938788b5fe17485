import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

/** A `const` declared once with an initializer, as an identifier's value is followed to it. */
export interface ConstBinding {
  readonly variable: Scope.Variable;
  readonly declarator: TSESTree.VariableDeclarator;
  readonly init: TSESTree.Expression;
  /** True when this is the constant's single read and it is not exported, so its literal belongs to that use. */
  readonly singleUse: boolean;
}

/** Finds the `const x = …` that `node` reads; undefined for `let`, parameters, imports and destructuring. */
export function findConstBinding(sourceCode: Readonly<SourceCode>, node: TSESTree.Identifier): ConstBinding | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  const declarator = variable?.defs.length === 1 ? variable.defs[0]?.node : undefined;
  if (
    variable === null || variable === undefined || declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
    declarator.init === null || declarator.parent.kind !== 'const' || declarator.id.type !== AST_NODE_TYPES.Identifier
  ) {
    return undefined;
  }

  const reads = variable.references.filter((reference) => reference.isRead()).length;
  const exported = declarator.parent.parent.type === AST_NODE_TYPES.ExportNamedDeclaration;
  return { variable, declarator, init: declarator.init, singleUse: reads === 1 && !exported };
}
