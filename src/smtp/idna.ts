import tr46 from 'tr46';

const UTS46_OPTIONS = {
  checkHyphens: true,
  checkBidi: true,
  checkJoiners: true,
  useSTD3ASCIIRules: true,
  transitionalProcessing: false,
  verifyDNSLength: false,
} as const;

// IDNA2008 (RFC 5892) makes most letters, marks and digits PVALID and disallows symbols,
// punctuation, spaces and upper-case letters. tr46 applies UTS #46, which is more lenient
// (it allows symbols such as U+2603), so each code point is also tested against these classes.
const IDNA2008_CLASSES = /^[\p{Ll}\p{Lo}\p{Lm}\p{Mn}\p{Mc}\p{Nd}-]$/u;
// RFC 5892 §2.6 exceptions and the CONTEXTJ/CONTEXTO code points, whose context tr46 checks.
const IDNA2008_EXCEPTIONS = new Set([
  0x00df, 0x03c2, 0x06fd, 0x06fe, 0x0f0b, 0x3007, 0x00b7, 0x0375, 0x05f3, 0x05f4, 0x30fb, 0x200c, 0x200d,
]);

/** The result of checking one non-ASCII or `xn--` domain label. */
export interface LabelCheck {
  readonly valid: boolean;
  /** The A-label (`xn--…`) form, which counts toward the 63-octet label limit. */
  readonly aLabel?: string;
  /** The first code point that keeps the label from being a U-label, as an offset in the label. */
  readonly badOffset?: number;
}

/**
 * Checks that a label is a valid IDNA2008 U-label, or that an `xn--` label decodes to one.
 * NOTE: the IDNA2008 tables are approximated by Unicode general categories over UTS #46, so a
 * few code points that RFC 5892 treats specially (for example U+0640) may be misjudged.
 */
export function checkIdnLabel(label: string): LabelCheck {
  const isALabel = /^xn--/i.test(label);
  const unicode = isALabel ? tr46.toUnicode(label, UTS46_OPTIONS) : { domain: label, error: false };
  if (unicode.error) return { valid: false, badOffset: 0 };

  const uLabel = unicode.domain;
  let offset = 0;
  for (const character of uLabel) {
    const codePoint = character.codePointAt(0) ?? 0;
    const allowed = codePoint < 0x80 || IDNA2008_CLASSES.test(character) || IDNA2008_EXCEPTIONS.has(codePoint);
    if (!allowed) return { valid: false, badOffset: isALabel ? 0 : offset };
    offset += character.length;
  }

  // A U-label must already be in the form UTS #46 mapping produces: lower case, NFC, no mapped characters.
  const aLabel = tr46.toASCII(uLabel, UTS46_OPTIONS);
  if (aLabel === null) return { valid: false, badOffset: 0 };
  const roundTrip = tr46.toUnicode(aLabel, UTS46_OPTIONS);
  if (roundTrip.error || roundTrip.domain !== uLabel) return { valid: false, aLabel, badOffset: 0 };

  return { valid: true, aLabel };
}
