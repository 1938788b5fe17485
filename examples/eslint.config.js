import smtp from 'eslint-plugin-smtp';
import tsParser from '@typescript-eslint/parser';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  smtp.configs.recommended,
  {
    // sendLine() in raw-smtp-client.ts writes its line to the socket as it is.
    settings: { smtp: { sinks: { raw: ['sendLine'] } } },
  },
];
