import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import { describe, expect, it } from 'vitest';
import { buildFix, escapeForLiteral, locateReport } from '../../src/ast/locate.js';
import { resolveStaticString } from '../../src/ast/static-string.js';
import type { Edit } from '../../src/smtp/index.js';
import { runProbe } from '../helpers/run-probe.js';

interface Located {
  readonly loc: TSESTree.SourceLocation;
  /** The code after applying the fix, or undefined when there is no fix. */
  readonly fixed: string | undefined;
}

// A fixer that records replacements, so a test can apply them to the code.
const recordingFixer = {
  replaceTextRange: (range: [number, number], text: string): RuleFix => ({ range, text }),
} as unknown as RuleFixer;

/**
 * Resolves the first argument of the `check(…)` call in `code`, then locates text offsets
 * `[start, end)` and builds the fix for `edits`.
 */
function locate(code: string, start: number, end: number, edits: readonly Edit[]): Located {
  let located: Located | undefined;
  runProbe(code, 'CallExpression[callee.name="check"]', (node, context) => {
    const value = resolveStaticString(context.sourceCode, (node as TSESTree.CallExpression).arguments[0]!)!;
    const fix = buildFix(value, edits);

    let fixed: string | undefined;
    if (fix !== undefined) {
      const replacements = [...fix(recordingFixer)].sort((a, b) => b.range[0] - a.range[0]);
      fixed = replacements.reduce((text, { range, text: insert }) => text.slice(0, range[0]) + insert + text.slice(range[1]), code);
    }
    located = { loc: locateReport(context.sourceCode, value, start, end), fixed };
  });
  if (located === undefined) throw new Error('No check(…) call in the code.');
  return located;
}

/** Formats a location as `line:column-line:column`, columns 0-based as ESLint stores them. */
function span(loc: TSESTree.SourceLocation): string {
  return `${loc.start.line}:${loc.start.column}-${loc.end.line}:${loc.end.column}`;
}

describe('escapeForLiteral', () => {
  it.each([
    ['CRLF', '\r\n', "'", '\\r\\n'],
    ['a matching quote', "it's", "'", "it\\'s"],
    ['another quote', "it's", '"', "it's"],
    ['a backslash', 'a\\b', "'", 'a\\\\b'],
    ['a backtick', 'a`b', '`', 'a\\`b'],
    ['a template hole', '${x}', '`', '\\${x}'],
    ['a dollar alone', '$5', '`', '$5'],
    ['a dollar in a string', '${x}', "'", '${x}'],
    ['a control character', '\x07', "'", '\\u0007'],
    ['DEL', '\x7f', "'", '\\u007f'],
    ['a line separator', '\u2028', "'", '\\u2028'],
    ['non-ASCII text', 'xn--bcher-kva bücher', "'", 'xn--bcher-kva bücher'],
  ] as const)('escapes %s', (_, text, quote, expected) => {
    expect(escapeForLiteral(text, quote)).toBe(expected);
  });
});

describe('locateReport', () => {
  it('locates an escape exactly', () => {
    // Offset 10 is the space that `\x20` spells.
    const { loc } = locate("check('MAIL FROM:\\x20<a@example.com>');", 10, 11, []);

    expect(span(loc)).toBe('1:17-1:21');
  });

  it('locates an empty range', () => {
    const { loc } = locate("check('MAIL FROM:<a@example.com>');", 10, 10, []);

    expect(span(loc)).toBe('1:17-1:17');
  });

  it('spans every touched literal', () => {
    // Offsets 7 to 10 (':b@') cross from 'RCPT TO:' into 'b@…', so no single literal spells them.
    const { loc } = locate("check('RCPT TO:' + 'b@example.com');", 7, 10, []);

    expect(span(loc)).toBe('1:6-1:34');
  });

  it('falls back to a hole node', () => {
    const { loc } = locate('check(`RCPT TO:<${to}>`);', 9, 10, []);

    expect(span(loc)).toBe('1:18-1:20');
  });
});

describe('buildFix', () => {
  it('escapes inserted text', () => {
    const { fixed } = locate("check('QUIT\\n');", 4, 5, [{ start: 4, end: 5, text: '\r\n' }]);

    expect(fixed).toBe("check('QUIT\\r\\n');");
  });

  it('inserts at a literal boundary', () => {
    // An insertion at the boundary goes into the literal that starts there.
    const { fixed } = locate("check('RCPT TO:' + 'b@example.com');", 8, 8, [{ start: 8, end: 8, text: '<' }]);

    expect(fixed).toBe("check('RCPT TO:' + '<b@example.com');");
  });

  it('applies several edits', () => {
    const edits = [{ start: 8, end: 8, text: '<' }, { start: 21, end: 21, text: '>' }];
    const { fixed } = locate("check('RCPT TO:b@example.com');", 8, 21, edits);

    expect(fixed).toBe("check('RCPT TO:<b@example.com>');");
  });

  it('rejects an edit across literals', () => {
    const { fixed } = locate("check('RCPT TO: ' + ' b@example.com');", 8, 10, [{ start: 8, end: 10, text: '' }]);

    expect(fixed).toBeUndefined();
  });

  it('rejects an edit in a hole', () => {
    const { fixed } = locate('check(`RCPT TO:<${to}>`);', 9, 10, [{ start: 9, end: 10, text: '' }]);

    expect(fixed).toBeUndefined();
  });

  it('rejects an edit in a shared const', () => {
    const code = "const PREFIX = 'MAIL FROM: ';\ncheck(PREFIX + '<a@example.com>');\nuse(PREFIX);";
    const { fixed } = locate(code, 10, 11, [{ start: 10, end: 11, text: '' }]);

    expect(fixed).toBeUndefined();
  });

  it('rejects an edit in a number', () => {
    // A number literal has no quote to escape text for, so it is never edited.
    const { fixed } = locate("check('BDAT ' + 42);", 5, 7, [{ start: 5, end: 7, text: '43' }]);

    expect(fixed).toBeUndefined();
  });
});
