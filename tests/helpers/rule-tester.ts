import parser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { Linter, type ESLint } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import { rules } from '../../src/rules/index.js';

// The typescript-eslint RuleTester needs a test framework, and these hooks make it run under Vitest.
RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export const ruleTester = new RuleTester();

/** A reported message as the tests read it. */
export interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Lints `code` as TypeScript with one of the plugin's rules and returns the messages, for the
 * checks RuleTester cannot express, such as the reply code inside the message text.
 */
export function lintWithRule(ruleName: keyof typeof rules, code: string): LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  const plugin = { rules } as unknown as ESLint.Plugin;
  return linter.verify(
    code,
    [{ files: ['**/*.ts'], languageOptions: { parser }, plugins: { smtp: plugin }, rules: { [`smtp/${ruleName}`]: 'error' } }],
    'example.ts',
  );
}
