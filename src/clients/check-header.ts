import type { StaticString } from '../ast/static-string.js';
import type { StaticStringValue, StaticValue } from '../ast/static-object.js';
import { parseAddressList, type HeaderAddressEntry } from '../smtp/header-address.js';
import { REPLIES } from '../smtp/index.js';
import { checkAddressObject } from './address-object.js';
import { checkLibraryMailbox } from './check-mailbox.js';
import type { HeaderAddressUse } from './model.js';
import type { ClientProblem } from './problem.js';
import { checkSendmailList } from './sendmail-list.js';

/** Checks an address option that a library parses as an RFC 5322 address list. */
export function checkHeaderUse(use: HeaderAddressUse): ClientProblem[] {
  const value = use.value;
  if (value.kind === 'array') {
    return value.elements.flatMap((element) => checkElement(use, element, true));
  }
  return checkElement(use, value, false);
}

function checkElement(use: HeaderAddressUse, value: StaticValue, inArray: boolean): ClientProblem[] {
  if (value.kind === 'string') return checkHeaderString(use, value, inArray);
  if (value.kind === 'object' && use.library.readsAddressObjects) return checkAddressObject(use, value);
  return [];
}

function checkHeaderString(use: HeaderAddressUse, value: StaticStringValue, inArray: boolean): ClientProblem[] {
  const text = value.value;
  if (text.holes.length === 0 && text.text.trim() === '') return checkEmpty(use, value, inArray);
  if (use.library.headerParser === 'sendmail') return checkSendmailList(use, text);

  const list = parseAddressList({ text: text.text, holes: text.holes });
  if (list.unterminated) return [];
  const problems: ClientProblem[] = [];
  if (use.library.headerParser === 'emailjs') {
    for (const group of list.groups) {
      problems.push({
        kind: 'group-in-list',
        target: { value: text, start: group.start, end: group.end },
        message: `emailjs does not expand the group '${text.text.slice(group.start, group.end)}': it sends 'RCPT TO:<undefined>' in place of its members. List the addresses without the group.`,
        reply: REPLIES.badRecipientSyntax,
      });
    }
    if (list.groups.length > 0) return problems;
  }

  list.entries.forEach((entry, index) => {
    if (entry.hasHole) return;
    const next = list.entries[index + 1];
    if (entry.angle === undefined && isCommaInDisplayName(text, entry, next)) {
      problems.push(commaInDisplayName(use, text, entry, next!));
      return;
    }
    problems.push(...checkEntry(use, text, entry));
  });
  return problems;
}

function checkEmpty(use: HeaderAddressUse, value: StaticStringValue, inArray: boolean): ClientProblem[] {
  if (use.role !== 'forward-path') return [];
  return [{
    kind: 'empty-recipient',
    target: { node: value.reportNode },
    message: inArray
      ? `An empty string among the '${use.field}' recipients: ${use.library.name} skips it, so a recipient the code meant to add is missing.`
      : `'${use.field}' is an empty string, so ${use.library.name} adds no recipient from it.`,
  }];
}

/** True for `Doe, John <j@example.com>`: a word with no '@' whose comma splits a display name. */
function isCommaInDisplayName(text: StaticString, entry: HeaderAddressEntry, next: HeaderAddressEntry | undefined): boolean {
  if (next?.angle === undefined || next.hasHole || next.group !== entry.group) return false;
  if (entry.hasQuote || entry.hasComment || text.text.slice(entry.range.start, entry.range.end).includes('@')) return false;
  return text.text[entry.separator?.start ?? -1] === ',' && next.words.some((word) => word.end <= next.angle!.start);
}

