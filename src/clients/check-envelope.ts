import type { StaticStringValue, StaticValue } from '../ast/static-object.js';
import { escapeForLiteral } from '../ast/locate.js';
import type { StaticString } from '../ast/static-string.js';
import { parseAddressList, type HeaderAddressEntry } from '../smtp/header-address.js';
import { checkCommand, REPLIES, type Reply } from '../smtp/index.js';
import { checkAddressObject } from './address-object.js';
import { checkLibraryMailbox } from './check-mailbox.js';
import type { EnvelopeAddressUse } from './model.js';
import { fromGrammarProblem, limitProblems, quoteText, sliceText, type ClientProblem } from './problem.js';

/** Checks a value that a library puts after `MAIL FROM:` or `RCPT TO:` without parsing it. */
export function checkEnvelopeUse(use: EnvelopeAddressUse): ClientProblem[] {
  const value = use.value;
  if (value.kind === 'array') {
    if (!use.acceptsArray) return [];
    return value.elements.flatMap((element) => checkElement(use, element, true));
  }
  return checkElement(use, value, false);
}

function checkElement(use: EnvelopeAddressUse, value: StaticValue, inArray: boolean): ClientProblem[] {
  if (value.kind === 'object' && use.library.readsAddressObjects) return checkAddressObject(use, value);
  if (value.kind !== 'string') return [];
  if (use.isWholePath) return checkWholePath(use, value.value);
  return checkBareMailbox(use, value, inArray);
}

/** The value is all that follows the colon, so it must be `<mailbox>`, as for emailjs `mail()`. */
function checkWholePath(use: EnvelopeAddressUse, value: StaticString): ClientProblem[] {
  const list = findList(value);
  if (list !== undefined) return [listInPath(use, value, list, undefined)];
  const prefix = use.role === 'reverse-path' ? 'MAIL FROM:' : 'RCPT TO:';
  const found = checkCommand(sliceText(value, 0, value.text.length, prefix)).problems.map((problem) => ({ problem, prefix }));
  if (use.role === 'forward-path' && use.library.smtputf8 === 'never') {
    // A lone RCPT line may follow a MAIL line with SMTPUTF8, so the grammar accepts non-ASCII there.
    // This library never sends SMTPUTF8, so the same line after a MAIL line without it settles that.
    const withMail = `MAIL FROM:<>\r\n${prefix}`;
    for (const problem of checkCommand(sliceText(value, 0, value.text.length, withMail)).problems) {
      if (problem.kind.startsWith('non-ascii')) found.push({ problem, prefix: withMail });
    }
  }
  const sends = `${use.library.name} sends '${use.field}' after '${prefix}' as it is, adding no angle brackets.`;
  return limitProblems(found.map(({ problem, prefix: checked }) => {
    const mapped = fromGrammarProblem(problem, value, 0, value.text.length, checked.length);
    return { ...mapped, message: `${sends} ${mapped.message}` };
  }));
}

/** The library writes `<` and `>` around the value itself, so it must be a bare mailbox. */
function checkBareMailbox(use: EnvelopeAddressUse, string: StaticStringValue, inArray: boolean): ClientProblem[] {
  const value = string.value;
  const library = use.library.name;
  if (value.holes.length === 0 && value.text.trim() === '') {
    if (use.role === 'reverse-path') return [];
    return [{
      kind: 'empty-recipient',
      target: { node: string.reportNode },
      message: `An empty recipient${inArray ? ' among the recipients' : ''}: ${library === 'nodemailer' ? `nodemailer fails with 'Invalid recipient ""'` : `${library} sends 'RCPT TO:<>'`}. Remove it or give the mailbox.`,
      reply: library === 'nodemailer' ? undefined : REPLIES.badRecipientSyntax,
    }];
  }

  const list = findList(value);
  if (list !== undefined) return [listInPath(use, value, list, use.acceptsArray && string.owned ? string : undefined)];

  const entries = parseAddressList({ text: value.text, holes: value.holes }).entries;
  const entry = entries.length === 1 ? entries[0]! : undefined;
  if (entry?.angle !== undefined && !entry.hasQuote && !entry.hasComment) {
    // Around a `${…}` hole the brackets are still known text, so `<${addr}>` is doubled whatever
    // `addr` holds. A display name with a hole is left alone, because it may be empty.
    if (!entry.hasHole || (entry.words.length === 0 && isWholeAngle(value, entry))) return [bracketsInMailbox(use, value, entry)];
  }
  return checkLibraryMailbox(value, 0, value.text.length, use.library, use.role, use.utf8);
}

