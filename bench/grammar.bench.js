// Measures the grammar on typical command lines and on 1 MB inputs, and the plugin's cost on the
// examples. Run with `npm run bench`; it prints the machine it ran on beside each number.
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { checkCommand } from '../dist/smtp/index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function measure(label, iterations, run) {
  run();
  const start = performance.now();
  for (let i = 0; i < iterations; i++) run();
  const perRun = (performance.now() - start) / iterations;
  console.log(`${label.padEnd(48)} ${perRun.toFixed(4).padStart(12)} ms/run`);
}

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node.js ${process.version}\n`);

const typical = 'MAIL FROM:<user@example.com> BODY=8BITMIME SIZE=1000\r\nRCPT TO:<other@example.org>\r\n';
measure('typical pipelined MAIL + RCPT', 20000, () => checkCommand(typical));

const megabyte = 1 << 20;
const inputs = {
  'long local-part (1 MB)': `MAIL FROM:<${'a'.repeat(megabyte)}@example.com>\r\n`,
  'dots, quotes and @ (1 MB)': `MAIL FROM:<${'."@\\'.repeat(megabyte / 4)}>\r\n`,
  'bare LF lines (1 MB)': 'RSET\n'.repeat(megabyte / 5),
  'unclosed path of spaces (1 MB)': `RCPT TO:<${' '.repeat(megabyte)}`,
};
for (const [label, input] of Object.entries(inputs)) measure(label, 5, () => checkCommand(input));

// Doubling the input should roughly double the time; a ratio near 4 would mean quadratic work.
const half = `MAIL FROM:<${'a.'.repeat(megabyte / 4)}@example.com>\r\n`;
const full = `MAIL FROM:<${'a.'.repeat(megabyte / 2)}@example.com>\r\n`;
const time = (input) => {
  const start = performance.now();
  for (let i = 0; i < 5; i++) checkCommand(input);
  return performance.now() - start;
};
time(half);
console.log(`\ntime ratio for doubled input (linear is about 2): ${(time(full) / time(half)).toFixed(2)}`);

const eslint = new ESLint({ cwd: path.join(root, 'examples') });
const lintStart = performance.now();
await eslint.lintFiles(['src']);
console.log(`lint examples/ with recommended: ${(performance.now() - lintStart).toFixed(1)} ms (first run, parser included)`);