function commaInDisplayName(use: HeaderAddressUse, text: StaticString, entry: HeaderAddressEntry, next: HeaderAddressEntry): ClientProblem {
  const nameEnd = lastWordBefore(next, next.angle!.start);
  const name = text.text.slice(entry.range.start, nameEnd);
  const what = use.library.name === 'emailjs'
    ? `emailjs reads '${text.text.slice(entry.range.start, entry.range.end)}' as an address of its own and sends 'RCPT TO:<>' for it`
    : `nodemailer before version 9 reads '${text.text.slice(entry.range.start, entry.range.end)}' as an address of its own, with no mailbox`;
  const quoted = `"${name.replace(/["\\]/g, '\\$&')}"`;
  return {
    kind: 'comma-in-display-name',
    target: { value: text, start: entry.separator!.start, end: entry.separator!.end },
    message: `The unquoted ',' splits the display name '${name}' into two addresses: ${what}. Quote the display name.`,
    reply: use.library.name === 'emailjs' ? REPLIES.badRecipientSyntax : undefined,
    suggestions: [{ description: `Quote the display name: ${quoted}.`, fix: { value: text, edits: [{ start: entry.range.start, end: nameEnd, text: quoted }] } }],
  };
}

function lastWordBefore(entry: HeaderAddressEntry, limit: number): number {
  let end = entry.range.start;
  for (const word of entry.words) if (word.end <= limit) end = word.end;
  return end;
}

/** Checks one entry: the mailbox the library takes from it, and what it does to the rest. */
function checkEntry(use: HeaderAddressUse, text: StaticString, entry: HeaderAddressEntry): ClientProblem[] {
  if (entry.angle !== undefined) {
    const start = entry.angle.start + 1;
    const end = entry.angle.end - 1;
    const inner = text.text.slice(start, end);
    if (inner.trim() !== inner || inner.includes('"')) return [];
    if (inner === '') return use.role === 'header' ? [] : [missingMailbox(use, text, entry)];
    return checkSentMailbox(use, text, start, end);
  }
  // Quoted strings and comments are read differently by each library and version.
  if (entry.hasQuote || entry.hasComment) return [];

  const withAt = entry.words.filter((word) => text.text.slice(word.start, word.end).includes('@'));
  if (withAt.length === 0) return [missingMailbox(use, text, entry)];
  if (withAt.length > 1) return [];
  const mailbox = withAt[0]!;
  if (entry.words.length === 1) return checkSentMailbox(use, text, mailbox.start, mailbox.end);
  return [mailboxChanged(use, text, entry, mailbox), ...checkSentMailbox(use, text, mailbox.start, mailbox.end)];
}

function checkSentMailbox(use: HeaderAddressUse, text: StaticString, start: number, end: number): ClientProblem[] {
  if (use.role === 'header') return [];
  return checkLibraryMailbox(text, start, end, use.library, use.role);
}

function missingMailbox(use: HeaderAddressUse, text: StaticString, entry: HeaderAddressEntry): ClientProblem {
  const written = text.text.slice(entry.range.start, entry.range.end);
  const library = use.library.name;
  let consequence: string;
  if (use.role === 'reverse-path') consequence = `${library} sends 'MAIL FROM:<>', the null sender of bounces, which servers accept without a word, so bounces and replies of this message reach no one`;
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
  const written = text.text.slice(entry.range.start, entry.range.end);
  const sent = text.text.slice(mailbox.start, mailbox.end);
  const name = entry.words.filter((word) => word !== mailbox).map((word) => text.text.slice(word.start, word.end)).join(' ');
  const explicit = `${name} <${sent}>`;
  return {
    kind: 'mailbox-changed',
    target: { value: text, start: entry.range.start, end: entry.range.end },
    message: `${use.library.name} reads '${written}' as the display name '${name}' and the mailbox '${sent}', so it sends ${sent}, a different mailbox than written. Write the mailbox without spaces, or the display name apart: '${explicit}'.`,
    suggestions: [{
      description: `Write the display name apart: '${explicit}'.`,
      fix: { value: text, edits: [{ start: entry.range.start, end: entry.range.end, text: explicit }] },
    }],
  };
}
