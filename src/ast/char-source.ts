/**
 * Maps each UTF-16 code unit of a string literal's or template element's cooked value to the
 * source characters that spell it, so a report inside the value lands on the right characters
 * even when the source writes them as `\x20`, `\u{1F600}`, `\r\n` or a line continuation.
 */
export interface CharSource {
  /** The cooked value, as the program has it at run time. */
  readonly value: string;
  /** Source offset where the spelling of code unit `i` starts; `starts[value.length]` is the end of the body. */
  readonly starts: Int32Array;
  /** Source offset where the spelling of code unit `i` ends. */
  readonly ends: Int32Array;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v' };

function isHex(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

function readHex(raw: string, start: number, count: number): number {
  for (let i = start; i < start + count; i++) if (!isHex(raw.charCodeAt(i))) return -1;
  return Number.parseInt(raw.slice(start, start + count), 16);
}

/**
 * Reads the body of a literal: `raw` is the source text between the quotes (or between `` ` ``/`}`
 * and `${`/`` ` `` for a template element), starting at source offset `bodyStart`. Returns
 * undefined when the body contains an escape this reader does not know, so callers fall back to
 * reporting the whole node.
 */
export function readCharSource(raw: string, bodyStart: number, template: boolean): CharSource | undefined {
  const units: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (unit: number, start: number, end: number): void => {
    units.push(unit);
    starts.push(bodyStart + start);
    ends.push(bodyStart + end);
  };

  let i = 0;
  while (i < raw.length) {
    const code = raw.charCodeAt(i);
    if (template && code === 0x0d) {
      // Templates cook a raw CR or CRLF to one LF.
      const width = raw.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      push(0x0a, i, i + width);
      i += width;
      continue;
    }
    if (code !== 0x5c) {
      push(code, i, i + 1);
      i++;
      continue;
    }

    const next = raw[i + 1];
    if (next === undefined) return undefined;
    const escaped = SIMPLE_ESCAPES[next];
    if (escaped !== undefined) {
      push(escaped.charCodeAt(0), i, i + 2);
      i += 2;
    } else if (next === '\r' || next === '\n' || next === '\u2028' || next === '\u2029') {
      i += next === '\r' && raw[i + 2] === '\n' ? 3 : 2;
    } else if (next === 'x') {
      const value = readHex(raw, i + 2, 2);
      if (value < 0) return undefined;
      push(value, i, i + 4);
      i += 4;
    } else if (next === 'u') {
      const braced = raw[i + 2] === '{';
      const close = braced ? raw.indexOf('}', i + 3) : i + 6;
      let value = -1;
      if (!braced) value = readHex(raw, i + 2, 4);
      else if (close > i + 3 && close - i <= 12) value = readHex(raw, i + 3, close - i - 3);
      if (value < 0 || value > 0x10ffff) return undefined;
      const end = braced ? close + 1 : i + 6;
      const text = String.fromCodePoint(value);
      for (let unit = 0; unit < text.length; unit++) push(text.charCodeAt(unit), i, end);
      i = end;
    } else if (next >= '0' && next <= '7') {
      // Legacy octal escapes (\0, \12, \377); a lone \0 is the only one strict code allows.
      let end = i + 2;
      while (end < i + 4 && raw[end] !== undefined && raw[end]! >= '0' && raw[end]! <= '7') end++;
      let value = Number.parseInt(raw.slice(i + 1, end), 8);
      if (value > 0xff) {
        end--;
        value = Number.parseInt(raw.slice(i + 1, end), 8);
      }
      push(value, i, end);
      i = end;
    } else {
      // Any other escaped character stands for itself (`\'`, `\\`, `\$`, `\q`).
      push(raw.charCodeAt(i + 1), i, i + 2);
      i += 2;
    }
  }

  starts.push(bodyStart + raw.length);
  return {
    value: fromCodeUnits(units),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
  };
}

// String.fromCharCode(...array) overflows the call stack on very long arrays, so build in chunks.
function fromCodeUnits(units: readonly number[]): string {
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.slice(i, i + 8192));
  return text;
}
