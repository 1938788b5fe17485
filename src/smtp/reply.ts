/**
 * An SMTP reply as a strict server sends it: the three-digit reply code (RFC 5321 §4.2),
 * the enhanced status code (RFC 3463) and the usual reply text.
 */
export interface Reply {
  readonly code: number;
  readonly enhanced: string;
  readonly text: string;
}

function reply(code: number, enhanced: string, text: string): Reply {
  return Object.freeze({ code, enhanced, text });
}

/** The replies the grammar can predict, keyed by what went wrong. */
export const REPLIES = Object.freeze({
  commandUnrecognized: reply(500, '5.5.2', 'Syntax error, command unrecognized'),
  lineTooLong: reply(500, '5.5.2', 'Line too long'),
  /** A line without its CRLF never completes: the server waits for the rest, then closes the connection. */
  timeout: reply(421, '4.4.2', 'Timeout exceeded, closing connection'),
  syntaxInArguments: reply(501, '5.5.4', 'Syntax error in parameters or arguments'),
  badSenderSyntax: reply(501, '5.1.7', 'Bad sender address syntax'),
  badRecipientSyntax: reply(501, '5.1.3', 'Bad recipient address syntax'),
  badDomainSyntax: reply(501, '5.5.4', 'Invalid domain name'),
  commandNotImplemented: reply(502, '5.5.1', 'Command not implemented'),
  parameterNotImplemented: reply(504, '5.5.4', 'Command parameter not implemented'),
  nonAsciiAddress: reply(553, '5.6.7', 'Non-ASCII addresses not permitted without SMTPUTF8'),
  mailboxNameNotAllowed: reply(553, '5.1.3', 'Mailbox name not allowed'),
  parameterNotRecognized: reply(555, '5.5.4', 'MAIL FROM/RCPT TO parameters not recognized or not implemented'),
});

/** The text `formatReply` returns for a value that is not a reply. */
const UNKNOWN_REPLY = 'unknown reply';

/** RFC 3463 §2: class "." subject "." detail, where the class is 2, 4 or 5. */
const ENHANCED_STATUS_CODE = /^[245]\.\d{1,3}\.\d{1,3}$/;

/**
 * Formats a reply as it appears on the wire, for example `501 5.1.7`, or only the code when the
 * enhanced code is empty. JavaScript callers may pass anything, so a value that is not a reply
 * returns 'unknown reply' instead of throwing.
 */
export function formatReply(value: Reply): string {
  const candidate: unknown = value;
  if (typeof candidate !== 'object' || candidate === null) return UNKNOWN_REPLY;
  let code: unknown;
  let enhanced: unknown;
  try {
    ({ code, enhanced } = candidate as Record<string, unknown>);
  } catch {
    // A getter or a proxy may throw while its properties are read.
    return UNKNOWN_REPLY;
  }

  const validCode = typeof code === 'number' && Number.isInteger(code) && code >= 100 && code <= 599;
  if (!validCode || typeof enhanced !== 'string') return UNKNOWN_REPLY;
  if (enhanced === '') return String(code);
  return ENHANCED_STATUS_CODE.test(enhanced) ? `${code} ${enhanced}` : UNKNOWN_REPLY;
}
