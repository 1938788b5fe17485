import { isDigit } from './chars.js';
import type { CheckedText } from './text.js';

/** The first place where a date-time breaks its grammar, and what was expected there. */
export interface DateTimeFault {
  readonly at: number;
  readonly expected: string;
}

// Each field: its width in digits, the separator that follows it (or '' for none) and its range.
const DATE_FIELDS = [
  { name: 'a four-digit year', width: 4, separator: '-', max: 9999 },
  { name: 'a month 01-12', width: 2, separator: '-', max: 12, min: 1 },
  { name: 'a day 01-31', width: 2, separator: 'T', max: 31, min: 1 },
  { name: 'an hour 00-23', width: 2, separator: ':', max: 23 },
  { name: 'minutes 00-59', width: 2, separator: ':', max: 59 },
  // RFC 3339 §5.7 allows 60 for a leap second.
  { name: 'seconds 00-60', width: 2, separator: '', max: 60 },
] as const;

/**
 * Checks `text[start, end)` against the date-time of RFC 3339 §5.6, for example
 * `2030-01-31T09:30:00Z` or `2030-01-31T09:30:00.5+01:00`. Returns the first fault, or undefined.
 * It checks the shape and the field ranges, not whether the day exists in that month.
 */
export function findDateTimeFault(text: CheckedText, start: number, end: number): DateTimeFault | undefined {
  let i = start;
  for (const field of DATE_FIELDS) {
    const fault = readNumber(text, i, end, field.width, 'min' in field ? field.min : 0, field.max, field.name);
    if (fault !== undefined) return fault;
    i += field.width;
    if (field.separator === '') break;
    const found = i < end ? text.slice(i, i + 1).toUpperCase() : '';
    if (found !== field.separator) return { at: i, expected: `'${field.separator}'` };
    i++;
  }

  if (i < end && text.code(i) === 0x2e) {
    const fractionStart = ++i;
    while (i < end && isDigit(text.code(i))) i++;
    if (i === fractionStart) return { at: i, expected: "digits after '.'" };
  }

  if (i < end && (text.code(i) === 0x5a || text.code(i) === 0x7a)) {
    i++;
  } else if (i < end && (text.code(i) === 0x2b || text.code(i) === 0x2d)) {
    const fault = readNumber(text, i + 1, end, 2, 0, 23, 'an offset hour 00-23')
      ?? (text.code(i + 3) === 0x3a && i + 3 < end ? undefined : { at: i + 3, expected: "':'" })
      ?? readNumber(text, i + 4, end, 2, 0, 59, 'offset minutes 00-59');
    if (fault !== undefined) return fault;
    i += 6;
  } else {
    return { at: i, expected: "'Z' or an offset such as '+01:00'" };
  }
  return i === end ? undefined : { at: i, expected: 'the end of the value' };
}

function readNumber(text: CheckedText, start: number, end: number, width: number, min: number, max: number, name: string): DateTimeFault | undefined {
  let value = 0;
  for (let i = start; i < start + width; i++) {
    if (i >= end || !isDigit(text.code(i))) return { at: i, expected: name };
    value = value * 10 + text.code(i) - 0x30;
  }
  return value < min || value > max ? { at: start, expected: name } : undefined;
}
