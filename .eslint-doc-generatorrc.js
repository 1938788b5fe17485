/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  ignoreConfig: ['all'],
  configEmoji: [['recommended-type-checked', '☑️']],
  ruleDocTitleFormat: 'prefix-name',
};
