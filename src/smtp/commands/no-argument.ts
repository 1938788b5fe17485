import { addProblem } from '../context.js';
import { REPLIES } from '../reply.js';
import { skipSpaces, type CommandSpan } from './arguments.js';

/**
 * Checks RSET, QUIT, DATA (RFC 5321 §4.1.1.4, §4.1.1.5, §4.1.1.10) and STARTTLS (RFC 3207 §4),
 * which take no argument. RFC 5321 §4.3.2 has servers reply 501 to an argument.
 */
export function checkNoArgumentCommand(span: CommandSpan): void {
  const { text, verbEnd, end } = span;
  const argumentStart = skipSpaces(text, verbEnd, end);
  // A hole may hold a line ending, so static text after it need not be on this line.
  if (argumentStart === end || text.hasHole(verbEnd, end)) return;

  const argument = text.slice(argumentStart, end);
  const dataHint = span.verb === 'DATA' ? " The message text follows on the next lines, after the server's 354 reply." : '';
  addProblem(span.problems, 'unexpected-argument', 'command', { start: argumentStart, end }, REPLIES.syntaxInArguments,
    `${span.verb} takes no argument; remove '${argument}'.${dataHint}`,
    { fix: [{ start: verbEnd, end, text: '' }] });
}
