import type { StaticString } from '../ast/static-string.js';
import { checkMailbox, REPLIES } from '../smtp/index.js';
import type { ClientLibrary, EnvelopeRole } from './model.js';
import { fromGrammarProblem, limitProblems, quoteText, sliceText, type ClientProblem } from './problem.js';

/**
 * Checks the mailbox at `[start, end)` of `value` as `library` sends it. SMTPUTF8 counts as sent
 * when the library adds it, and for libraries where it is an option unless the call proves it
 * off. Non-ASCII domains count as converted when the library converts them.
 */
export function checkLibraryMailbox(
  value: StaticString,
  start: number,
  end: number,
  library: ClientLibrary,
  role: EnvelopeRole,
  utf8Requested?: boolean,
): ClientProblem[] {
  const utf8 = library.smtputf8 === 'auto' || (library.smtputf8 === 'option' && utf8Requested !== false);
  const words = findWordsBeforeMailbox(value, start, end, role, utf8);
  if (words !== undefined) return [wordsBeforeMailbox(value, start, end, words, library, role)];

  const problems = limitProblems(checkMailbox(sliceText(value, start, end), { role, utf8 }));
  return problems.map((problem) => {
    const mapped = fromGrammarProblem(problem, value, start, end - start);
    if (problem.kind === 'non-ascii-local-part') return { ...mapped, message: nonAsciiLocalPartMessage(library) };
    if (problem.kind === 'non-ascii-domain' && !library.convertsDomains) {
      return { ...mapped, message: `${library.name} sends the domain as it is written, not as its A-label. ${problem.message}` };
    }
    return mapped;
  });
}

/**
 * Returns the offset of the last word when `[start, end)` is words and then a valid mailbox,
 * as in 'Mary Ann mary@example.com': a display name written where only a mailbox belongs.
 */
export function findWordsBeforeMailbox(value: StaticString, start: number, end: number, role: EnvelopeRole, utf8: boolean): number | undefined {
  if (value.holes.some((hole) => hole >= start && hole < end)) return undefined;
  const text = value.text.slice(start, end);
  if (text.includes('"') || text.includes('<')) return undefined;
  const trimmed = text.trimEnd();
  const space = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\t'));
  const words = trimmed.slice(0, space).trim();
  const mailbox = trimmed.slice(space + 1);
  if (space === -1 || words === '' || words.includes('@') || !mailbox.includes('@')) return undefined;
  return checkMailbox(mailbox, { role, utf8 }).length === 0 ? start + space + 1 : undefined;
}

function wordsBeforeMailbox(value: StaticString, start: number, end: number, last: number, library: ClientLibrary, role: EnvelopeRole): ClientProblem {
  const mailbox = value.text.slice(last, end).trim();
  const written = value.text.slice(start, end);
  return {
    kind: 'words-before-mailbox',
    target: { value, start, end },
    message: `'${quoteText(written)}' has a display name or other words before the mailbox, and ${library.name} sends them inside the angle brackets as part of the address. An envelope address carries no display name: pass only '${quoteText(mailbox)}'.`,
    reply: role === 'reverse-path' ? REPLIES.badSenderSyntax : REPLIES.badRecipientSyntax,
    suggestions: [{ description: `Keep only the mailbox '${quoteText(mailbox)}'.`, fix: { value, edits: [{ start, end: last, text: '' }] } }],
  };
}

function nonAsciiLocalPartMessage(library: ClientLibrary): string {
  if (library.smtputf8 === 'option') {
    return `The local-part is not ASCII, and ${library.name} sends the SMTPUTF8 parameter only when asked: pass 'utf8: true' to mail(), or use an ASCII address.`;
  }
  return `The local-part is not ASCII, and ${library.name} never sends the SMTPUTF8 parameter, so servers reject the address or mangle it. Use an ASCII address, or a library that sends SMTPUTF8.`;
}
