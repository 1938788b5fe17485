import parser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ESLintUtils } from '@typescript-eslint/utils';
import { Linter, type ESLint } from 'eslint';

/** Rule context passed to a probe's visitor; `context.sourceCode` is the linted file. */
export type ProbeContext = Readonly<TSESLint.RuleContext<never, []>>;

/**
 * Lints `code` as TypeScript with a test-only rule that calls `visit` for every node matching
 * `selector`, so tests can drive the AST helpers on real parser output. Throws when the code
 * does not parse, because a probe that saw no nodes would make every assertion vacuous.
 */
export function runProbe(code: string, selector: string, visit: (node: TSESTree.Node, context: ProbeContext) => void): void {
  const probe = ESLintUtils.RuleCreator.withoutDocs({
    meta: { type: 'problem', messages: {}, schema: [] },
    defaultOptions: [],
    create(context) {
      return { [selector]: (node: TSESTree.Node) => visit(node, context) };
    },
  });

  const linter = new Linter({ configType: 'flat' });
  const plugin = { rules: { probe } } as unknown as ESLint.Plugin;
  const messages = linter.verify(
    code,
    [{ files: ['**/*.ts'], languageOptions: { parser }, plugins: { test: plugin }, rules: { 'test/probe': 'error' } }],
    'probe.ts',
  );

  const fatal = messages.find((message) => message.fatal === true);
  if (fatal !== undefined) throw new Error(`The probe code does not parse: ${fatal.message}`);
  // The probe never reports, so any message here is a problem with the run itself.
  if (messages.length > 0) throw new Error(`The probe run reported: ${messages.map((message) => message.message).join('; ')}`);
}
