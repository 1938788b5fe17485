import type { Edit, ProblemCategory, SmtpProblem, Suggestion } from './problem.js';
import type { Reply } from './reply.js';
import type { CheckedText } from './text.js';

/** State shared by the productions inside one command line while they check it. */
export interface AddressContext {
  readonly text: CheckedText;
  /** True when the command carries the SMTPUTF8 parameter, so non-ASCII addresses are allowed. */
  readonly utf8: boolean;
  /** The reply a strict server sends for a bad address here: sender and recipient differ. */
  readonly addressReply: Reply;
  readonly problems: SmtpProblem[];
}

interface ProblemExtras {
  readonly fix?: readonly Edit[];
  readonly suggestions?: readonly Suggestion[];
}

/** Records a problem; every production reports through this so the shape stays the same. */
export function addProblem(
  problems: SmtpProblem[],
  kind: string,
  category: ProblemCategory,
  range: { start: number; end: number },
  reply: Reply,
  message: string,
  extras: ProblemExtras = {},
): void {
  problems.push({ kind, category, start: range.start, end: range.end, reply, message, ...extras });
}
