import type { StaticString } from '../ast/static-string.js';
import type { HeaderAddressEntry } from '../smtp/header-address.js';
import { REPLIES } from '../smtp/index.js';
import { checkLibraryMailbox } from './check-mailbox.js';
import type { HeaderAddressUse } from './model.js';
import { quoteText, type ClientProblem } from './problem.js';

/** Checks one entry: the mailbox the library takes from it, and what it does to the rest. */
export function checkEntry(use: HeaderAddressUse, text: StaticString, entry: HeaderAddressEntry): ClientProblem[] {
  if (entry.angle !== undefined) {
    const start = entry.angle.start + 1;
    const end = entry.angle.end - 1;
    const inner = text.text.slice(start, end);
    if (inner.trim() !== inner || inner.includes('"')) return [];
    if (inner === '') {
      // `envelope: { from: '<>' }` requests the null sender on purpose, as bounces and auto-replies must.
      if (use.role === 'header' || (use.isEnvelope === true && use.role === 'reverse-path')) return [];
      return [missingMailbox(use, text, entry)];
    }
    return checkSentMailbox(use, text, start, end);
  }
  // Quoted strings and comments are read differently by each library and version.
  if (entry.hasQuote || entry.hasComment) return [];

  const withAt = entry.words.filter((word) => text.text.slice(word.start, word.end).includes('@'));
  if (withAt.length === 0) {
    return use.isEnvelope === true && entry.words.length === 1 ? bareWordAddress(use, text, entry) : [missingMailbox(use, text, entry)];
  }
  if (withAt.length > 1) return [];
  const mailbox = withAt[0]!;
  if (entry.words.length === 1) return checkSentMailbox(use, text, mailbox.start, mailbox.end);
  return [mailboxChanged(use, text, entry, mailbox), ...checkSentMailbox(use, text, mailbox.start, mailbox.end)];
}

function checkSentMailbox(use: HeaderAddressUse, text: StaticString, start: number, end: number): ClientProblem[] {
  if (use.role === 'header') return [];
  // NOTE: nodemailer 10.6 sends a local-part that is no dot-atom as a quoted string ('a..b@example.com'
  // becomes RCPT TO:<"a..b"@example.com>), so for it a local-part fault is a wrong mailbox, not the
  // syntax error that the grammar message and its reply describe.
  return checkLibraryMailbox(text, start, end, use.library, use.role);
}

/** nodemailer 10.6 keeps a bare word of `envelope` as the address: `to: 'ops'` sends `RCPT TO:<ops>`. */
function bareWordAddress(use: HeaderAddressUse, text: StaticString, entry: HeaderAddressEntry): ClientProblem[] {
  const word = text.text.slice(entry.range.start, entry.range.end);
  const verb = use.role === 'reverse-path' ? 'MAIL FROM' : 'RCPT TO';
  const sends = `${use.library.name} sends the word '${quoteText(word)}' of '${use.field}' as the address: '${verb}:<${quoteText(word)}>'.`;
  return checkSentMailbox(use, text, entry.range.start, entry.range.end).map((problem) => ({ ...problem, message: `${sends} ${problem.message}` }));
}

function missingMailbox(use: HeaderAddressUse, text: StaticString, entry: HeaderAddressEntry): ClientProblem {
  const written = quoteText(text.text.slice(entry.range.start, entry.range.end));
  const library = use.library.name;
  const fallbacks = use.senderFallbacks ?? [];
  let consequence: string;
  if (use.role === 'reverse-path' && fallbacks.length > 0) {
    const names = fallbacks.map((name) => `'${name}'`).join(' or ');
    consequence = `the From: header gets no address, which RFC 5322 does not allow and many receiving servers reject, and ${library} takes MAIL FROM from ${names} instead`;
  } else if (use.role === 'reverse-path') consequence = `${library} sends 'MAIL FROM:<>', the null sender of bounces, which servers accept without a word, so bounces and replies of this message reach no one`;
  else if (use.role === 'header') consequence = `${library} puts no address in the header`;
  else if (library === 'emailjs') consequence = "emailjs sends 'RCPT TO:<>'";
  else consequence = `${library} leaves it out of the recipients, or fails with 'No recipients defined' when no other is left`;
  return {
    kind: 'missing-domain',
    target: { value: text, start: entry.range.start, end: entry.range.end },
    message: `'${written}' has no '@domain', so ${library} reads it as a display name with no address: ${consequence}. Write the full mailbox, as in ${use.role === 'reverse-path' ? 'noreply@example.com' : 'user@example.com'}.`,
    reply: use.role === 'forward-path' && library === 'emailjs' ? REPLIES.badRecipientSyntax : undefined,
  };
}

function mailboxChanged(use: HeaderAddressUse, text: StaticString, entry: HeaderAddressEntry, mailbox: { start: number; end: number }): ClientProblem {
  const sent = text.text.slice(mailbox.start, mailbox.end);
  const name = entry.words.filter((word) => word !== mailbox).map((word) => text.text.slice(word.start, word.end)).join(' ');
  const explicit = `${name} <${sent}>`;
  return {
    kind: 'mailbox-changed',
    target: { value: text, start: entry.range.start, end: entry.range.end },
    message: `${use.library.name} reads the words before the mailbox as a display name '${quoteText(name)}' and sends only '${quoteText(sent)}'. Write the display name apart, as in '${quoteText(explicit)}', which every parser reads the same way, or remove the words if they belong to the address.`,
    suggestions: [{
      description: `Write the display name apart: '${quoteText(explicit)}'.`,
      fix: { value: text, edits: [{ start: entry.range.start, end: entry.range.end, text: explicit }] },
    }],
  };
}
