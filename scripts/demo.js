// Lints examples/ with the plugin's recommended config and prints each report with the link to
// its rule doc. Reports are the expected output, so the script exits 0 unless ESLint itself fails.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const examples = path.join(root, 'examples');

const eslint = new ESLint({ cwd: examples });
const results = await eslint.lintFiles(['src']);
const rulesMeta = eslint.getRulesMetaForResults(results);

let total = 0;
for (const result of results) {
  if (result.messages.length === 0) continue;
  console.log(`\n${path.relative(root, result.filePath)}`);
  for (const message of result.messages) {
    total++;
    const severity = message.severity === 2 ? 'error' : 'warning';
    let fixable = '';
    if (message.fix) fixable = ' (fixable)';
    else if (message.suggestions?.length) fixable = ' (suggestion)';
    console.log(`  ${message.line}:${message.column}  ${severity}  ${message.message}  ${message.ruleId ?? ''}${fixable}`);
    const url = message.ruleId ? rulesMeta[message.ruleId]?.docs?.url : undefined;
    if (url) console.log(`      docs: ${url.replace(/^.*\/docs\//, 'docs/')}  ${url}`);
  }
}
console.log(`\n${total} problems in ${results.length} files.`);
if (results.some((result) => result.fatalErrorCount > 0)) process.exitCode = 1;
