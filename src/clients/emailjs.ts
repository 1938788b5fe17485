import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getStaticProperty, type StaticValue } from '../ast/static-object.js';
import { EMAILJS } from './libraries.js';
import type { ClientUse, EnvelopeRole } from './model.js';
import { argumentAt, resolveArgument, type CallNode, type ResolveValue } from './shapes.js';
import type { ClientObject, LibraryEntry } from './tracking.js';

/** Message headers that the emailjs client parses and sends in the envelope. */
const MESSAGE_FIELDS: readonly (readonly [string, EnvelopeRole])[] = [
  ['from', 'reverse-path'],
  ['to', 'forward-path'],
  ['cc', 'forward-path'],
  ['bcc', 'forward-path'],
  ['return-path', 'reverse-path'],
];

function messageUses(headers: StaticValue | undefined): ClientUse[] {
  const uses: ClientUse[] = [];
  for (const [field, role] of MESSAGE_FIELDS) {
    const property = getStaticProperty(headers, field);
    if (property !== undefined) uses.push({ grammar: 'header-address', value: property.value, library: EMAILJS, field, role });
  }
  return uses;
}

function domainUses(options: StaticValue | undefined): ClientUse[] {
  const domain = getStaticProperty(options, 'domain');
  // emailjs keeps any string `domain`, the empty one included, and sends it after EHLO.
  if (domain === undefined) return [];
  return [{ grammar: 'hello', value: domain.value, library: EMAILJS, field: 'domain', verb: 'EHLO', emptyMeansDefault: false }];
}

/** Returns the uses of `new SMTPClient(options)`, `new SMTPConnection(options)` and `new Message(headers)`. */
export function emailjsEntryUses(entry: LibraryEntry, call: CallNode, resolve: ResolveValue): ClientUse[] {
  if (entry === 'emailjs.Message') return messageUses(resolveArgument(call, 0, resolve));
  if (entry === 'emailjs.SMTPClient' || entry === 'emailjs.SMTPConnection') return domainUses(resolveArgument(call, 0, resolve));
  return [];
}

/**
 * Returns the uses of `client.send(message)`, `client.sendAsync(message)` and of the
 * low-level `mail(callback, from)`, `rcpt(callback, to)`, `helo(callback, domain)` and
 * `ehlo(callback, domain)`, which send their text after the verb as it is.
 */
export function emailjsMethodUses(object: ClientObject, method: string, call: CallNode, resolve: ResolveValue): ClientUse[] {
  if (object === 'emailjs.client' && (method === 'send' || method === 'sendAsync')) {
    const message = argumentAt(call, 0);
    // A `new Message(…)` is checked where it is constructed; a plain object becomes one here.
    if (message === undefined || message.type === AST_NODE_TYPES.NewExpression) return [];
    return messageUses(resolve(message));
  }
  if (object !== 'emailjs.connection') return [];

  const value = resolveArgument(call, 1, resolve);
  if (value === undefined) return [];
  if (method === 'mail' || method === 'rcpt') {
    const role: EnvelopeRole = method === 'mail' ? 'reverse-path' : 'forward-path';
    return [{ grammar: 'envelope', value, library: EMAILJS, field: method === 'mail' ? 'from' : 'to', role, acceptsArray: false, isWholePath: true }];
  }
  if (method === 'helo' || method === 'ehlo') {
    return [{ grammar: 'hello', value, library: EMAILJS, field: 'domain', verb: method === 'helo' ? 'HELO' : 'EHLO', emptyMeansDefault: true }];
  }
  return [];
}
