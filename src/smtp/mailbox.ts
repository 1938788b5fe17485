import { findCodeUnit, findLastCodeUnit } from './chars.js';
import { addProblem, type AddressContext } from './context.js';
import { checkMailboxDomain } from './domain.js';
import { checkLocalPart, findQuotedStringEnd } from './local-part.js';

/**
 * Checks a Mailbox (`Local-part "@" ( Domain / address-literal )`) at `[start, end)`.
 * Parts unknown until run time are skipped: the local-part when the mailbox has any hole, and
 * the domain when a hole follows its '@'.
 */
export function checkMailbox(context: AddressContext, start: number, end: number): void {
  const text = context.text.text;
  const at = findMailboxAt(text, start, end);
  if (at === -1) {
    if (context.text.hasHole(start, end)) return;
    addProblem(context.problems, 'missing-domain', 'mailbox', { start, end }, context.addressReply,
      start === end
        ? 'The path is empty. Write the mailbox inside the brackets, as in <user@example.com>.'
        : `'${text.slice(start, end)}' has no '@domain'. Write the full mailbox, as in user@example.com.`);
    return;
  }

  if (!context.text.hasHole(start, end)) checkLocalPart(context, start, at);
  if (!context.text.hasHole(at + 1, end)) checkMailboxDomain(context, at + 1, end);
}

/**
 * Finds the '@' that ends the local-part: the one after a Quoted-string, else the last one,
 * since an unquoted local-part cannot contain '@' and servers split at the last.
 */
export function findMailboxAt(text: string, start: number, end: number): number {
  if (text.charCodeAt(start) === 0x22) {
    const close = findQuotedStringEnd(text, start, end);
    if (close !== -1) return findCodeUnit(text, 0x40, close, end);
  }
  return findLastCodeUnit(text, 0x40, start, end);
}
