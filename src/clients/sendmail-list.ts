import type { StaticString } from '../ast/static-string.js';
import { REPLIES } from '../smtp/index.js';
import { checkLibraryMailbox } from './check-mailbox.js';
import type { HeaderAddressUse } from './model.js';
import { quoteText, type ClientProblem } from './problem.js';

/**
 * Checks an address string as sendmail 1.6 reads it: split at every comma, quotes or not, unless
 * it is an array element, and
 * from each part the text after its last '<' (when other text precedes it), without a final '>'.
 */
export function checkSendmailList(use: HeaderAddressUse, value: StaticString, inArray: boolean): ClientProblem[] {
  if (use.role === 'header') return [];
  const text = value.text;
  // sendmail splits only strings of `to`, `cc` and `bcc`. It reads `from` and each array element whole.
  const parts = use.role === 'forward-path' && !inArray ? splitAtCommas(text) : [[0, text.length] as const];
  if (inArray && use.role === 'forward-path' && text.includes(',') && !text.includes('"')) return [listInElement(use, value)];
  const problems: ClientProblem[] = [];
  for (const [partStart, partEnd] of parts) {
    let start = partStart;
    let end = partEnd;
    const open = text.lastIndexOf('<', end - 1);
    if (open > start && !/[\r\n]/.test(text.slice(start, open))) start = open + 1;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (text[end - 1] === '>') end--;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (value.holes.some((hole) => hole >= start && hole < end)) continue;
    if (start === end && use.role === 'reverse-path') continue;
    const sends = `sendmail sends '${quoteText(text.slice(start, end))}' from '${use.field}' as it is.`;
    for (const problem of checkLibraryMailbox(value, start, end, use.library, use.role)) problems.push({ ...problem, message: `${sends} ${problem.message}` });
  }
  return problems;
}

function listInElement(use: HeaderAddressUse, value: StaticString): ClientProblem {
  return {
    kind: 'list-in-path',
    target: { value, start: 0, end: value.text.length },
    message: `sendmail sends each element of '${use.field}' whole, so this list becomes one 'RCPT TO:<${quoteText(value.text)}>', which servers reject. Put each mailbox in its own element.`,
    reply: REPLIES.badRecipientSyntax,
  };
}

function splitAtCommas(text: string): (readonly [number, number])[] {
  const parts: (readonly [number, number])[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== ',') continue;
    parts.push([start, i]);
    start = i + 1;
  }
  return parts;
}
