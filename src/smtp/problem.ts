import type { Reply } from './reply.js';

/** The group of problems one lint rule reports: each rule checks one category. */
export type ProblemCategory = 'command' | 'mailbox' | 'parameter' | 'line';

/** A text replacement in the checked string, in UTF-16 offsets, end exclusive. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A change that may be right but changes meaning or is not accepted everywhere. */
export interface Suggestion {
  readonly description: string;
  readonly edits: readonly Edit[];
}

/**
 * One fault in a command line or address, with the characters it covers (UTF-16 offsets into
 * the checked string, end exclusive) and the reply a strict server sends for it.
 */
export interface SmtpProblem {
  readonly kind: string;
  readonly category: ProblemCategory;
  readonly start: number;
  readonly end: number;
  readonly reply: Reply;
  /** Plain words: what is wrong and how to fix it. */
  readonly message: string;
  /** Edits that are certain to keep the meaning and be accepted by every server. */
  readonly fix?: readonly Edit[];
  readonly suggestions?: readonly Suggestion[];
}
