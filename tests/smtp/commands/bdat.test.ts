import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../../src/smtp/index.js';
import { applyEdits, BAD_ARGUMENTS, problem, summarize, template } from '../helpers.js';

function problemsOf(text: string) {
  return summarize(checkCommand(text).problems);
}

describe('BDAT', () => {
  it.each(['BDAT 1024\r\n', 'BDAT 0 LAST\r\n', 'BDAT 1024 last\r\n', 'BDAT 00012\r\n'])('accepts %j', (text) => {
    expect(checkCommand(text).problems).toEqual([]);
  });

  it('reports missing size', () => {
    expect(problemsOf('BDAT\r\n')).toEqual([problem('missing-argument', 0, 4, BAD_ARGUMENTS)]);
  });

  it.each([
    ['BDAT abc\r\n', 5, 8],
    ['BDAT -1\r\n', 5, 7],
    ['BDAT 1.5 LAST\r\n', 5, 8],
  ])('reports bad size in %j', (text, start, end) => {
    expect(problemsOf(text)).toEqual([problem('invalid-chunk-size', start, end, BAD_ARGUMENTS)]);
  });

  it('suggests LAST for another marker', () => {
    const text = 'BDAT 10 END\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('invalid-end-marker', 8, 11, BAD_ARGUMENTS)]);
    expect(applyEdits(text, problems[0]?.suggestions?.[0]?.edits ?? [])).toBe('BDAT 10 LAST\r\n');
  });

  it('reports words after LAST', () => {
    expect(problemsOf('BDAT 10 LAST now\r\n')).toEqual([problem('extra-argument', 13, 16, BAD_ARGUMENTS)]);
  });

  it('skips a size unknown until run time', () => {
    expect(checkCommand(template`BDAT ${'size'} LAST\r\n`).problems).toEqual([]);
  });
});
