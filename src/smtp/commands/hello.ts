import { checkAddressLiteral, isIpv4Literal, isIpv6Address } from '../address-literal.js';
import { addProblem, type AddressContext } from '../context.js';
import { checkDomainName } from '../domain.js';
import type { SmtpProblem } from '../problem.js';
import { REPLIES } from '../reply.js';
import { findWordEnd, readArgumentStart, reportExtraArguments, reportMissingArgument, type CommandSpan } from './arguments.js';

/**
 * Checks `EHLO` and `LHLO` (`SP ( Domain / address-literal )`, RFC 5321 §4.1.1.1 and RFC 2033)
 * and `HELO` (`SP Domain`). A bad name draws 501 5.5.4 from servers that check it.
 */
export function checkHelloCommand(span: CommandSpan): void {
  const { text, end } = span;
  const argumentStart = readArgumentStart(span);
  if (argumentStart === end) {
    reportMissingArgument(span, span.verb === 'HELO'
      ? "HELO needs the client's host name, as in 'HELO mail.example.com'."
      : `${span.verb} needs the client's host name or address literal, as in '${span.verb} mail.example.com' or '${span.verb} [192.0.2.1]'.`);
    return;
  }
  if (text.hasHole(argumentStart, end)) return;

  const nameEnd = findWordEnd(text, argumentStart, end);
  if (nameEnd < end) {
    reportExtraArguments(span, nameEnd,
      `${span.verb} takes one argument, the client's host name; a space ends it. Remove the words after '${text.slice(argumentStart, nameEnd)}'.`,
      REPLIES.badDomainSyntax);
  }
  checkHelloName(span, argumentStart, nameEnd);
}

function checkHelloName(span: CommandSpan, start: number, end: number): void {
  const text = span.text;
  const name = text.slice(start, end);
  const context: AddressContext = { text, utf8: false, addressReply: REPLIES.badDomainSyntax, problems: [] };

  if (text.code(start) === 0x5b) {
    if (span.verb === 'HELO') reportHeloAddressLiteral(span, start, end);
    checkAddressLiteral(context, start, end);
  } else if (isIpv4Literal(text.text, start, end)) {
    reportBareIp(span, start, end, `[${name}]`);
  } else if (isIpv6Address(text.text, start, end)) {
    reportBareIp(span, start, end, `[IPv6:${name}]`);
  } else {
    checkDomainName(context, start, end);
  }
  for (const problem of context.problems) span.problems.push(adaptDomainProblem(span, problem));
}

function reportHeloAddressLiteral(span: CommandSpan, start: number, end: number): void {
  addProblem(span.problems, 'address-literal-in-helo', 'command', { start, end }, REPLIES.badDomainSyntax,
    `HELO takes only a domain name (RFC 5321 §4.1.1.1); an address literal needs EHLO: 'EHLO ${span.text.slice(start, end)}'.`,
    { suggestions: [{ description: 'Send EHLO instead of HELO.', edits: [{ start: span.start, end: span.verbEnd, text: 'EHLO' }] }] });
}

function reportBareIp(span: CommandSpan, start: number, end: number, literal: string): void {
  const name = span.text.slice(start, end);
  if (span.verb === 'HELO') {
    addProblem(span.problems, 'bare-ip-domain', 'command', { start, end }, REPLIES.badDomainSyntax,
      `HELO takes a domain name, not the IP address ${name}. Send the host name, or 'EHLO ${literal}'.`,
      { suggestions: [{ description: `Replace with 'EHLO ${literal}'.`, edits: [{ start: span.start, end, text: `EHLO ${literal}` }] }] });
    return;
  }
  addProblem(span.problems, 'bare-ip-domain', 'command', { start, end }, REPLIES.badDomainSyntax,
    `${span.verb} takes an IP address only as an address literal in brackets: '${span.verb} ${literal}'.`,
    { fix: [{ start, end, text: literal }] });
}

/**
 * Turns a problem that the Domain grammar reported for a mailbox into one about the greeting:
 * it belongs to the command rule, and a few messages need words that fit a host name.
 */
function adaptDomainProblem(span: CommandSpan, problem: SmtpProblem): SmtpProblem {
  const text = span.text;
  const adapted: SmtpProblem = { ...problem, category: 'command', reply: REPLIES.badDomainSyntax };
  if (problem.kind === 'non-ascii-domain') {
    const label = text.slice(problem.start, problem.end);
    const edits = problem.suggestions?.[0]?.edits ?? [];
    const aLabel = edits[0]?.text ?? label;
    // The A-label names the same host, so unlike in a mailbox the replacement is a certain fix.
    return {
      kind: problem.kind,
      category: 'command',
      start: problem.start,
      end: problem.end,
      reply: REPLIES.badDomainSyntax,
      message: `${span.verb} is sent before any SMTPUTF8 parameter, so the host name must be ASCII: write the A-label '${aLabel}' for '${label}'.`,
      fix: edits,
    };
  }
  if (problem.kind === 'invalid-domain-character' && /^_+$/.test(text.slice(problem.start, problem.end))) {
    return {
      ...adapted,
      message: "A host name may not contain '_' (RFC 952 and RFC 1123 §2.1 allow letters, digits and hyphens), and servers that check the greeting reject it. Use the real host name, or a hyphen.",
      suggestions: [{ description: "Replace '_' with '-'.", edits: [{ start: problem.start, end: problem.end, text: '-'.repeat(problem.end - problem.start) }] }],
    };
  }
  return adapted;
}
