import { getStaticProperty } from '../ast/static-object.js';
import { SENDMAIL } from './libraries.js';
import type { ClientUse, EnvelopeRole } from './model.js';
import { resolveArgument, type CallNode, type ResolveValue } from './shapes.js';

const MAIL_FIELDS: readonly (readonly [string, EnvelopeRole])[] = [
  ['from', 'reverse-path'],
  ['to', 'forward-path'],
  ['cc', 'forward-path'],
  ['bcc', 'forward-path'],
];

/** Returns the uses of the send function that `sendmail(options)` returns: `send({ from, to, cc, bcc })`. */
export function sendmailUses(call: CallNode, resolve: ResolveValue): ClientUse[] {
  const mail = resolveArgument(call, 0, resolve);
  const uses: ClientUse[] = [];
  for (const [field, role] of MAIL_FIELDS) {
    const property = getStaticProperty(mail, field);
    if (property !== undefined) uses.push({ grammar: 'header-address', value: property.value, library: SENDMAIL, field, role });
  }
  return uses;
}
