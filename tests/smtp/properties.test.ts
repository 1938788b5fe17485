import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCommand,
  checkDomain,
  checkMailbox,
  checkPath,
  HOLE_PLACEHOLDER,
  isSmtpCommand,
  type AddressOptions,
  type Edit,
  type SmtpProblem,
} from '../../src/smtp/index.js';
import { applyFixes } from './helpers.js';

// Fragments that reach deep into the grammar, which uniform random text rarely does.
const SMTP_FRAGMENTS = [
  'MAIL', 'RCPT', 'DATA', ' FROM:', ' TO:', 'mail from:', '<', '>', '<>', '@', '.', '..', '"', '\\', ' ', '\t', '\r', '\n',
  '\r\n', '.\r\n', '[', ']', 'IPv6:', ':', '::', '1', '255.', 'a', 'Z', 'xn--', '-', '_', ',', '=', ' SMTPUTF8', ' SIZE=1',
  'Postmaster', 'ü', '☃', '😀', '\ud800', '\udc00', '\u0000', '\u007f', '\u0085', HOLE_PLACEHOLDER,
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

const anyText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...SMTP_FRAGMENTS), maxLength: 40 }),
  // Single code units include lone surrogates, which 'binary' leaves out.
  fc.string({ unit: codeUnit, maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

const holeOffsets = fc.array(
  fc.oneof(fc.integer({ min: -5, max: 120 }), fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 53)),
  { maxLength: 8 },
);

/** Text with holes placed at every placeholder, so hole handling gets real coverage. */
const textWithPlaceholderHoles = anyText.map((text) => ({
  text,
  holes: [...text].flatMap((_, index) => (text[index] === HOLE_PLACEHOLDER ? [index] : [])),
}));

const textInput = fc.oneof(anyText, fc.record({ text: anyText, holes: holeOffsets }), textWithPlaceholderHoles);

const anyOptions = fc.oneof(
  fc.constant(undefined),
  fc.record({ utf8: fc.boolean(), role: fc.constantFrom('reverse-path', 'forward-path') }, { requiredKeys: [] }),
  fc.anything(),
);

function textOf(input: string | { text: string }): string {
  return typeof input === 'string' ? input : input.text;
}

/** Runs every public check on one input. The casts let fuzzed values reach the code as JavaScript callers can. */
function checkEverything(input: unknown, options: unknown): SmtpProblem[] {
  const addressOptions = options as AddressOptions;
  isSmtpCommand(input as never, options as never);
  isSmtpCommand(input as never, { sink: true });
  return [
    ...checkCommand(input as never).problems,
    ...checkPath(input as never, addressOptions),
    ...checkPath(input as never, { role: 'reverse-path', utf8: true }),
    ...checkMailbox(input as never, addressOptions),
    ...checkDomain(input as never, addressOptions),
  ];
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function editsOf(found: SmtpProblem): Edit[] {
  return [...(found.fix ?? []), ...(found.suggestions ?? []).flatMap((suggestion) => suggestion.edits)];
}

describe('robustness', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(textInput, anyOptions, (input, options) => {
        const problems = checkEverything(input, options);

        expect(problems.filter((found) => found.kind === 'internal-error')).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on non-strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ text: fc.anything(), holes: fc.anything() })), anyOptions, (input, options) => {
        const problems = checkEverything(input, options);

        expect(problems.filter((found) => found.kind === 'internal-error')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it.each([null, undefined, 42, true, {}, [], { text: 42 }, Symbol('text')])('reports invalid input %s', (input) => {
    expect(checkCommand(input as never).problems.map((found) => found.kind)).toEqual(['invalid-input']);
    expect(checkPath(input as never).map((found) => found.kind)).toEqual(['invalid-input']);
    expect(checkMailbox(input as never).map((found) => found.kind)).toEqual(['invalid-input']);
    expect(checkDomain(input as never).map((found) => found.kind)).toEqual(['invalid-input']);
    expect(isSmtpCommand(input as never)).toBe(false);
  });
});

describe('offsets', () => {
  it('keeps problems in range', () => {
    fc.assert(
      fc.property(textInput, anyOptions, (input, options) => {
        const length = textOf(input).length;
        for (const found of checkEverything(input, options)) {
          expect(found.start).toBeGreaterThanOrEqual(0);
          expect(found.start).toBeLessThanOrEqual(found.end);
          expect(found.end).toBeLessThanOrEqual(length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps edits in range', () => {
    fc.assert(
      fc.property(textInput, anyOptions, (input, options) => {
        const length = textOf(input).length;
        for (const edit of checkEverything(input, options).flatMap(editsOf)) {
          expect(edit.start).toBeGreaterThanOrEqual(0);
          expect(edit.start).toBeLessThanOrEqual(edit.end);
          expect(edit.end).toBeLessThanOrEqual(length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps surrogate pairs whole', () => {
    // An offset between the halves of a pair would make an editor underline or replace half a character.
    fc.assert(
      fc.property(textInput, anyOptions, (input, options) => {
        const text = textOf(input);
        for (const found of checkEverything(input, options)) {
          const offsets = [found.start, found.end, ...editsOf(found).flatMap((edit) => [edit.start, edit.end])];
          expect(offsets.filter((offset) => splitsSurrogatePair(text, offset))).toEqual([]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps commands in range', () => {
    fc.assert(
      fc.property(textInput, (input) => {
        const length = textOf(input).length;
        for (const command of checkCommand(input).commands) {
          expect(command.start).toBeGreaterThanOrEqual(0);
          expect(command.start).toBeLessThanOrEqual(command.end);
          expect(command.end).toBeLessThanOrEqual(length);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('bracket fixes', () => {
  const atom = fc.string({ unit: fc.constantFrom(...'abzAZ09!#$%&\'*+-/=?^_`{|}~'), minLength: 1, maxLength: 8 });
  const localPart = fc.array(atom, { minLength: 1, maxLength: 3 }).map((atoms) => atoms.join('.'));
  // LDH labels without 'xn--', because random letters after it rarely decode as an A-label.
  const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/).filter((text) => !/^xn--/i.test(text));
  const topLevel = fc.stringMatching(/^[a-z]{2,6}$/);
  const domain = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), topLevel).map(([labels, last]) => [...labels, last].join('.'));
  const mailbox = fc.tuple(localPart, domain).map(([local, host]) => `${local}@${host}`);

  it('brackets a valid mailbox', () => {
    const prefix = fc.constantFrom('MAIL FROM:', 'MAIL FROM: ', 'mail from:\t', 'RCPT TO:', 'RCPT TO:  ');
    const suffix = fc.constantFrom('', '>', ' SIZE=1000', ' NOTIFY=NEVER');

    fc.assert(
      fc.property(prefix, mailbox, suffix, (before, address, after) => {
        const text = `${before}${address}${after}\r\n`;
        const fixed = applyFixes(text, checkCommand(text).problems);

        expect(checkMailbox(address)).toEqual([]);
        expect(fixed).toContain(`:<${address}>`);
        expect(checkCommand(fixed).problems.filter((found) => found.category === 'command')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('brackets a lone path', () => {
    fc.assert(
      fc.property(mailbox, (address) => {
        const fixed = applyFixes(address, checkPath(address));

        expect(fixed).toBe(`<${address}>`);
        expect(checkPath(fixed)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('one-megabyte inputs', () => {
  const MEGABYTE = 1_000_000;

  it.each([
    ['an unclosed path', `MAIL FROM:<${'a'.repeat(MEGABYTE)}`],
    ['dots, quotes and @', `MAIL FROM:<${'."@\\a'.repeat(MEGABYTE / 5)}>\r\n`],
    ['bare LFs', '\n'.repeat(MEGABYTE)],
    ['bare CRs', '\r'.repeat(MEGABYTE)],
    ['pipelined paths without @', 'RCPT TO:<abc>\r\n'.repeat(MEGABYTE / 15)],
    ['pipelined unbracketed paths', 'RCPT TO:abc\r\n'.repeat(MEGABYTE / 13)],
    ['one long domain', `RCPT TO:<a@${'a.'.repeat(MEGABYTE / 2)}>\r\n`],
    ['open angle brackets', `MAIL FROM:${'< '.repeat(MEGABYTE / 2)}\r\n`],
  ])('returns for %s', { timeout: 60_000 }, (_case, text) => {
    // Only that each check returns is asserted, because speed belongs in the benchmark.
    const length = text.length;
    const problems = [...checkCommand(text).problems, ...checkPath(text), ...checkMailbox(text), ...checkDomain(text)];
    isSmtpCommand(text);

    expect(problems.every((found) => found.kind !== 'internal-error' && found.end <= length)).toBe(true);
  });
});
