import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { resolveStaticString, type StaticString } from '../../src/ast/static-string.js';
import { HOLE_PLACEHOLDER } from '../../src/smtp/index.js';
import { runProbe } from '../helpers/run-probe.js';

/** A segment as a test reads it: its text, the source of its report node and of its exact characters. */
interface SegmentView {
  text: string;
  node: string;
  source?: string;
  hole?: true;
}

interface Resolved {
  readonly value: StaticString;
  readonly segments: SegmentView[];
}

/** Resolves the first argument of every `check(…)` call in `code`, in source order. */
function resolveAll(code: string): (Resolved | undefined)[] {
  const results: (Resolved | undefined)[] = [];
  runProbe(code, 'CallExpression[callee.name="check"]', (node, context) => {
    const argument = (node as TSESTree.CallExpression).arguments[0]!;
    const value = resolveStaticString(context.sourceCode, argument);
    if (value === undefined) {
      results.push(undefined);
      return;
    }

    const text = context.sourceCode.text;
    const segments = value.segments.map((segment): SegmentView => {
      const view: SegmentView = {
        text: value.text.slice(segment.start, segment.end),
        node: text.slice(segment.node.range[0], segment.node.range[1]),
      };
      if (segment.source !== undefined) {
        const length = segment.end - segment.start;
        view.source = text.slice(segment.source.starts[0], segment.source.ends[length - 1]);
      }
      if (segment.isHole) view.hole = true;
      return view;
    });
    results.push({ value, segments });
  });
  return results;
}

function resolveOne(code: string): Resolved {
  const results = resolveAll(code);
  expect(results).toHaveLength(1);
  const result = results[0];
  if (result === undefined) throw new Error('The string did not resolve.');
  return result;
}

const H = HOLE_PLACEHOLDER;

