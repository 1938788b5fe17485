import { ESLintUtils } from '@typescript-eslint/utils';

/** The published docs folder; each rule's `meta.docs.url` points at its page here. */
export const DOCS_BASE_URL = 'https://github.com/eslint-plugin-smtp/eslint-plugin-smtp/blob/main/docs';

/** Extra `meta.docs` fields this plugin's rules carry. */
export interface SmtpRuleDocs {
  /** True when the rule is on in the `recommended` config. */
  readonly recommended?: boolean;
  /** True when the rule needs type information. */
  readonly requiresTypeChecking?: boolean;
}

export const createRule = ESLintUtils.RuleCreator<SmtpRuleDocs>((name) => `${DOCS_BASE_URL}/rules/${name}.md`);
