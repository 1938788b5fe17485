import type { StaticString } from '../ast/static-string.js';
import { checkMailbox } from '../smtp/index.js';
import type { ClientLibrary, EnvelopeRole } from './model.js';
import { fromGrammarProblem, sliceText, type ClientProblem } from './problem.js';

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
  const problems = checkMailbox(sliceText(value, start, end), { role, utf8 });
  return problems.map((problem) => {
    const mapped = fromGrammarProblem(problem, value, start, end - start);
    if (problem.kind === 'non-ascii-local-part') return { ...mapped, message: nonAsciiLocalPartMessage(library) };
    if (problem.kind === 'non-ascii-domain' && !library.convertsDomains) {
      return { ...mapped, message: `${library.name} sends the domain as it is written, not as its A-label. ${problem.message}` };
    }
    return mapped;
  });
}

function nonAsciiLocalPartMessage(library: ClientLibrary): string {
  if (library.smtputf8 === 'option') {
    return `The local-part is not ASCII, and ${library.name} sends the SMTPUTF8 parameter only when asked: pass 'utf8: true' to mail(), or use an ASCII address.`;
  }
  return `The local-part is not ASCII, and ${library.name} never sends the SMTPUTF8 parameter, so servers reject the address or mangle it. Use an ASCII address, or a library that sends SMTPUTF8.`;
}
