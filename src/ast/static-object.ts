import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { findConstBinding } from './const-binding.js';
import { findMutations, type Mutations } from './mutations.js';
import { createResolveBudget, resolveStaticString, type ResolveBudget, type StaticString } from './static-string.js';

/**
 * The value of an expression as far as it is known before run time: strings (with holes),
 * arrays and object literals, following `const` bindings and spreads of constant objects in the
 * same file. `reportNode` is where a report on this value goes when it cannot go on its own
 * characters: the value itself, or the use of a constant that other code shares.
 */
export type StaticValue = StaticStringValue | StaticArrayValue | StaticObjectValue | UnknownValue;

export interface StaticStringValue {
  readonly kind: 'string';
  readonly node: TSESTree.Node;
  readonly reportNode: TSESTree.Node;
  /** True when the literal belongs to this use alone, so a fix may replace the whole node. */
  readonly owned: boolean;
  readonly value: StaticString;
}

export interface StaticArrayValue {
  readonly kind: 'array';
  readonly node: TSESTree.Node;
  readonly reportNode: TSESTree.Node;
  readonly owned: boolean;
  readonly elements: readonly StaticValue[];
  /** False when a spread of an unknown array adds elements. */
  readonly complete: boolean;
}

export interface StaticProperty {
  readonly name: string;
  readonly key: TSESTree.Node;
  /** The node a report on the key goes on: the key, or the use of a shared constant. */
  readonly reportNode: TSESTree.Node;
  readonly owned: boolean;
  readonly value: StaticValue;
}

export interface StaticObjectValue {
  readonly kind: 'object';
  readonly node: TSESTree.Node;
  readonly reportNode: TSESTree.Node;
  readonly owned: boolean;
  /** In source order, spreads inlined; a later property of the same name wins. */
  readonly properties: readonly StaticProperty[];
  /** False when a computed key or a spread of an unknown object may add properties. */
  readonly complete: boolean;
}

export interface UnknownValue {
  readonly kind: 'unknown';
  readonly node: TSESTree.Node;
  readonly reportNode: TSESTree.Node;
  readonly owned: boolean;
}

/** Options of `resolveStaticValue`. */
export interface ResolveOptions {
  /** Returns the text of an expression the AST cannot resolve, such as a string literal type. */
  readonly literalText?: (node: TSESTree.Node) => string | undefined;
}

const MAX_DEPTH = 20;

interface Resolver {
  readonly sourceCode: Readonly<SourceCode>;
  readonly options: ResolveOptions;
  readonly visiting: Set<TSESTree.Node>;
  /** Shared by every string of the value, so spreads that fan out cannot multiply the work. */
  readonly budget: ResolveBudget;
}

/** Resolves an expression into a string, array or object as far as it is known. */
export function resolveStaticValue(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, options: ResolveOptions = {}): StaticValue {
  return resolve({ sourceCode, options, visiting: new Set(), budget: createResolveBudget() }, node, undefined, 0);
}

/** Returns the last property named `name`, as JavaScript keeps the last one. */
export function getStaticProperty(value: StaticValue | undefined, name: string): StaticProperty | undefined {
  if (value?.kind !== 'object') return undefined;
  for (let i = value.properties.length - 1; i >= 0; i--) {
    if (value.properties[i]!.name === name) return value.properties[i];
  }
  return undefined;
}

function resolve(resolver: Resolver, node: TSESTree.Node, shared: TSESTree.Node | undefined, depth: number): StaticValue {
  const reportNode = shared ?? node;
  const owned = shared === undefined;
  resolver.budget.visits--;
  if (depth > MAX_DEPTH || resolver.budget.visits < 0) return { kind: 'unknown', node, reportNode, owned };

  switch (node.type) {
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
      return resolve(resolver, node.expression, shared, depth + 1);
    case AST_NODE_TYPES.Identifier:
      return resolveConstant(resolver, node, shared, depth);
    case AST_NODE_TYPES.ArrayExpression:
      return resolveArray(resolver, node, shared, depth);
    case AST_NODE_TYPES.ObjectExpression:
      return resolveObject(resolver, node, shared, depth);
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.BinaryExpression: {
      const isString = node.type !== AST_NODE_TYPES.Literal || typeof node.value === 'string';
      const value = isString ? resolveStaticString(resolver.sourceCode, node, shared, resolver.budget) : undefined;
      if (value !== undefined) return { kind: 'string', node, reportNode, owned, value };
      break;
    }
    default:
      break;
  }
  return resolveByType(resolver, node, reportNode, owned);
}

