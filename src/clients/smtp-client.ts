import { getStaticProperty } from '../ast/static-object.js';
import { SMTP_CLIENT } from './libraries.js';
import type { ClientUse } from './model.js';
import { resolveArgument, type CallNode, type ResolveValue } from './shapes.js';
import type { ClientObject } from './tracking.js';

/**
 * Returns the uses of smtp-client's `greet`, `ehlo` and `helo({ hostname })`, `mail({ from, utf8 })`
 * and `rcpt({ to })`. An empty or missing `hostname` makes it send the machine's host name.
 */
export function smtpClientMethodUses(object: ClientObject, method: string, call: CallNode, resolve: ResolveValue): ClientUse[] {
  if (object !== 'smtp-client.client') return [];
  const options = resolveArgument(call, 0, resolve);

  if (method === 'greet' || method === 'ehlo' || method === 'helo') {
    const hostname = getStaticProperty(options, 'hostname');
    if (hostname === undefined) return [];
    const verb = method === 'helo' ? 'HELO' : 'EHLO';
    return [{ grammar: 'hello', value: hostname.value, library: SMTP_CLIENT, field: 'hostname', verb, emptyMeansDefault: true }];
  }
  if (method === 'mail') {
    const from = getStaticProperty(options, 'from');
    if (from === undefined) return [];
    const utf8 = getStaticProperty(options, 'utf8')?.value;
    // `utf8` set to anything but a literal `false` may be true at run time, so only its absence proves no SMTPUTF8.
    const asksUtf8 = utf8 !== undefined && !(utf8.node.type === 'Literal' && utf8.node.value === false);
    return [{ grammar: 'envelope', value: from.value, library: SMTP_CLIENT, field: 'from', role: 'reverse-path', acceptsArray: false, isWholePath: false, utf8: asksUtf8 }];
  }
  if (method === 'rcpt') {
    const to = getStaticProperty(options, 'to');
    if (to === undefined) return [];
    return [{ grammar: 'envelope', value: to.value, library: SMTP_CLIENT, field: 'to', role: 'forward-path', acceptsArray: false, isWholePath: false }];
  }
  return [];
}
