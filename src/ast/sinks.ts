import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { readCalleePath } from './callee-path.js';

/** The line-ending behaviour of a call that sends a command. */
export type SinkKind = 'raw' | 'adds-line-ending' | 'unknown';

/** The user's own command-sending helpers, declared in `settings.smtp.sinks`. */
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
const SMTP_KEYS = ['sinks', 'wrappers'];
const SINK_KEYS = ['raw', 'addsLineEnding'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Names the first key of `object` that is not one of `known`, so a typo such as `sink` is not ignored silently. */
function unknownKey(object: Record<string, unknown>, known: readonly string[], where: string): string | undefined {
  const key = Object.keys(object).find((name) => !known.includes(name));
  return key === undefined ? undefined : `${where} has the unknown key '${key}'; the known keys are ${known.join(' and ')}.`;
}

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

  const smtp = settings.smtp;
  const declared = isRecord(smtp) ? smtp.sinks : undefined;
  let error = isRecord(smtp) ? unknownKey(smtp, SMTP_KEYS, 'settings.smtp') : undefined;
  if (smtp !== undefined && !isRecord(smtp)) {
    error = `settings.smtp must be an object such as { sinks: { raw: ['sendRaw'] } }, got ${JSON.stringify(smtp)}.`;
  } else if (declared !== undefined && !isRecord(declared)) {
    error = `settings.smtp.sinks must be an object such as { raw: ['sendRaw'], addsLineEnding: ['sendLine'] }, got ${JSON.stringify(declared)}.`;
  } else if (declared !== undefined) {
    const raw = readNames(declared.raw, 'raw');
    const lines = readNames(declared.addsLineEnding, 'addsLineEnding');
    error = raw.error ?? lines.error ?? unknownKey(declared, SINK_KEYS, 'settings.smtp.sinks') ?? error;
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
  const path = readCalleePath(parent.callee)?.names ?? [];

  // A dotted name such as 'this.smtp.send' matches the end of the call's path, a plain name its last part.
  for (let start = 0; start < path.length; start++) {
    const kind = sinks.get(path.slice(start).join('.'));
    if (kind !== undefined) return kind;
  }
  return undefined;
}
