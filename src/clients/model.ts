import type { StaticValue } from '../ast/static-object.js';

/**
 * The behaviour of a mail library toward the address strings it is given, as checked against its
 * source and its output on the wire (nodemailer 6.9–10.6, emailjs 5.0, smtp-client 0.4, sendmail 1.6).
 */
export interface ClientLibrary {
  /** The npm package name, used in messages. */
  readonly name: string;
  /** The parser that splits header address lists into mailboxes. */
  readonly headerParser: 'nodemailer' | 'emailjs' | 'sendmail';
  /** True when the library puts `<…>` around an envelope address itself. */
  readonly addsBrackets: boolean;
  /**
   * 'auto' when the library adds SMTPUTF8 for a non-ASCII address, 'never' when it never does,
   * 'option' when the caller must ask for it.
   */
  readonly smtputf8: 'auto' | 'never' | 'option';
  /** True when the library turns a non-ASCII domain into its A-label before sending it. */
  readonly convertsDomains: boolean;
  /** True when the library reads `{ name, address }` objects in place of strings. */
  readonly readsAddressObjects: boolean;
  /** The consequence of a bracketed or named envelope address, for messages. */
  readonly bracketConsequence?: string;
}

/** The envelope path a value fills: MAIL FROM takes the reverse-path, RCPT TO a forward-path. */
export type EnvelopeRole = 'reverse-path' | 'forward-path';

/** A header address list (`From:`, `To:`…) that the library also takes the envelope from. */
export interface HeaderAddressUse {
  readonly grammar: 'header-address';
  readonly value: StaticValue;
  readonly library: ClientLibrary;
  /** The option name, such as `from` or `to`, for messages. */
  readonly field: string;
  /** The path the list feeds, or 'header' when it only fills a header such as `Reply-To:`. */
  readonly role: EnvelopeRole | 'header';
  /**
   * True for nodemailer's `envelope` option, which reads a bare word such as 'root' as the
   * address itself and takes `'<>'` as the null sender.
   */
  readonly isEnvelope?: boolean;
  /**
   * For nodemailer's `from`: the options present beside it that give MAIL FROM when `from` has
   * no address, as `envelope`, `sender` and `replyTo` do.
   */
  readonly senderFallbacks?: readonly string[];
}

/** An envelope address: what goes between `MAIL FROM:` or `RCPT TO:` and the line end. */
export interface EnvelopeAddressUse {
  readonly grammar: 'envelope';
  readonly value: StaticValue;
  readonly library: ClientLibrary;
  readonly field: string;
  readonly role: EnvelopeRole;
  /** True when an array of addresses is accepted here. */
  readonly acceptsArray: boolean;
  /** True when the value must be the whole path with brackets, as for emailjs `mail()`. */
  readonly isWholePath: boolean;
  /** True when the caller asked for SMTPUTF8, for libraries where that is an option. */
  readonly utf8?: boolean;
}

/** A string of complete SMTP command lines handed to a user's wrapper. */
export interface CommandUse {
  readonly grammar: 'command';
  readonly value: StaticValue;
  readonly field: string;
  readonly addsLineEnding: boolean;
}

/** The argument of EHLO or HELO: the client's host name. */
export interface HelloUse {
  readonly grammar: 'hello';
  readonly value: StaticValue;
  readonly library: ClientLibrary;
  readonly field: string;
  readonly verb: 'EHLO' | 'HELO';
  /** True when the library sends its machine's host name in place of an empty value. */
  readonly emptyMeansDefault: boolean;
  /** The query parameter that carries the name when the value is a connection URL. */
  readonly urlParameter?: string;
}

/** One value that a client library sends to an SMTP server, and how it sends it. */
export type ClientUse = HeaderAddressUse | EnvelopeAddressUse | CommandUse | HelloUse;
