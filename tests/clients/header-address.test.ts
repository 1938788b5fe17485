import { addressparser as emailjsParse } from 'emailjs';
import nodemailerParse from 'nodemailer/lib/addressparser';
import { describe, expect, it } from 'vitest';
import type { StaticStringValue } from '../../src/ast/static-object.js';
import { checkHeaderUse } from '../../src/clients/check-header.js';
import { EMAILJS, NODEMAILER } from '../../src/clients/libraries.js';
import type { ClientLibrary, EnvelopeRole } from '../../src/clients/model.js';
import { parseAddressList } from '../../src/smtp/header-address.js';

function stringValue(text: string): StaticStringValue {
  const node = { type: 'Literal', range: [0, text.length + 2] } as never;
  return { kind: 'string', node, reportNode: node, owned: true, value: { text, holes: [], segments: [{ start: 0, end: text.length, node, isHole: false }] } };
}

function kindsOf(text: string, library: ClientLibrary, role: EnvelopeRole = 'forward-path'): string[] {
  return checkHeaderUse({ grammar: 'header-address', value: stringValue(text), library, field: 'to', role }).map((problem) => problem.kind);
}

/** Lists the mailboxes of a parser result, groups expanded, as the library builds the envelope. */
function addressesOf(parsed: readonly { address?: string; group?: readonly { address?: string }[] }[]): (string | undefined)[] {
  return parsed.flatMap((entry) => (entry.group === undefined ? [entry.address] : entry.group.map((member) => member.address)));
}

describe('parseAddressList', () => {
  it('splits at commas and semicolons', () => {
    const list = parseAddressList('a@example.com, B <b@example.com>; c@example.com');
    expect(list.entries.map((entry) => entry.range)).toEqual([{ start: 0, end: 13 }, { start: 15, end: 32 }, { start: 34, end: 47 }]);
    expect(list.entries[1]!.angle).toEqual({ start: 17, end: 32 });
  });

  it('keeps quoted commas and comments', () => {
    const list = parseAddressList('"Doe, John" <j@example.com>, x@example.com (x, y)');
    expect(list.entries).toHaveLength(2);
    expect(list.entries[0]!.hasQuote).toBe(true);
    expect(list.entries[1]!.hasComment).toBe(true);
  });

  it('reads groups', () => {
    const list = parseAddressList('Team: a@example.com, b@example.com;, c@example.com');
    expect(list.groups).toEqual([{ start: 0, end: 4 }]);
    expect(list.entries.map((entry) => entry.group !== undefined)).toEqual([true, true, false]);
  });

  it('marks unterminated quotes and brackets', () => {
    expect(parseAddressList('"Doe <j@example.com>').unterminated).toBe(true);
    expect(parseAddressList('Doe <j@example.com').unterminated).toBe(true);
    expect(parseAddressList('Doe (x <j@example.com>').unterminated).toBe(true);
  });

  it('marks entries with holes', () => {
    const list = parseAddressList({ text: '\uFFFC <a@example.com>, b@example.com', holes: [0] });
    expect(list.entries.map((entry) => entry.hasHole)).toEqual([true, false]);
  });

  it('stays linear on long input', () => {
    const text = `${'(('.repeat(50_000)}${'"a",'.repeat(50_000)}${'<'.repeat(50_000)}`;
    const started = performance.now();
    parseAddressList(text);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('never throws on odd input', () => {
    for (const text of ['', ',', ';', ':', '<>', '\\', '"\\', '(\\', ')', '>', 'a:b:c;;']) {
      expect(() => parseAddressList(text)).not.toThrow();
    }
  });
});

// Each verdict is checked against the parser of the library it names, so a change in either shows.
describe('header verdicts against the real parsers', () => {
  it('passes what both parsers read as written', () => {
    for (const text of ['x@example.com', 'X <x@example.com>', '"Doe, John" <x@example.com>', 'x@example.com, y@example.com']) {
      const written = text.includes('y@') ? ['x@example.com', 'y@example.com'] : ['x@example.com'];
      expect(addressesOf(nodemailerParse(text))).toEqual(written);
      expect(addressesOf(emailjsParse(text))).toEqual(written);
      expect(kindsOf(text, NODEMAILER)).toEqual([]);
      expect(kindsOf(text, EMAILJS)).toEqual([]);
    }
  });

  it('reports a mailbox the parser changes', () => {
    expect(addressesOf(nodemailerParse('a b@example.com'))).toEqual(['b@example.com']);
    expect(addressesOf(emailjsParse('a b@example.com'))).toEqual(['b@example.com']);
    expect(kindsOf('a b@example.com', NODEMAILER)).toEqual(['mailbox-changed']);
  });

  it('reports a word with no domain', () => {
    expect(addressesOf(nodemailerParse('noreply'))).toEqual(['']);
    expect(addressesOf(emailjsParse('noreply'))).toEqual(['']);
    expect(kindsOf('noreply', NODEMAILER, 'reverse-path')).toEqual(['missing-domain']);
    expect(kindsOf('noreply', EMAILJS)).toEqual(['missing-domain']);
  });

  it('reports an unquoted comma in a display name', () => {
    // emailjs 5.0 splits it. nodemailer 9 and later keep it whole, so only 6 and 7 would split it.
    expect(addressesOf(emailjsParse('Doe, John <j@example.com>'))).toEqual(['', 'j@example.com']);
    expect(kindsOf('Doe, John <j@example.com>', EMAILJS)).toEqual(['comma-in-display-name']);
    expect(addressesOf(nodemailerParse('Doe, John <j@example.com>'))).toEqual(['j@example.com']);
    expect(kindsOf('Doe, John <j@example.com>', NODEMAILER)).toEqual([]);
  });

  it('reports groups only for emailjs', () => {
    expect(emailjsParse('Team: a@example.com;')).toEqual([{ name: 'Team', group: [{ address: 'a@example.com', name: '' }] }]);
    expect(kindsOf('Team: a@example.com;', EMAILJS)).toEqual(['group-in-list']);
    expect(kindsOf('Team: a@example.com;', NODEMAILER)).toEqual([]);
  });

  it('leaves quoted local-parts to the libraries', () => {
    // nodemailer 6 reads '"a b"@example.com' as 'b@example.com' and 9 keeps it, so no verdict is safe.
    expect(kindsOf('"a b"@example.com', NODEMAILER)).toEqual([]);
  });
});
