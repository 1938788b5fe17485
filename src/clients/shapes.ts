import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getStaticProperty, type StaticValue } from '../ast/static-object.js';
import type { ClientLibrary, ClientUse, EnvelopeRole } from './model.js';

/** Resolves an argument into a static value; the typed rule also reads string literal types. */
export type ResolveValue = (node: TSESTree.Node) => StaticValue;

/** A call or `new` with its arguments, spreads excluded. */
export type CallNode = TSESTree.CallExpression | TSESTree.NewExpression;

/** Returns argument `index` of a call, or undefined when it is absent or follows a spread. */
export function argumentAt(call: CallNode, index: number): TSESTree.Node | undefined {
  for (let i = 0; i <= index && i < call.arguments.length; i++) {
    if (call.arguments[i]!.type === AST_NODE_TYPES.SpreadElement) return undefined;
  }
  return call.arguments[index];
}

/** Resolves argument `index`, or returns undefined when it is absent. */
export function resolveArgument(call: CallNode, index: number, resolve: ResolveValue): StaticValue | undefined {
  const node = argumentAt(call, index);
  return node === undefined ? undefined : resolve(node);
}

/** Message options that nodemailer parses as address lists, and the path each one feeds. */
const NODEMAILER_HEADER_FIELDS: readonly (readonly [string, EnvelopeRole | 'header'])[] = [
  ['from', 'reverse-path'],
  ['sender', 'header'],
  ['replyTo', 'header'],
  ['to', 'forward-path'],
  ['cc', 'forward-path'],
  ['bcc', 'forward-path'],
];

/**
 * The `envelope` option of `sendMail`. nodemailer parses it with the same address parser, but
 * keeps a bare word with no '@' as the address, where a header reads it as a display name.
 */
const NODEMAILER_ENVELOPE_FIELDS: readonly (readonly [string, EnvelopeRole])[] = [
  ['from', 'reverse-path'],
  ['to', 'forward-path'],
  ['cc', 'forward-path'],
  ['bcc', 'forward-path'],
];

const SENDER_FALLBACKS = ['envelope', 'sender', 'replyTo'];

/** Returns the address uses of nodemailer message options, as `sendMail` or `defaults` take them. */
export function nodemailerMessageUses(options: StaticValue | undefined, library: ClientLibrary): ClientUse[] {
  const uses: ClientUse[] = [];
  // nodemailer 10.6 takes MAIL FROM from `envelope` when it is set, and otherwise from the first
  // of From, Sender and Reply-To that has an address (MimeNode#getEnvelope).
  const senderFallbacks = SENDER_FALLBACKS.filter((name) => getStaticProperty(options, name) !== undefined);
  for (const [field, role] of NODEMAILER_HEADER_FIELDS) {
    const property = getStaticProperty(options, field);
    if (property === undefined) continue;
    uses.push({ grammar: 'header-address', value: property.value, library, field, role, ...(field === 'from' ? { senderFallbacks } : {}) });
  }
  const envelope = getStaticProperty(options, 'envelope')?.value;
  for (const [field, role] of NODEMAILER_ENVELOPE_FIELDS) {
    const property = getStaticProperty(envelope, field);
    if (property !== undefined) uses.push({ grammar: 'header-address', value: property.value, library, field: `envelope.${field}`, role, isEnvelope: true });
  }
  return uses;
}

/** Returns the EHLO name uses of nodemailer transport options: a URL string or an object with `name`. */
export function nodemailerTransportUses(options: StaticValue | undefined, library: ClientLibrary): ClientUse[] {
  if (options?.kind === 'string') {
    return [{ grammar: 'hello', value: options, library, field: 'name', verb: 'EHLO', emptyMeansDefault: true, urlParameter: 'name' }];
  }
  const name = getStaticProperty(options, 'name');
  if (name === undefined) return [];
  return [{ grammar: 'hello', value: name.value, library, field: 'name', verb: 'EHLO', emptyMeansDefault: true }];
}

/** Returns the body of `useFactory: () => ({ … })` or a factory that returns one object. */
export function factoryResult(node: TSESTree.Node | undefined): TSESTree.Node | undefined {
  if (node?.type !== AST_NODE_TYPES.ArrowFunctionExpression && node?.type !== AST_NODE_TYPES.FunctionExpression) return undefined;
  if (node.body.type !== AST_NODE_TYPES.BlockStatement) return node.body;
  const returns = node.body.body.filter((statement) => statement.type === AST_NODE_TYPES.ReturnStatement);
  return returns.length === 1 ? (returns[0] as TSESTree.ReturnStatement).argument ?? undefined : undefined;
}

/** The name of the method a call invokes, as `sendMail` in `transporter.sendMail(…)`. */
export function calledMethod(call: CallNode): { object: TSESTree.Node; name: string } | undefined {
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (!callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) return { object: callee.object, name: callee.property.name };
  if (callee.property.type === AST_NODE_TYPES.Literal && typeof callee.property.value === 'string') {
    return { object: callee.object, name: callee.property.value };
  }
  return undefined;
}
