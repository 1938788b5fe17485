import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { getStaticProperty, resolveStaticValue } from '../../src/ast/static-object.js';
import { resolveStaticString } from '../../src/ast/static-string.js';
import { runProbe } from '../helpers/run-probe.js';

/** Declares e0 = 'ab' and each next constant as three copies of the one before, up to e16: 86 million characters. */
function tripling(last: number): string {
  const lines = ["const e0 = 'ab';"];
  for (let i = 1; i <= last; i++) lines.push(`const e${i} = e${i - 1} + e${i - 1} + e${i - 1};`);
  return lines.join('\n');
}

describe('resolver budgets', () => {
  it('bounds multiplying string constants', () => {
    let text = '';
    const started = performance.now();
    runProbe(`${tripling(16)}\ncheck(e16);`, 'CallExpression[callee.name="check"]', (node, context) => {
      text = resolveStaticString(context.sourceCode, (node as TSESTree.CallExpression).arguments[0]!)?.text ?? '';
    });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(text.startsWith('abababab')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(1_200_000);
  });

  it('shares one budget across an object', () => {
    let lengths: number[] = [];
    const code = `${tripling(16)}\nconst o1 = { a: e16, b: e16 };\nconst o2 = { ...o1, ...o1, ...o1 };\nconst o3 = { ...o2, ...o2, ...o2 };\ncheck({ ...o3, ...o3, ...o3 });`;
    runProbe(code, 'CallExpression[callee.name="check"]', (node, context) => {
      const value = resolveStaticValue(context.sourceCode, (node as TSESTree.CallExpression).arguments[0]!);
      expect(value.kind).toBe('object');
      if (value.kind !== 'object') return;
      lengths = value.properties.map((property) => {
        if (property.value.kind !== 'string') return 0;
        return property.value.value.text.length;
      });
      expect(getStaticProperty(value, 'a')).toBeDefined();
    });
    expect(lengths.reduce((sum, length) => sum + length, 0)).toBeLessThanOrEqual(1_300_000);
  });
});
