import { addProblem, type AddressContext } from './context.js';
import { findCodeUnit, isDigit, isHexDigit, isLetDig } from './chars.js';

/** Returns true when `text[start, end)` is an IPv4-address-literal: four Snum of 0–255. */
export function isIpv4Literal(text: string, start: number, end: number): boolean {
  let parts = 0;
  let i = start;
  while (i <= end) {
    const partStart = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    const digits = i - partStart;
    if (digits < 1 || digits > 3 || Number(text.slice(partStart, i)) > 255) return false;
    parts++;
    if (i === end) return parts === 4;
    if (text.charCodeAt(i) !== 0x2e || parts === 4) return false;
    i++;
  }
  return false;
}

/** Returns true when `text[start, end)` is one of the four IPv6-addr forms of RFC 5321 §4.1.3. */
export function isIpv6Address(text: string, start: number, end: number): boolean {
  let groups = 0;
  let compressed = false;
  let i = start;
  if (end - i >= 2 && text.startsWith('::', i)) {
    compressed = true;
    i += 2;
    if (i === end) return true;
  }

  while (i < end) {
    const groupStart = i;
    while (i < end && isHexDigit(text.charCodeAt(i))) i++;
    // A group followed by '.' is the start of the trailing IPv4 part.
    if (i < end && text.charCodeAt(i) === 0x2e) {
      if (!isIpv4Literal(text, groupStart, end)) return false;
      return compressed ? groups <= 4 : groups === 6;
    }
    const digits = i - groupStart;
    if (digits < 1 || digits > 4) return false;
    groups++;
    if (i === end) break;
    if (text.charCodeAt(i) !== 0x3a) return false;
    i++;
    if (i < end && text.charCodeAt(i) === 0x3a) {
      if (compressed) return false;
      compressed = true;
      i++;
      if (i === end) break;
    } else if (i === end) {
      return false;
    }
  }
  return compressed ? groups <= 6 : groups === 8;
}

/** The advice every address literal message ends with: an IPv4 literal has no tag, an IPv6 one has 'IPv6:'. */
const LITERAL_ADVICE = 'Write an IPv4 address literal as [192.0.2.1] and an IPv6 one as [IPv6:2001:db8::1].';

/**
 * Checks an address-literal `[…]` at `[start, end)`, brackets included, as the domain of a
 * mailbox or as an EHLO argument.
 */
export function checkAddressLiteral(context: AddressContext, start: number, end: number): void {
  const text = context.text.text;
  const reply = context.addressReply;
  if (end - start < 2 || text.charCodeAt(end - 1) !== 0x5d) {
    const close = findCodeUnit(text, 0x5d, start, end);
    if (close !== -1) {
      addProblem(context.problems, 'invalid-address-literal', 'mailbox', { start: close + 1, end }, reply,
        "Text follows the closing ']' of the address literal. Remove it.");
      checkAddressLiteral(context, start, close + 1);
      return;
    }
    addProblem(context.problems, 'unclosed-address-literal', 'mailbox', { start, end }, reply,
      `The address literal has no closing ']'. ${LITERAL_ADVICE}`);
    return;
  }

  const innerStart = start + 1;
  const innerEnd = end - 1;
  if (isIpv4Literal(text, innerStart, innerEnd)) return;

  // '[::1]' is a valid IPv6 address without its tag; read as a tag, '' or '2001' would mislead.
  if (isIpv6Address(text, innerStart, innerEnd)) {
    addProblem(context.problems, 'missing-ipv6-tag', 'mailbox', { start, end }, reply,
      `An IPv6 address literal needs the tag 'IPv6:' after '[' (RFC 5321 §4.1.3): write [IPv6:${text.slice(innerStart, innerEnd)}].`,
      { fix: [{ start: innerStart, end: innerStart, text: 'IPv6:' }] });
    return;
  }

  const colon = findCodeUnit(text, 0x3a, innerStart, innerEnd);
  if (colon === -1) {
    addProblem(context.problems, 'invalid-address-literal', 'mailbox', { start, end }, reply,
      `The address literal is not an IPv4 address (four numbers from 0 to 255) and has no tag. ${LITERAL_ADVICE}`);
    return;
  }

  const tag = text.slice(innerStart, colon);
  if (tag.toLowerCase() === 'ipv6') {
    if (!isIpv6Address(text, colon + 1, innerEnd)) {
      addProblem(context.problems, 'invalid-ipv6-literal', 'mailbox', { start: colon + 1, end: innerEnd }, reply,
        'The IPv6 address literal is not a valid IPv6 address (eight groups, or fewer with one "::").');
    }
    return;
  }
  reportUnregisteredTag(context, tag, innerStart, colon);
}

/** Reports the tag of a General-address-literal: only 'IPv6' is registered (RFC 5321 §4.1.3). */
function reportUnregisteredTag(context: AddressContext, tag: string, start: number, end: number): void {
  // Standardized-tag is an Ldh-str: letters, digits and hyphens, ending with a letter or digit.
  let tagValid = tag.length > 0 && isLetDig(tag.charCodeAt(tag.length - 1));
  for (let i = 0; i < tag.length && tagValid; i++) {
    const code = tag.charCodeAt(i);
    tagValid = isLetDig(code) || code === 0x2d;
  }

  let message: string;
  if (tagValid) message = `The address literal tag '${tag}' is not registered: only IPv6 is, so servers reject it.`;
  else if (tag === '') message = "The address literal has nothing before ':', which is not a valid address literal tag.";
  else message = `'${tag}' is not a valid address literal tag: a tag is letters, digits and hyphens, ending with a letter or digit.`;
  addProblem(context.problems, 'unregistered-address-literal-tag', 'mailbox', { start, end }, context.addressReply,
    `${message} ${LITERAL_ADVICE}`);
}
