import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { readCalleePath } from '../ast/callee-path.js';
import { getStaticProperty, type StaticValue } from '../ast/static-object.js';
import { wrapperLibrary } from './libraries.js';
import type { ClientUse, EnvelopeRole } from './model.js';
import { resolveArgument, type CallNode, type ResolveValue } from './shapes.js';

/** The kind of value a wrapper's argument contains, which picks the grammar that checks it. */
export type WrapperGrammar = 'command' | 'path' | 'mailbox' | 'header-address' | 'ehlo';

const GRAMMARS: readonly WrapperGrammar[] = ['command', 'path', 'mailbox', 'header-address', 'ehlo'];
const ROLES: readonly EnvelopeRole[] = ['reverse-path', 'forward-path'];
const KEYS = new Set(['callee', 'argument', 'property', 'grammar', 'role', 'addsBrackets', 'addsLineEnding', 'utf8']);

/** One entry of `settings.smtp.wrappers`, checked and with its defaults filled in. */
export interface WrapperSetting {
  /** The callee's dotted name, matched against the end of the called name: `mailer.sendRaw`. */
  readonly callee: readonly string[];
  readonly calleeText: string;
  /** The index of the argument that contains the value. */
  readonly argument: number;
  /** The dotted property path inside that argument, as `envelope.from`; empty for the argument itself. */
  readonly property: readonly string[];
  readonly grammar: WrapperGrammar;
  readonly role: EnvelopeRole;
  readonly addsBrackets: boolean;
  readonly addsLineEnding: boolean;
  readonly utf8: boolean;
}

/** A wrong entry of `settings.smtp`, with the grammar of the rule that reports it when known. */
export interface SettingsError {
  readonly message: string;
  readonly grammar?: WrapperGrammar;
}

/** The wrappers of `settings.smtp`, and what was wrong with the entries left out. */
export interface WrapperSettings {
  readonly wrappers: readonly WrapperSetting[];
  readonly errors: readonly SettingsError[];
}

const parsed = new WeakMap<object, WrapperSettings>();
const NONE: WrapperSettings = { wrappers: [], errors: [] };

/**
 * Reads and checks `settings.smtp.wrappers`; a wrong entry becomes an error, never an exception.
 * The client rules report these errors, and smtp/line-endings reports the rest of `settings.smtp`.
 */
export function readWrapperSettings(settings: unknown): WrapperSettings {
  if (!isRecord(settings) || settings.smtp === undefined) return NONE;
  const smtp = settings.smtp;
  // smtp/line-endings reports a settings.smtp that is no object, with the other errors outside `wrappers`.
  if (!isRecord(smtp)) return NONE;
  const cached = parsed.get(smtp);
  if (cached !== undefined) return cached;

  let result: WrapperSettings;
  if (smtp.wrappers === undefined) result = NONE;
  else if (!Array.isArray(smtp.wrappers)) result = { wrappers: [], errors: [{ message: `settings.smtp.wrappers must be an array, got ${describe(smtp.wrappers)}.` }] };
  else result = readWrappers(smtp.wrappers);
  parsed.set(smtp, result);
  return result;
}