function isWholeAngle(value: StaticString, entry: HeaderAddressEntry): boolean {
  const angle = entry.angle!;
  return value.text.slice(0, angle.start).trim() === '' && value.text.slice(angle.end).trim() === '' && !value.holes.includes(angle.start) && !value.holes.includes(angle.end - 1);
}

function bracketsInMailbox(use: EnvelopeAddressUse, value: StaticString, entry: HeaderAddressEntry): ClientProblem {
  const angle = entry.angle!;
  const mailbox = value.text.slice(angle.start + 1, angle.end - 1);
  const consequence = use.library.bracketConsequence ?? `${use.library.name} adds its own`;
  const fix = { value, edits: [{ start: 0, end: angle.start + 1, text: '' }, { start: angle.end - 1, end: value.text.length, text: '' }] };
  const named = entry.words.length > 0;
  // nodemailer rejects the address itself, so no server sees it.
  let reply: Reply | undefined;
  if (use.library.name !== 'nodemailer') reply = use.role === 'reverse-path' ? REPLIES.badSenderSyntax : REPLIES.badRecipientSyntax;
  return {
    kind: named ? 'display-name-in-path' : 'brackets-added-by-library',
    target: named ? { value, start: 0, end: value.text.length } : { value, start: angle.start, end: angle.end },
    message: named
      ? `An envelope address carries no display name, and ${use.library.name} puts the whole text inside its own angle brackets: ${consequence}. Pass only the mailbox: '${quoteText(mailbox)}'.`
      : `${use.library.name} writes the angle brackets around '${use.field}' itself: ${consequence}. Remove these brackets.`,
    reply,
    fix,
  };
}

/** Returns the entries when the string contains a comma or semicolon list of several mailboxes. */
function findList(value: StaticString): readonly HeaderAddressEntry[] | undefined {
  if (!/[,;]/.test(value.text)) return undefined;
  const list = parseAddressList({ text: value.text, holes: value.holes });
  return list.entries.length > 1 && !list.unterminated ? list.entries : undefined;
}

function listInPath(use: EnvelopeAddressUse, value: StaticString, entries: readonly HeaderAddressEntry[], replaceable: StaticStringValue | undefined): ClientProblem {
  const verb = use.role === 'reverse-path' ? 'MAIL FROM' : 'RCPT TO';
  const sent = use.isWholePath ? value.text : `<${value.text}>`;
  const mailboxes = entries.map((entry) => value.text.slice(entry.range.start, entry.range.end));
  const plain = mailboxes.every((mailbox) => /^[^\s<>"(),;]+@[^\s<>"(),;]+$/.test(mailbox));
  const quote = replaceable?.node.type === 'Literal' && replaceable.node.raw.startsWith('"') ? '"' : "'";
  // The mailboxes are cooked text, so each element is escaped again for the quote it goes into.
  const array = `[${mailboxes.map((mailbox) => `${quote}${escapeForLiteral(mailbox, quote)}${quote}`).join(', ')}]`;
  const canSuggest = replaceable !== undefined && plain && value.holes.length === 0;
  return {
    kind: 'list-in-path',
    target: { value, start: 0, end: value.text.length },
    message: `'${use.field}' is one string, so ${use.library.name} sends it as one path, '${quoteText(`${verb}:${sent}`)}', which servers reject. ${use.acceptsArray ? 'Pass an array with one mailbox in each element.' : 'Send one command for each mailbox.'}`,
    reply: use.role === 'reverse-path' ? REPLIES.badSenderSyntax : REPLIES.badRecipientSyntax,
    suggestions: canSuggest ? [{ description: `Pass an array of ${mailboxes.length} recipients: ${quoteText(array)}.`, fix: { source: [{ range: replaceable.node.range, text: array }] } }] : [],
  };
}
