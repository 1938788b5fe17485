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

/** Formats a reply as it appears on the wire, for example `501 5.1.7`. */
export function formatReply(value: Reply): string {
  return `${value.code} ${value.enhanced}`;
}
