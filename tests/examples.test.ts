import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The demo lints examples/ with the recommended config; each fault there is marked by a comment
// that starts with "Fault:" just above it. This keeps the demo output and the comments in step.
const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const NEARBY_LINES = 3;

function faultCommentLines(file: string): number[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => (/^\s*\/\/ Fault:/.test(line) ? [index + 1] : []));
}

describe('examples', async () => {
  // The plugin is loaded from dist/ through the package's own name, as a user's config loads it.
  const eslint = new ESLint({ cwd: examples });
  const results = await eslint.lintFiles(['src']);

  it('lint without parse errors', () => {
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.fatalErrorCount, result.filePath).toBe(0);
  });

  it.each(results.map((result) => [path.basename(result.filePath), result] as const))('%s reports each marked fault', (_name, result) => {
    const reported = result.messages.map((message) => message.line);
    for (const comment of faultCommentLines(result.filePath)) {
      const near = reported.some((line) => line > comment && line <= comment + NEARBY_LINES);
      expect(near, `no report within ${NEARBY_LINES} lines below the Fault comment on line ${comment}`).toBe(true);
    }
  });

  it.each(results.map((result) => [path.basename(result.filePath), result] as const))('%s reports nothing unmarked', (_name, result) => {
    const comments = faultCommentLines(result.filePath);
    for (const message of result.messages) {
      const marked = comments.some((comment) => message.line > comment && message.line <= comment + NEARBY_LINES);
      expect(marked, `unmarked report on line ${message.line}: ${message.message}`).toBe(true);
    }
  });

  it('link every report to its rule doc', () => {
    const meta = eslint.getRulesMetaForResults(results);
    for (const message of results.flatMap((result) => result.messages)) {
      expect(meta[message.ruleId ?? '']?.docs?.url).toMatch(/\/docs\/rules\/[a-z-]+\.md$/);
    }
  });
});
