import { describeCharacter, isSpaceOrTab } from '../chars.js';
import { addProblem } from '../context.js';
import type { SmtpProblem, Suggestion } from '../problem.js';
import { REPLIES } from '../reply.js';
import type { CheckedText } from '../text.js';
import { findNearVerb, MISSPELLED_VERBS, OBSOLETE_VERBS, toCommandVerb } from '../verbs.js';

// Local extension verbs (RFC 5321 §2.2.2 reserves verbs that start with X for them) that common
// servers implement: Postfix's XCLIENT and XFORWARD, and Exchange's XEXCH50. Other X verbs are
// reported, because a server that does not know them replies 500.
const LOCAL_VERBS: ReadonlySet<string> = new Set(['XCLIENT', 'XFORWARD', 'XEXCH50']);

// The command a path verb was meant to be when the server reads 'MAIL:' or 'RCPT:' as the verb.
const PATH_VERB_FORMS: ReadonlyMap<string, string> = new Map([['MAIL', 'MAIL FROM:'], ['RCPT', 'RCPT TO:']]);

/**
 * Reports a line whose first word is not a command verb. A server reads the verb up to the
 * first space, so 'RCPT:<…>' and 'QUIT.' are unknown verbs too: 500 5.5.2, not 501.
 * `wordEnd` is the end of the leading run of letters, digits and '_'.
 */
export function reportUnknownCommand(text: CheckedText, start: number, wordEnd: number, end: number, problems: SmtpProblem[]): void {
  let tokenEnd = wordEnd;
  while (tokenEnd < end && !isSpaceOrTab(text.code(tokenEnd)) && !text.isHole(tokenEnd) && text.code(tokenEnd) !== 0x3a) tokenEnd++;
  const token = text.slice(start, tokenEnd);
  const upper = token.toUpperCase();
  const colonFollows = text.code(tokenEnd) === 0x3a && !text.isHole(tokenEnd);
  const replaceEnd = colonFollows ? tokenEnd + 1 : tokenEnd;
  const range = { start, end: Math.max(tokenEnd, Math.min(start + 1, end)) };

  const meant = MISSPELLED_VERBS.get(upper) ?? (colonFollows ? PATH_VERB_FORMS.get(upper) : undefined);
  if (meant !== undefined) {
    const written = text.slice(start, replaceEnd);
    addProblem(problems, 'unknown-command', 'command', range, REPLIES.commandUnrecognized,
      `'${written}' is not an SMTP command; write '${meant}'.`, { suggestions: [replaceWith(start, replaceEnd, meant)] });
    return;
  }

  if (wordEnd === tokenEnd && LOCAL_VERBS.has(upper)) return;

  if (OBSOLETE_VERBS.has(upper)) {
    addProblem(problems, 'obsolete-command', 'command', range, REPLIES.commandNotImplemented,
      `${upper} is an RFC 821 command that RFC 5321 retired; servers answer it with 502 or 500. Use MAIL FROM: and RCPT TO: instead.`);
    return;
  }

  if (wordEnd === start) {
    addProblem(problems, 'unknown-command', 'command', { start, end: Math.min(start + 1, end) }, REPLIES.commandUnrecognized,
      `A command line must start with a command verb, not ${describeCharacter(text.text, start)}.`);
    return;
  }

  const verb = toCommandVerb(text.slice(start, wordEnd));
  if (verb !== undefined) {
    const after = describeCharacter(text.text, wordEnd);
    addProblem(problems, 'unknown-command', 'command', range, REPLIES.commandUnrecognized,
      `'${text.slice(start, replaceEnd)}' is not an SMTP command: servers read the verb up to the first space, so ${after} after ${verb} makes it unknown. ` +
        `Remove it, or put a space before the argument.`);
    return;
  }

  const near = findNearVerb(token);
  addProblem(problems, 'unknown-command', 'command', range, REPLIES.commandUnrecognized,
    near === undefined ? `'${token}' is not an SMTP command verb.` : `'${token}' is not an SMTP command verb; did you mean ${near}?`,
    near === undefined ? {} : { suggestions: [replaceWith(start, tokenEnd, near)] });
}

function replaceWith(start: number, end: number, text: string): Suggestion {
  return { description: `Replace with '${text}'.`, edits: [{ start, end, text }] };
}
