import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from '../rules/index.js';

type RuleName = keyof typeof rules;
type RuleEntries = Partial<Record<`smtp/${RuleName}`, TSESLint.SharedConfig.RuleEntry>>;

function selectRules(include: (name: RuleName) => boolean): RuleEntries {
  const entries: RuleEntries = {};
  for (const name of Object.keys(rules) as RuleName[]) {
    if (include(name)) entries[`smtp/${name}`] = 'error';
  }
  return entries;
}

function docsOf(name: RuleName): { recommended?: boolean; requiresTypeChecking?: boolean } {
  return rules[name].meta.docs ?? {};
}

/**
 * Rules of each config: `recommended` has the rules that never need a judgement call, and only
 * `recommended-type-checked` and `all` have rules that need type information.
 */
export const configRules = {
  recommended: selectRules((name) => docsOf(name).recommended === true && docsOf(name).requiresTypeChecking !== true),
  'recommended-type-checked': selectRules((name) => docsOf(name).recommended === true),
  strict: selectRules((name) => docsOf(name).requiresTypeChecking !== true),
  all: selectRules(() => true),
};
