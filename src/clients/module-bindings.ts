import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

type GlobalVariable = Scope.Scope['set'] extends Map<string, infer Variable> ? Variable : never;

/**
 * Returns a stand-in global scope whose variables are the bindings that `ReferenceTracker` does
 * not follow by itself: TypeScript's `import nm = require('nodemailer')` and
 * `const nm = await import('nodemailer')`, with `const { createTransport } = await import(…)`.
 * Each stand-in is named after its binding and the tracker walks it as a global, so the trace
 * map it returns maps that name to the module's trace, or to one export's trace.
 */
export function moduleBindingScope<Trace extends object>(
  sourceCode: Readonly<SourceCode>,
  traces: Readonly<Record<string, Trace>>,
): { scope: Scope.Scope; traceMap: Record<string, Trace> } | undefined {
  const set = new Map<string, GlobalVariable>();
  const traceMap: Record<string, Trace> = {};
  const bind = (identifier: TSESTree.Identifier, trace: Trace | undefined): void => {
    const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
    if (trace === undefined || variable === null || set.has(identifier.name)) return;
    // The tracker skips a global with definitions or writes, so the stand-in keeps only reads.
    const references = variable.references.filter((reference) => reference.isReadOnly());
    set.set(identifier.name, { name: identifier.name, defs: [], references } as unknown as GlobalVariable);
    traceMap[identifier.name] = trace;
  };

  // Only files that mention either form are walked, so most files cost one search of the text.
  if (!/\b(?:require|import)\s*\(/.test(sourceCode.text)) return undefined;
  for (const node of moduleBindingNodes(sourceCode.ast)) {
    if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const reference = node.moduleReference;
      if (reference.type !== AST_NODE_TYPES.TSExternalModuleReference || reference.expression.type !== AST_NODE_TYPES.Literal) continue;
      bind(node.id, traces[String(reference.expression.value)]);
      continue;
    }
    const trace = traces[dynamicImportSource(node.init) ?? ''];
    if (trace === undefined) continue;
    if (node.id.type === AST_NODE_TYPES.Identifier) {
      // The namespace of a CommonJS module has the exports under `default` too.
      bind(node.id, { ...trace, default: trace });
      continue;
    }
    if (node.id.type !== AST_NODE_TYPES.ObjectPattern) continue;
    for (const property of node.id.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) continue;
      if (property.value.type !== AST_NODE_TYPES.Identifier) continue;
      const name = property.key.name;
      const exported = name === 'default' ? trace : (trace as Record<string, Trace | undefined>)[name];
      bind(property.value, exported);
    }
  }
  if (set.size === 0) return undefined;
  const scope = { set, through: [], variables: [...set.values()], childScopes: [], references: [], type: 'global' } as unknown as Scope.Scope;
  return { scope, traceMap };
}

/** Lists the import-equals declarations and the declarators initialized with `await import('…')`, in any scope. */
function moduleBindingNodes(program: TSESTree.Program): (TSESTree.TSImportEqualsDeclaration | TSESTree.VariableDeclarator)[] {
  const found: (TSESTree.TSImportEqualsDeclaration | TSESTree.VariableDeclarator)[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) found.push(node);
    if (node.type === AST_NODE_TYPES.VariableDeclarator && dynamicImportSource(node.init) !== undefined) found.push(node);
    for (const key of Object.keys(node) as (keyof typeof node)[]) {
      if (key === 'parent') continue;
      const child = node[key] as unknown;
      if (Array.isArray(child)) for (const item of child) visitChild(item);
      else visitChild(child);
    }
  };
  const visitChild = (child: unknown): void => {
    if (typeof child === 'object' && child !== null && typeof (child as { type?: unknown }).type === 'string') visit(child as TSESTree.Node);
  };
  visit(program);
  return found;
}

function dynamicImportSource(node: TSESTree.Node | null): string | undefined {
  const expression = node?.type === AST_NODE_TYPES.AwaitExpression ? node.argument : undefined;
  if (expression?.type !== AST_NODE_TYPES.ImportExpression || expression.source.type !== AST_NODE_TYPES.Literal) return undefined;
  return typeof expression.source.value === 'string' ? expression.source.value : undefined;
}