describe('resolveStaticString', () => {
  it('resolves a plain literal', () => {
    const { value, segments } = resolveOne("check('MAIL FROM:<a@example.com>\\r\\n');");

    expect(value.text).toBe('MAIL FROM:<a@example.com>\r\n');
    expect(value.holes).toEqual([]);
    expect(segments).toEqual([
      { text: 'MAIL FROM:<a@example.com>\r\n', node: "'MAIL FROM:<a@example.com>\\r\\n'", source: 'MAIL FROM:<a@example.com>\\r\\n' },
    ]);
  });

  it('makes template holes placeholders', () => {
    const { value, segments } = resolveOne('check(`MAIL FROM:<${from}> SIZE=${size}\\r\\n`);');

    expect(value.text).toBe(`MAIL FROM:<${H}> SIZE=${H}\r\n`);
    expect(value.holes).toEqual([11, 19]);
    expect(segments).toEqual([
      { text: 'MAIL FROM:<', node: '`MAIL FROM:<${', source: 'MAIL FROM:<' },
      { text: H, node: 'from', hole: true },
      { text: '> SIZE=', node: '}> SIZE=${', source: '> SIZE=' },
      { text: H, node: 'size', hole: true },
      { text: '\r\n', node: '}\\r\\n`', source: '\\r\\n' },
    ]);
  });

  it('skips empty template elements', () => {
    const { value, segments } = resolveOne('check(`${verb} ${rest}`);');

    expect(value.text).toBe(`${H} ${H}`);
    expect(segments.map((segment) => segment.node)).toEqual(['verb', '} ${', 'rest']);
  });

  it('returns undefined when all is holes', () => {
    expect(resolveAll('check(line); check(`${line}`); check(a + b);')).toEqual([undefined, undefined, undefined]);
  });

  it('joins a concatenation in order', () => {
    const { value, segments } = resolveOne("check('MAIL FROM:' + '<' + address + '>\\r\\n');");

    expect(value.text).toBe(`MAIL FROM:<${H}>\r\n`);
    expect(value.holes).toEqual([11]);
    expect(segments).toEqual([
      { text: 'MAIL FROM:', node: "'MAIL FROM:'", source: 'MAIL FROM:' },
      { text: '<', node: "'<'", source: '<' },
      { text: H, node: 'address', hole: true },
      { text: '>\r\n', node: "'>\\r\\n'", source: '>\\r\\n' },
    ]);
  });

  it('nests templates inside concatenations', () => {
    const { value } = resolveOne("check('RCPT TO:' + `<${to}>` + '\\r\\n');");

    expect(value.text).toBe(`RCPT TO:<${H}>\r\n`);
  });

  it('writes number literals as text', () => {
    const { value, segments } = resolveOne("check('BDAT ' + 42 + ' LAST');");

    expect(value.text).toBe('BDAT 42 LAST');
    // A number has no CharSource, so a report inside it falls back to the whole literal.
    expect(segments[1]).toEqual({ text: '42', node: '42' });
  });

  it('makes other expressions holes', () => {
    const { value, segments } = resolveOne("check('MAIL FROM:<' + user.address + '>' + format() + `${null}`);");

    expect(value.text).toBe(`MAIL FROM:<${H}>${H}${H}`);
    expect(segments.filter((segment) => segment.hole).map((segment) => segment.node)).toEqual(['user.address', 'format()', 'null']);
  });

  it('looks through TypeScript wrappers', () => {
    const { value } = resolveOne("check(('MAIL FROM:' as string) + (prefix! satisfies string) + ('<a@example.com>' as const));");

    expect(value.text).toBe(`MAIL FROM:${H}<a@example.com>`);
  });

  it('inlines a single-use const', () => {
    const { value, segments } = resolveOne("const PREFIX = 'MAIL FROM:\\x20';\ncheck(PREFIX + address);");

    expect(value.text).toBe(`MAIL FROM: ${H}`);
    // The const is used once, so its literal is this use's to report on and fix, escape included.
    expect(segments[0]).toEqual({ text: 'MAIL FROM: ', node: "'MAIL FROM:\\x20'", source: 'MAIL FROM:\\x20' });
  });

  it('inlines chained single-use consts', () => {
    const { value, segments } = resolveOne("const VERB = 'MAIL';\nconst PREFIX = VERB + ' FROM:';\ncheck(PREFIX + '<a@example.com>');");

    expect(value.text).toBe('MAIL FROM:<a@example.com>');
    expect(segments.map((segment) => segment.source)).toEqual(['MAIL', ' FROM:', '<a@example.com>']);
  });

  it('points a multi-use const at its identifier', () => {
    const results = resolveAll("const PREFIX = 'MAIL FROM: ';\ncheck(PREFIX + first);\ncheck(PREFIX + second);");

    expect(results).toHaveLength(2);
    for (const result of results) {
      expect(result?.value.text).toBe(`MAIL FROM: ${H}`);
      // Another use shares the literal, so each report stays on its own identifier, without source positions.
      expect(result?.segments[0]).toEqual({ text: 'MAIL FROM: ', node: 'PREFIX' });
    }
    expect(results[0]!.value.segments[0]!.node.loc.start.line).toBe(2);
    expect(results[1]!.value.segments[0]!.node.loc.start.line).toBe(3);
  });

  it('points an exported const at its identifier', () => {
    const { segments } = resolveOne("export const PREFIX = 'MAIL FROM: ';\ncheck(PREFIX + address);");

    expect(segments[0]).toEqual({ text: 'MAIL FROM: ', node: 'PREFIX' });
  });

  it('keeps a shared const shared inside', () => {
    // VERB is used once, but only through PREFIX, which is shared: every piece reports on PREFIX.
    const results = resolveAll("const VERB = 'MAIL';\nconst PREFIX = `${VERB} FROM:`;\ncheck(PREFIX + a);\ncheck(PREFIX + b);");

    expect(results[0]?.value.text).toBe(`MAIL FROM:${H}`);
    expect(results[0]?.segments.slice(0, 2)).toEqual([
      { text: 'MAIL', node: 'PREFIX' },
      { text: ' FROM:', node: 'PREFIX' },
    ]);
  });

  it('shares a const exported later', () => {
    // `export { PREFIX }` is a second read, so the literal is shared like an exported declaration.
    const { segments } = resolveOne("const PREFIX = 'MAIL FROM:';\ncheck(PREFIX + a);\nexport { PREFIX };");

    expect(segments[0]).toEqual({ text: 'MAIL FROM:', node: 'PREFIX' });
  });

  it.each([
    ['a let variable', "let prefix = 'MAIL FROM:';\ncheck(prefix + '<a@example.com>');"],
    ['a var variable', "var prefix = 'MAIL FROM:';\ncheck(prefix + '<a@example.com>');"],
    ['a parameter', "function send(prefix: string) { check(prefix + '<a@example.com>'); }"],
    ['a destructured const', "const { prefix } = options;\ncheck(prefix + '<a@example.com>');"],
    ['an undeclared name', "check(prefix + '<a@example.com>');"],
    ['a const without a string', "const prefix = build();\ncheck(prefix + '<a@example.com>');"],
    ['a function name', "function prefix() {}\ncheck(prefix + '<a@example.com>');"],
  ])('makes %s a hole', (_, code) => {
    const { value, segments } = resolveOne(code);

    expect(value.text).toBe(`${H}<a@example.com>`);
    expect(segments[0]?.hole).toBe(true);
  });

  it('stops at a self-referencing const', () => {
    const { value } = resolveOne("const a = a + 'x';\ncheck(a);");

    // The inner `a` is the cycle: it becomes a hole after one round.
    expect(value.text).toBe(`${H}x`);
  });

  it('stops at mutually recursive consts', () => {
    const { value } = resolveOne("const a = b + 'x';\nconst b = a + 'y';\ncheck(a);");

    expect(value.text).toBe(`${H}yx`);
  });

  it('resolves a wide cycle quickly', () => {
    // Every reference re-enters the cycle unless the guard stops at the const itself: the
    // branches then multiply with each round, and ten references exhaust the heap.
    const template = '`' + '${a}'.repeat(8) + 'x`';
    const started = performance.now();
    const { value } = resolveOne(`const a = ${template};\ncheck(a);`);

    expect(value.text).toBe(`${H.repeat(8)}x`);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reads the same const twice', () => {
    // A const read twice in one expression is no cycle, so both reads resolve.
    const { value } = resolveOne("const CRLF = '\\r\\n';\ncheck('NOOP' + CRLF + 'QUIT' + CRLF);");

    expect(value.text).toBe('NOOP\r\nQUIT\r\n');
  });

  it('resolves a long concatenation', () => {
    // Operands of one `+` chain add no depth, so every term of a long chain is known.
    const letters = Array.from({ length: 30 }, (_, i) => String.fromCharCode(0x41 + (i % 26)));
    const { value } = resolveOne(`check(${letters.map((letter) => `'${letter}'`).join(' + ')});`);

    expect(value.text).toBe(letters.join(''));
    expect(value.holes).toEqual([]);
  });

  it('makes deep constant chains a hole', () => {
    // Each const followed adds a level; past 20 the rest of the chain is unknown.
    const declarations = Array.from({ length: 30 }, (_, i) => `const c${i} = ${i === 29 ? "'X'" : `c${i + 1}`};`).join('\n');
    const { value } = resolveOne(`${declarations}\ncheck('NOOP ' + c0);`);

    expect(value.text.startsWith('NOOP ')).toBe(true);
    expect(value.holes).toEqual([5]);
  });
});
