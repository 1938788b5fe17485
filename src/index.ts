
import type { ESLint, Linter } from 'eslint';
import { configRules } from './configs/index.js';
import { rules } from './rules/index.js';

const PLUGIN_NAME = 'eslint-plugin-smtp';
const PLUGIN_VERSION = '0.1.0';

type ConfigName = keyof typeof configRules;

interface SmtpPlugin {
  readonly meta: { readonly name: string; readonly version: string };
  readonly rules: typeof rules;
  readonly configs: Record<ConfigName, Linter.Config>;
}

const configs = {} as Record<ConfigName, Linter.Config>;

const plugin: SmtpPlugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION },
  rules,
  configs,
};

for (const name of Object.keys(configRules) as ConfigName[]) {
  configs[name] = {
    name: `smtp/${name}`,
    plugins: { smtp: plugin as unknown as ESLint.Plugin },
    rules: configRules[name] as Linter.RulesRecord,
  };
}

export default plugin;
export { plugin as 'module.exports' };
export type { SmtpPlugin };
