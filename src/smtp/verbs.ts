/** Command verbs a client sends (RFC 5321, RFC 3030 BDAT, RFC 3207 STARTTLS, RFC 4954 AUTH, RFC 2033 LHLO). */
export const COMMAND_VERBS = [
  'MAIL', 'RCPT', 'EHLO', 'HELO', 'LHLO', 'DATA', 'BDAT', 'RSET', 'VRFY', 'EXPN', 'HELP', 'NOOP', 'QUIT',
  'STARTTLS', 'AUTH',
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
]);
