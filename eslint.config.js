// Lints this repository's own code. The examples are left out on purpose: they hold faulty SMTP
// strings for the demo, which lints them with the plugin's recommended config.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'examples/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
  },
  {
    files: ['src/rules/**/*.ts'],
    rules: {
      // The rules report suggestions from the shared report-problems.ts, which this check cannot follow.
      'eslint-plugin/require-meta-has-suggestions': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-console': 'error',
    },
  },
);
