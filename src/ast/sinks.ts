import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

/** How a call that sends a command treats line endings. */
export type SinkKind = 'raw' | 'adds-line-ending' | 'unknown';

/** Where users declare their own command-sending helpers: `settings.smtp.sinks`. */
export interface SinkSettings {
  /** Functions or methods that send their string argument as it is, so it must end with CRLF. */
  readonly raw: readonly string[];
  /** Functions or methods that append CRLF themselves, so the string must not end with one. */
  readonly addsLineEnding: readonly string[];
}

// Node's socket write and end send bytes as they are.
const RAW_METHODS = ['write', 'end'];
// Names that send commands, but whose line endings a name alone cannot tell: emailjs's `command`
// and nodemailer's `_sendCommand` append CRLF, while a user's own `sendCommand` may not. Users
// declare theirs in settings.smtp.sinks.
const OTHER_METHODS = ['command', 'sendCommand', '_sendCommand', 'writeLine', 'cmd'];

/** The result of reading `settings.smtp.sinks`: usable names, and what was wrong, if anything. */
export interface SinkSettingsResult {
  readonly sinks: ReadonlyMap<string, SinkKind>;
  readonly error?: string;
}

const cache = new WeakMap<object, SinkSettingsResult>();

function readNames(value: unknown, key: string): { names: string[]; error?: string } {
  if (value === undefined) return { names: [] };
  if (Array.isArray(value) && value.every((name) => typeof name === 'string' && name.length > 0)) return { names: value };
  return { names: [], error: `settings.smtp.sinks.${key} must be an array of function or method names, got ${JSON.stringify(value)}.` };
}

/** Reads the sink table for a file: the built-in methods, then the user's names on top. */
export function readSinkSettings(settings: Readonly<Record<string, unknown>>): SinkSettingsResult {
  const cached = cache.get(settings);
  if (cached !== undefined) return cached;

  const sinks = new Map<string, SinkKind>();
  for (const name of OTHER_METHODS) sinks.set(name, 'unknown');
  for (const name of RAW_METHODS) sinks.set(name, 'raw');

  const smtp = settings.smtp as Record<string, unknown> | undefined;
  const declared = typeof smtp === 'object' && smtp !== null ? smtp.sinks : undefined;
  let error: string | undefined;
  if (declared !== undefined && (typeof declared !== 'object' || declared === null || Array.isArray(declared))) {
    error = `settings.smtp.sinks must be an object such as { raw: ['sendRaw'], addsLineEnding: ['sendLine'] }, got ${JSON.stringify(declared)}.`;
  } else if (declared !== undefined) {
    const raw = readNames((declared as Record<string, unknown>).raw, 'raw');
    const lines = readNames((declared as Record<string, unknown>).addsLineEnding, 'addsLineEnding');
    error = raw.error ?? lines.error;
    for (const name of raw.names) sinks.set(name, 'raw');
    for (const name of lines.names) sinks.set(name, 'adds-line-ending');
  }

  const result = error === undefined ? { sinks } : { sinks, error };
  cache.set(settings, result);
  return result;
}

/** Returns how the call that `node` is an argument of sends it, or undefined when it is no known sink. */
export function sinkOf(node: TSESTree.Node, sinks: ReadonlyMap<string, SinkKind>): SinkKind | undefined {
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(node as TSESTree.CallExpressionArgument)) return undefined;
  const callee = parent.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) return sinks.get(callee.name);
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier) return sinks.get(callee.property.name);
  return undefined;
}
