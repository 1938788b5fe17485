import { findNearWord } from './spelling.js';

/**
 * Command verbs a client sends: RFC 5321, RFC 2033 LHLO, RFC 3030 BDAT, RFC 3207 STARTTLS,
 * RFC 4954 AUTH, RFC 1985 ETRN, RFC 2645 ATRN and RFC 4468 BURL.
 */
export const COMMAND_VERBS = [
  'MAIL', 'RCPT', 'EHLO', 'HELO', 'LHLO', 'DATA', 'BDAT', 'RSET', 'VRFY', 'EXPN', 'HELP', 'NOOP', 'QUIT',
  'STARTTLS', 'AUTH', 'ETRN', 'ATRN', 'BURL',
] as const;

export type CommandVerb = (typeof COMMAND_VERBS)[number];

const VERBS = new Set<string>(COMMAND_VERBS);

/** Returns the upper-case verb when `word` is a command verb, in any letter case. */
export function toCommandVerb(word: string): CommandVerb | undefined {
  const upper = word.toUpperCase();
  return VERBS.has(upper) ? (upper as CommandVerb) : undefined;
}

/** Misspellings seen in real code, with the command they were meant to be. */
export const MISSPELLED_VERBS: ReadonlyMap<string, string> = new Map([
  ['MAILFROM', 'MAIL FROM:'],
  ['RCPTTO', 'RCPT TO:'],
  ['MAIL_FROM', 'MAIL FROM:'],
  ['RCPT_TO', 'RCPT TO:'],
  ['MAIL-FROM', 'MAIL FROM:'],
  ['RCPT-TO', 'RCPT TO:'],
]);

/**
 * RFC 821 commands that RFC 5321 Appendix F deprecates (TURN, and SEND, SOML and SAML): servers
 * reply 502 or 500 to them, so no client may rely on them.
 */
export const OBSOLETE_VERBS: ReadonlySet<string> = new Set(['SEND', 'SOML', 'SAML', 'TURN']);

/**
 * Returns the command verb that `word` is one typing slip away from, as in 'RCTP' or 'HELLO',
 * or undefined.
 */
export function findNearVerb(word: string): CommandVerb | undefined {
  if (word.length < 3 || word.length > 9) return undefined;
  return findNearWord(word, COMMAND_VERBS);
}
