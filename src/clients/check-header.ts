import type { StaticString } from '../ast/static-string.js';
import type { StaticStringValue, StaticValue } from '../ast/static-object.js';
import { parseAddressList, type HeaderAddressEntry } from '../smtp/header-address.js';
import { REPLIES } from '../smtp/index.js';
import { checkAddressObject } from './address-object.js';
import { checkEntry } from './header-entry.js';
import type { HeaderAddressUse } from './model.js';
import { quoteText, type ClientProblem } from './problem.js';
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
  if (use.library.headerParser === 'sendmail') return checkSendmailList(use, text, inArray);

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
      // nodemailer 9 and later join the words back into one display name, so only emailjs splits it.
      if (use.library.headerParser === 'emailjs') problems.push(commaInDisplayName(use, text, entry, next!));
      return;
    }
    // A loop, not a spread: an address list can give more problems than a call takes arguments.
    for (const problem of checkEntry(use, text, entry)) problems.push(problem);
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
  const what = `emailjs reads '${quoteText(text.text.slice(entry.range.start, entry.range.end))}' as an address of its own and sends 'RCPT TO:<>' for it`;
  const quoted = `"${name.replace(/["\\]/g, '\\$&')}"`;
  return {
    kind: 'comma-in-display-name',
    target: { value: text, start: entry.separator!.start, end: entry.separator!.end },
    message: `The unquoted ',' splits the display name '${quoteText(name)}' into two addresses: ${what}. Quote the display name.`,
    reply: REPLIES.badRecipientSyntax,
    suggestions: [{ description: `Quote the display name: ${quoteText(quoted)}.`, fix: { value: text, edits: [{ start: entry.range.start, end: nameEnd, text: quoted }] } }],
  };
}

function lastWordBefore(entry: HeaderAddressEntry, limit: number): number {
  let end = entry.range.start;
  for (const word of entry.words) if (word.end <= limit) end = word.end;
  return end;
}