function readWrappers(entries: readonly unknown[]): WrapperSettings {
  const wrappers: WrapperSetting[] = [];
  const errors: SettingsError[] = [];
  entries.forEach((entry, index) => {
    const where = `settings.smtp.wrappers[${index}]`;
    if (!isRecord(entry)) {
      errors.push({ message: `${where} must be an object such as { callee: 'mailer.send', grammar: 'path' }, got ${describe(entry)}.` });
      return;
    }
    const grammar = GRAMMARS.find((name) => name === entry.grammar);
    const fail = (message: string): void => {
      errors.push({ message: `${where}${message}`, grammar });
    };
    const unknownKey = Object.keys(entry).find((key) => !KEYS.has(key));

    if (grammar === undefined) fail(`.grammar must be one of ${GRAMMARS.map((name) => `'${name}'`).join(', ')}, got ${describe(entry.grammar)}.`);
    else if (typeof entry.callee !== 'string' || !/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(entry.callee)) fail(`.callee must be a dotted name such as 'mailer.sendRaw', got ${describe(entry.callee)}.`);
    else if (entry.argument !== undefined && !(Number.isInteger(entry.argument) && (entry.argument as number) >= 0)) fail(`.argument must be an argument index (0, 1, …), got ${describe(entry.argument)}.`);
    else if (entry.property !== undefined && (typeof entry.property !== 'string' || !/^[^.]+(?:\.[^.]+)*$/.test(entry.property))) fail(`.property must be a dotted property path such as 'envelope.from', got ${describe(entry.property)}.`);
    else if (entry.role !== undefined && !ROLES.includes(entry.role as EnvelopeRole)) fail(`.role must be 'reverse-path' or 'forward-path', got ${describe(entry.role)}.`);
    else if (['addsBrackets', 'addsLineEnding', 'utf8'].some((key) => entry[key] !== undefined && typeof entry[key] !== 'boolean')) fail('.addsBrackets, .addsLineEnding and .utf8 must be true or false.');
    else if (unknownKey !== undefined) fail(` has an unknown key '${unknownKey}'; the keys are ${[...KEYS].join(', ')}.`);
    else if (contradiction(grammar, entry) !== undefined) fail(contradiction(grammar, entry)!);
    else {
      wrappers.push({
        callee: entry.callee.split('.'),
        calleeText: entry.callee,
        argument: (entry.argument as number | undefined) ?? 0,
        property: typeof entry.property === 'string' ? entry.property.split('.') : [],
        grammar,
        role: (entry.role as EnvelopeRole | undefined) ?? 'forward-path',
        addsBrackets: grammar === 'mailbox' || entry.addsBrackets === true,
        addsLineEnding: entry.addsLineEnding === true,
        utf8: entry.utf8 === true,
      });
    }
  });
  return { wrappers, errors };
}

/** Describes a flag that the grammar overrides or ignores, which the entry would otherwise lose silently. */
function contradiction(grammar: WrapperGrammar, entry: Record<string, unknown>): string | undefined {
  if (grammar === 'mailbox' && entry.addsBrackets === false) {
    return ".addsBrackets is false, but a 'mailbox' wrapper always adds the brackets. Use grammar 'path' for a wrapper that adds none.";
  }
  if (entry.addsBrackets !== undefined && grammar !== 'path' && grammar !== 'mailbox') return `.addsBrackets applies to grammar 'path' or 'mailbox' only, not '${grammar}'.`;
  if (entry.addsLineEnding !== undefined && grammar !== 'command') return `.addsLineEnding applies to grammar 'command' only, not '${grammar}'.`;
  return undefined;
}

/** Returns the uses of every wrapper whose callee matches this call. */
export function wrapperUses(wrappers: readonly WrapperSetting[], call: CallNode, resolve: ResolveValue): ClientUse[] {
  if (wrappers.length === 0 || call.type !== AST_NODE_TYPES.CallExpression) return [];
  const path = readCalleePath(call.callee);
  if (path === undefined || !path.rooted) return [];
  const name = path.names;

  const uses: ClientUse[] = [];
  for (const wrapper of wrappers) {
    if (!endsWith(name, wrapper.callee)) continue;
    let value: StaticValue | undefined = resolveArgument(call, wrapper.argument, resolve);
    for (const key of wrapper.property) value = getStaticProperty(value, key)?.value;
    if (value !== undefined) uses.push(wrapperUse(wrapper, value));
  }
  return uses;
}

function wrapperUse(wrapper: WrapperSetting, value: StaticValue): ClientUse {
  const library = wrapperLibrary(wrapper.calleeText, wrapper.addsBrackets, wrapper.utf8);
  const field = `arguments[${wrapper.argument}]${wrapper.property.map((key) => `.${key}`).join('')}`;
  switch (wrapper.grammar) {
    case 'command':
      return { grammar: 'command', value, field, addsLineEnding: wrapper.addsLineEnding };
    case 'ehlo':
      return { grammar: 'hello', value, library, field, verb: 'EHLO', emptyMeansDefault: false };
    case 'header-address':
      return { grammar: 'header-address', value, library, field, role: wrapper.role };
    default:
      return {
        grammar: 'envelope',
        value,
        library,
        field,
        role: wrapper.role,
        acceptsArray: false,
        isWholePath: !wrapper.addsBrackets,
        utf8: wrapper.utf8,
      };
  }
}

function endsWith(name: readonly string[], suffix: readonly string[]): boolean {
  if (suffix.length > name.length) return false;
  const offset = name.length - suffix.length;
  return suffix.every((part, index) => name[offset + index] === part);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : `${typeof value} ${typeof value === 'object' ? '' : String(value)}`.trim();
}
