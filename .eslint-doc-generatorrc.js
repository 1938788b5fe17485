/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  ignoreConfig: ['all'],
  ruleDocTitleFormat: 'prefix-name',
};
