import smtp from 'eslint-plugin-smtp';
import tsParser from '@typescript-eslint/parser';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  smtp.configs.recommended,
];
