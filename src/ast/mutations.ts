import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';

/**
 * The properties of a `const` object or array that code writes after the declaration: their
 * names, or 'all' when the written names are unknown. A `const` binding keeps its object, but
 * `options.to = user.email` or `Object.assign(options, …)` still change what a later call reads.
 */
export type Mutations = ReadonlySet<string> | 'all';

// Calls that write into their first argument.
const WRITING_FUNCTIONS = new Set(['Object.assign', 'Object.defineProperty', 'Object.defineProperties', 'Reflect.set', 'Reflect.defineProperty', 'Reflect.deleteProperty']);
// Array methods that change the array in place.
const MUTATING_METHODS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'fill', 'sort', 'reverse', 'copyWithin']);

const cache = new WeakMap<Scope.Variable, Mutations>();

/** Finds the writes through `variable` anywhere in its scope, whether before or after the use. */
export function findMutations(variable: Scope.Variable): Mutations {
  const cached = cache.get(variable);
  if (cached !== undefined) return cached;
  const names = new Set<string>();
  let all = false;
  for (const reference of variable.references) {
    const written = writtenName(reference.identifier as TSESTree.Node);
    if (written === 'all') all = true;
    else if (written !== undefined) for (const name of written) names.add(name);
  }
  const result: Mutations = all ? 'all' : names;
  cache.set(variable, result);
  return result;
}

/** Returns the property names a write through this reference changes, 'all', or undefined for a plain read. */
function writtenName(identifier: TSESTree.Node): readonly string[] | 'all' | undefined {
  const parent = identifier.parent;
  if (parent === undefined) return undefined;

  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === identifier && WRITING_FUNCTIONS.has(calleeName(parent.callee))) {
    return assignedNames(parent);
  }
  if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== identifier) return undefined;

  const name = memberName(parent);
  const grandparent = parent.parent;
  if (grandparent.type === AST_NODE_TYPES.CallExpression && grandparent.callee === parent) {
    return name !== undefined && MUTATING_METHODS.has(name) ? 'all' : undefined;
  }
  // `options.envelope.to = x` changes part of `envelope`, so the whole of `envelope` counts as written.
  let target: TSESTree.Node = parent;
  while (target.parent?.type === AST_NODE_TYPES.MemberExpression && target.parent.object === target) target = target.parent;
  if (!isWriteTarget(target)) return undefined;
  return name === undefined ? 'all' : [name];
}

function isWriteTarget(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent === undefined) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.left === node;
    case AST_NODE_TYPES.UpdateExpression:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'delete';
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.left === node;
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.RestElement:
      // A destructuring assignment such as `[options.to] = list`.
      return true;
    case AST_NODE_TYPES.Property:
      return parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectPattern;
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.left === node;
    default:
      return false;
  }
}

/** Returns the keys `Object.assign(target, { to, cc })` writes, or 'all' when a source is not a plain literal. */
function assignedNames(call: TSESTree.CallExpression): readonly string[] | 'all' {
  if (calleeName(call.callee) !== 'Object.assign') return 'all';
  const names: string[] = [];
  for (const source of call.arguments.slice(1)) {
    if (source.type !== AST_NODE_TYPES.ObjectExpression) return 'all';
    for (const property of source.properties) {
      if (property.type !== AST_NODE_TYPES.Property) return 'all';
      const key = property.key;
      if (!property.computed && key.type === AST_NODE_TYPES.Identifier) names.push(key.name);
      else if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')) names.push(String(key.value));
      else return 'all';
    }
  }
  return names;
}

function memberName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed && member.property.type === AST_NODE_TYPES.Identifier) return member.property.name;
  if (member.property.type === AST_NODE_TYPES.Literal && (typeof member.property.value === 'string' || typeof member.property.value === 'number')) {
    return String(member.property.value);
  }
  return undefined;
}

function calleeName(callee: TSESTree.Node): string {
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return '';
  if (callee.object.type !== AST_NODE_TYPES.Identifier || callee.property.type !== AST_NODE_TYPES.Identifier) return '';
  return `${callee.object.name}.${callee.property.name}`;
}
