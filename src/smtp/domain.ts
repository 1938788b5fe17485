import { checkAddressLiteral, isIpv4Literal, isIpv6Address } from './address-literal.js';
import { describeCharacter, isLetDig, isNonAscii } from './chars.js';
import { addProblem, type AddressContext } from './context.js';
import { checkIdnLabel } from './idna.js';
import { REPLIES } from './reply.js';

const MAX_LABEL_OCTETS = 63;
const MAX_DOMAIN_OCTETS = 255;

/** Checks a Domain or an address-literal at `[start, end)`; returns its length in octets. */
export function checkMailboxDomain(context: AddressContext, start: number, end: number): number {
  const text = context.text.text;
  if (start === end) {
    addProblem(context.problems, 'missing-domain', 'mailbox', { start, end }, context.addressReply,
      "The mailbox has nothing after '@'. Add the domain, as in user@example.com.");
    return 0;
  }
  if (text.charCodeAt(start) === 0x5b) {
    checkAddressLiteral(context, start, end);
    return end - start;
  }
  if (isIpv4Literal(text, start, end)) return reportBareIp(context, start, end, '[');
  if (isIpv6Address(text, start, end)) return reportBareIp(context, start, end, '[IPv6:');
  return checkDomainName(context, start, end);
}

/** Reports an IP address written as a domain; the fix wraps it in `opening` and ']'. Returns the literal's length in octets. */
function reportBareIp(context: AddressContext, start: number, end: number, opening: string): number {
  const literal = `${opening}${context.text.slice(start, end)}]`;
  addProblem(context.problems, 'bare-ip-domain', 'mailbox', { start, end }, context.addressReply,
    `An IP address as a domain must be an address literal in brackets: ${literal}.`,
    { fix: [{ start, end: start, text: opening }, { start: end, end, text: ']' }] });
  return literal.length;
}

/** Checks a Domain (dot-separated LDH labels, or U-labels with SMTPUTF8); returns its length in octets. */
export function checkDomainName(context: AddressContext, start: number, end: number): number {
  const text = context.text.text;
  let octets = 0;
  let labelStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== 0x2e) continue;
    octets += checkLabel(context, labelStart, i, start, end);
    if (i < end) octets += 1;
    labelStart = i + 1;
  }

  if (octets > MAX_DOMAIN_OCTETS) {
    addProblem(context.problems, 'domain-too-long', 'mailbox', { start, end }, context.addressReply,
      `The domain is ${octets} octets long; the limit is ${MAX_DOMAIN_OCTETS}.`);
  }
  return octets;
}

function checkLabel(context: AddressContext, start: number, end: number, domainStart: number, domainEnd: number): number {
  const text = context.text.text;
  const problems = context.problems;
  const reply = context.addressReply;

  if (start === end) {
    // In 'a..' the empty label before the last dot has already reported that dot, so the empty last label adds nothing.
    const previousLabelEmpty = start - 1 === domainStart || text.charCodeAt(start - 2) === 0x2e;
    if (end === domainEnd && start > domainStart && previousLabelEmpty) return 0;
    const dot = start < domainEnd ? { start, end: start + 1 } : { start: start - 1, end: start };
    let where = 'has two dots in a row';
    if (start === domainStart) where = 'starts with a dot';
    else if (end === domainEnd) where = 'ends with a dot';
    const fix = end === domainEnd && start > domainStart ? { fix: [{ start: start - 1, end: start, text: '' }] } : {};
    addProblem(problems, 'empty-domain-label', 'mailbox', dot, reply, `The domain ${where}. Remove the extra dot.`, fix);
    return 0;
  }

  let nonAscii = false;
  let hasInvalidCharacter = false;
  let badStart = -1;
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : -1;
    const bad = i < end && !isLetDig(code) && code !== 0x2d && !isNonAscii(code);
    if (i < end && isNonAscii(code)) nonAscii = true;
    if (bad) hasInvalidCharacter = true;
    if (bad && badStart === -1) badStart = i;
    if (!bad && badStart !== -1) {
      addProblem(problems, 'invalid-domain-character', 'mailbox', { start: badStart, end: i }, reply,
        `A domain may contain only letters, digits, hyphens and dots; remove ${describeCharacter(text, badStart)}.`);
      badStart = -1;
    }
  }

  if (hasInvalidCharacter) return end - start;

  // Checked before IDNA so that a U-label or A-label with an edge hyphen names the hyphen, not its first letter.
  const edgeHyphen = text.charCodeAt(start) === 0x2d || text.charCodeAt(end - 1) === 0x2d;
  if (edgeHyphen) {
    const at = text.charCodeAt(start) === 0x2d ? start : end - 1;
    addProblem(problems, 'domain-label-hyphen', 'mailbox', { start: at, end: at + 1 }, reply,
      'A domain label must not start or end with a hyphen.');
  }
  if (nonAscii || /^xn--/i.test(text.slice(start, end))) {
    return edgeHyphen ? end - start : checkInternationalLabel(context, start, end, nonAscii);
  }

  if (end - start > MAX_LABEL_OCTETS) {
    addProblem(problems, 'domain-label-too-long', 'mailbox', { start, end }, reply,
      `The domain label is ${end - start} octets long; the limit is ${MAX_LABEL_OCTETS}.`);
  }
  return end - start;
}

function checkInternationalLabel(context: AddressContext, start: number, end: number, nonAscii: boolean): number {
  const label = context.text.slice(start, end);
  const result = checkIdnLabel(label);
  if (!result.valid) {
    const at = start + (result.badOffset ?? 0);
    // Cover the whole bad code point in a U-label, or the whole A-label, which has no single bad character.
    let width = end - start;
    if (nonAscii) width = (label.codePointAt(at - start) ?? 0) > 0xffff ? 2 : 1;
    addProblem(context.problems, 'invalid-idn-label', 'mailbox', { start: at, end: Math.min(end, at + width) }, context.addressReply,
      nonAscii
        ? `'${label}' is not a valid internationalized domain label (IDNA2008): remove or replace ${describeCharacter(label, at - start)}.`
        : `'${label}' is an A-label (xn--) that does not decode to a valid internationalized label.`);
    return end - start;
  }

  const aLabel = result.aLabel ?? label;
  if (nonAscii && !context.utf8) {
    addProblem(context.problems, 'non-ascii-domain', 'mailbox', { start, end }, REPLIES.nonAsciiAddress,
      `The domain label '${label}' is not ASCII: without the SMTPUTF8 parameter servers reject it. Write its A-label '${aLabel}' or add SMTPUTF8.`,
      { suggestions: [{ description: `Replace '${label}' with its A-label '${aLabel}'.`, edits: [{ start, end, text: aLabel }] }] });
  }
  if (aLabel.length > MAX_LABEL_OCTETS) {
    addProblem(context.problems, 'domain-label-too-long', 'mailbox', { start, end }, context.addressReply,
      `The domain label is ${aLabel.length} octets long as an A-label; the limit is ${MAX_LABEL_OCTETS}.`);
  }
  return aLabel.length;
}
