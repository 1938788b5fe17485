import type { ClientLibrary } from './model.js';

/**
 * nodemailer 6.9 to 10.6. `sendMail` parses every address option with its address parser, adds
 * SMTPUTF8 when an address needs it and turns non-ASCII domains into A-labels. In `envelope`,
 * nodemailer 10.6 keeps a bare word with no '@' as the address (`to: 'ops'` sends
 * `RCPT TO:<ops>`), where a header option reads it as a display name. Without `envelope`, MAIL
 * FROM is the first address of From, then Sender, then Reply-To. `SMTPConnection#send` takes
 * bare mailboxes, adds the brackets itself, and rejects a '<', '>', CR or LF in an address
 * before it sends anything.
 */
export const NODEMAILER: ClientLibrary = {
  name: 'nodemailer',
  headerParser: 'nodemailer',
  addsBrackets: true,
  smtputf8: 'auto',
  convertsDomains: true,
  readsAddressObjects: true,
  bracketConsequence: "nodemailer's SMTPConnection rejects the address with 'Invalid sender' or 'Invalid recipient' before sending anything",
};

/** `SMTPConnection#send` sends a non-ASCII domain as it is, with SMTPUTF8 when the server offers it. */
export const NODEMAILER_CONNECTION: ClientLibrary = { ...NODEMAILER, convertsDomains: false };

/**
 * emailjs 5.0. Its client parses `from`, `to`, `cc`, `bcc` and `return-path` and sends each as
 * `<address>`. The low-level `SMTPConnection#mail` and `#rcpt` send their argument as it is,
 * after `MAIL FROM:` and `RCPT TO:`. It never sends SMTPUTF8 and never converts domains.
 */
export const EMAILJS: ClientLibrary = {
  name: 'emailjs',
  headerParser: 'emailjs',
  addsBrackets: false,
  smtputf8: 'never',
  convertsDomains: false,
  readsAddressObjects: false,
};

/**
 * smtp-client 0.4: `mail({ from })` sends `MAIL FROM:<from>`, and `SMTPUTF8` only with
 * `utf8: true`; `rcpt({ to })` sends `RCPT TO:<to>`.
 */
export const SMTP_CLIENT: ClientLibrary = {
  name: 'smtp-client',
  headerParser: 'nodemailer',
  addsBrackets: true,
  smtputf8: 'option',
  convertsDomains: false,
  readsAddressObjects: false,
  bracketConsequence: 'smtp-client adds its own, so the server receives two pairs',
};

/**
 * sendmail 1.6: splits `to`, `cc` and `bcc` strings at commas, keeps what follows the last '<'
 * of each part without a trailing '>', and sends it in brackets. It never sends SMTPUTF8.
 */
export const SENDMAIL: ClientLibrary = {
  name: 'sendmail',
  headerParser: 'sendmail',
  addsBrackets: true,
  smtputf8: 'never',
  convertsDomains: false,
  readsAddressObjects: false,
};

/** Returns the profile of a user's wrapper that `settings.smtp.wrappers` describes. */
export function wrapperLibrary(callee: string, addsBrackets: boolean, utf8: boolean): ClientLibrary {
  return {
    name: callee,
    headerParser: 'nodemailer',
    addsBrackets,
    smtputf8: utf8 ? 'auto' : 'never',
    convertsDomains: false,
    readsAddressObjects: false,
    bracketConsequence: `${callee} adds its own, so the server receives two pairs`,
  };
}