function resolveByType(resolver: Resolver, node: TSESTree.Node, reportNode: TSESTree.Node, owned: boolean): StaticValue {
  const text = resolver.options.literalText?.(node);
  if (text === undefined) return { kind: 'unknown', node, reportNode, owned };
  // The text comes from a type, not from characters in this file, so it can take no fix.
  const value: StaticString = { text, holes: [], segments: [{ start: 0, end: text.length, node: reportNode, isHole: false }] };
  return { kind: 'string', node, reportNode, owned: false, value };
}

/**
 * Follows a `const` to its initializer. Its literal takes reports only when this is its single
 * read and it is not exported; otherwise reports stay on this use of the name.
 */
function resolveConstant(resolver: Resolver, node: TSESTree.Identifier, shared: TSESTree.Node | undefined, depth: number): StaticValue {
  const binding = findConstBinding(resolver.sourceCode, node);
  if (binding === undefined || resolver.visiting.has(binding.declarator)) {
    return resolveByType(resolver, node, shared ?? node, shared === undefined);
  }

  const ownsLiteral = binding.singleUse && shared === undefined;
  resolver.visiting.add(binding.declarator);
  const value = resolve(resolver, binding.init, ownsLiteral ? undefined : (shared ?? node), depth + 1);
  resolver.visiting.delete(binding.declarator);
  return withoutMutations(value, findMutations(binding.variable));
}

/** Makes the properties that code writes after the declaration unknown, or the whole value when any name may be written. */
function withoutMutations(value: StaticValue, mutations: Mutations): StaticValue {
  if (mutations !== 'all' && mutations.size === 0) return value;
  const unknown = { kind: 'unknown', node: value.node, reportNode: value.reportNode, owned: value.owned } as const;
  if (value.kind === 'array' || mutations === 'all') return value.kind === 'object' || value.kind === 'array' ? unknown : value;
  if (value.kind !== 'object') return value;
  const properties = value.properties.map((property): StaticProperty => {
    if (!mutations.has(property.name)) return property;
    return { ...property, value: { kind: 'unknown', node: property.value.node, reportNode: property.value.reportNode, owned: property.value.owned } };
  });
  return { ...value, properties };
}

function resolveArray(resolver: Resolver, node: TSESTree.ArrayExpression, shared: TSESTree.Node | undefined, depth: number): StaticArrayValue {
  const elements: StaticValue[] = [];
  let complete = true;
  for (const element of node.elements) {
    if (element === null) continue;
    if (element.type !== AST_NODE_TYPES.SpreadElement) {
      elements.push(resolve(resolver, element, shared, depth + 1));
      continue;
    }
    const spread = resolve(resolver, element.argument, shared, depth + 1);
    if (spread.kind === 'array') {
      for (const spreadElement of spread.elements) {
        resolver.budget.visits--;
        elements.push(spreadElement);
      }
      complete &&= spread.complete;
    } else {
      complete = false;
    }
  }
  return { kind: 'array', node, reportNode: shared ?? node, owned: shared === undefined, elements, complete };
}

function resolveObject(resolver: Resolver, node: TSESTree.ObjectExpression, shared: TSESTree.Node | undefined, depth: number): StaticObjectValue {
  const properties: StaticProperty[] = [];
  let complete = true;
  for (const property of node.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const spread = resolve(resolver, property.argument, shared, depth + 1);
      if (spread.kind === 'object') {
        for (const spreadProperty of spread.properties) {
          resolver.budget.visits--;
          properties.push(spreadProperty);
        }
        complete &&= spread.complete;
      } else {
        complete = false;
      }
      continue;
    }

    const name = propertyName(property);
    if (name === undefined) {
      complete = false;
      continue;
    }
    const value: StaticValue = property.kind === 'init' && !property.method
      ? resolve(resolver, property.value, shared, depth + 1)
      : { kind: 'unknown', node: property.value, reportNode: shared ?? property.value, owned: shared === undefined };
    properties.push({ name, key: property.key, reportNode: shared ?? property.key, owned: shared === undefined, value });
  }
  return { kind: 'object', node, reportNode: shared ?? node, owned: shared === undefined, properties, complete };
}

function propertyName(property: TSESTree.Property): string | undefined {
  const key = property.key;
  if (!property.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  return undefined;
}
