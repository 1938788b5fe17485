import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getStaticProperty, type StaticObjectValue, type StaticProperty, type StaticStringValue } from '../ast/static-object.js';
import { checkLibraryMailbox, findWordsBeforeMailbox } from './check-mailbox.js';
import type { EnvelopeAddressUse, HeaderAddressUse } from './model.js';
import { quoteText, type ClientProblem, type SourceEdit } from './problem.js';

/** Keys that people write for the mailbox, where nodemailer reads only `address`. */
const MISTAKEN_KEYS = ['email', 'mail', 'emailAddress'];

/**
 * Checks a `{ name, address }` object that nodemailer takes in place of an address string: its
 * `address` is sent as it is, and without one the object gives no mailbox at all.
 */
export function checkAddressObject(use: HeaderAddressUse | EnvelopeAddressUse, object: StaticObjectValue): ClientProblem[] {
  const address = getStaticProperty(object, 'address');
  if (address !== undefined) {
    if (address.value.kind !== 'string' || use.role === 'header') return [];
    const text = address.value.value;
    if (text.holes.length === 0 && text.text === '' && use.role === 'reverse-path') return [];
    if (use.grammar === 'header-address' && /\s/.test(text.text.trim()) && text.holes.length === 0) return [quotedLocalPart(use, address.value)];
    const sends = `${use.library.name} sends the 'address' of '${use.field}' as it is.`;
    return checkLibraryMailbox(text, 0, text.text.length, use.library, use.role).map((problem) => ({ ...problem, message: `${sends} ${problem.message}` }));
  }

  const mistaken = MISTAKEN_KEYS.map((key) => getStaticProperty(object, key)).find((property) => property !== undefined);
  if (mistaken === undefined) return [];
  return [{
    kind: 'wrong-address-key',
    target: { node: mistaken.reportNode },
    message: `nodemailer reads the mailbox of an address object from 'address', not '${mistaken.name}', so ${consequence(use)}. Rename the key to 'address'.`,
    suggestions: mistaken.owned ? [{ description: `Rename '${mistaken.name}' to 'address'.`, fix: { source: renameKey(mistaken) } }] : [],
  }];
}

/**
 * nodemailer 10.6 writes a local-part that is no dot-atom as a quoted string, so
 * `{ address: 'Mary Ann mary@example.com' }` sends `RCPT TO:<"Mary Ann mary"@example.com>`:
 * valid syntax that no server rejects, but not the mailbox meant.
 */
function quotedLocalPart(use: HeaderAddressUse | EnvelopeAddressUse, value: StaticStringValue): ClientProblem {
  const text = value.value;
  const address = text.text.trim();
  const at = address.lastIndexOf('@');
  const local = at === -1 ? address : address.slice(0, at);
  const sent = `"${local.replace(/["\\]/g, '\\$&')}"${at === -1 ? '' : address.slice(at)}`;
  const verb = use.role === 'reverse-path' ? 'MAIL FROM' : 'RCPT TO';
  const role = use.role === 'header' ? 'forward-path' : use.role;
  const last = findWordsBeforeMailbox(text, 0, text.text.length, role, true);
  const mailbox = last === undefined ? undefined : text.text.slice(last).trim();
  return {
    kind: 'quoted-local-part',
    target: { value: text, start: 0, end: text.text.length },
    message: `The 'address' of '${use.field}' contains spaces, and nodemailer quotes such a local-part, so it sends '${verb}:<${quoteText(sent)}>': valid syntax, but not the mailbox meant. Put only the mailbox in 'address' and the display name in 'name'.`,
    suggestions: mailbox === undefined ? [] : [{ description: `Keep only the mailbox '${quoteText(mailbox)}'.`, fix: { value: text, edits: [{ start: 0, end: last!, text: '' }] } }],
  };
}

function consequence(use: HeaderAddressUse | EnvelopeAddressUse): string {
  if (use.grammar === 'envelope') return `SMTPConnection sends the object as text: '${use.role === 'reverse-path' ? 'MAIL FROM' : 'RCPT TO'}:<[object Object]>'`;
  if (use.role === 'reverse-path') return "it sends 'MAIL FROM:<>', the null sender";
  if (use.role === 'header') return 'the header gets no address from this object';
  return "this recipient is left out, and sendMail fails with 'No recipients defined' when no other is left";
}

function renameKey(property: StaticProperty): SourceEdit[] {
  const node = property.key.parent;
  // `{ email }` is shorthand for `{ email: email }`, so the value must be kept under the new key.
  if (node?.type === AST_NODE_TYPES.Property && node.shorthand) {
    return [{ range: [property.key.range[1], property.key.range[1]], text: `: ${property.name}` }, { range: property.key.range, text: 'address' }];
  }
  // A computed key is an expression, so `['email']` must become `['address']`, not the variable `[address]`.
  if (node?.type === AST_NODE_TYPES.Property && node.computed) {
    const quote = property.key.type === AST_NODE_TYPES.Literal && property.key.raw.startsWith('"') ? '"' : "'";
    return [{ range: property.key.range, text: `${quote}address${quote}` }];
  }
  return [{ range: property.key.range, text: 'address' }];
}
