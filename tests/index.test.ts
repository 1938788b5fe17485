import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
const ruleNames = Object.keys(plugin.rules) as (keyof typeof plugin.rules)[];
const configNames = ['recommended', 'recommended-type-checked', 'strict', 'all'] as const;

/** Lints `code` as a JavaScript file with flat-config `config` and returns the rule id of each message, in order. */
async function lintRuleIds(code: string, config: Linter.Config): Promise<(string | null)[]> {
  const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [config] });
  const [result] = await eslint.lintText(code, { filePath: 'client.js' });
  return result!.messages.map((message) => message.ruleId);
}

describe('plugin meta', () => {
  it('matches package.json', () => {
    expect(plugin.meta.name).toBe(packageJson.name);
    expect(plugin.meta.version).toBe(packageJson.version);
  });

  it('has one rule per docs page', () => {
    const pages = readdirSync(new URL('../docs/rules/', import.meta.url)).filter((file) => file.endsWith('.md'));
    expect([...ruleNames].sort()).toEqual(pages.map((file) => file.slice(0, -'.md'.length)).sort());
  });
});

describe('rule docs', () => {
  it.each(ruleNames)('%s links its page', (name) => {
    expect(plugin.rules[name].meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
  });

  it.each(ruleNames)('%s has a docs page', (name) => {
    const page = fileURLToPath(new URL(`../docs/rules/${name}.md`, import.meta.url));
    expect(existsSync(page), `${page} is missing`).toBe(true);
  });
});

describe('configs', () => {
  it.each(configNames)('%s is named and registers the plugin', (name) => {
    const config = plugin.configs[name];

    expect(config.name).toBe(`smtp/${name}`);
    expect(config.plugins?.smtp).toBe(plugin);
  });

  it.each(configNames)('%s enables only known rules', (name) => {
    const enabled = Object.keys(plugin.configs[name].rules ?? {});

    expect(enabled.length).toBeGreaterThan(0);
    for (const id of enabled) expect(ruleNames.map((rule) => `smtp/${rule}`)).toContain(id);
  });

  it('all enables every rule', () => {
    expect(Object.keys(plugin.configs.all.rules ?? {}).sort()).toEqual(ruleNames.map((name) => `smtp/${name}`).sort());
  });

  it('recommended enables recommended rules', () => {
    const docs = (name: (typeof ruleNames)[number]) => plugin.rules[name].meta.docs;
    const recommended = ruleNames.filter((name) => docs(name)?.recommended === true && docs(name)?.requiresTypeChecking !== true);

    expect(Object.keys(plugin.configs.recommended.rules ?? {}).sort()).toEqual(recommended.map((name) => `smtp/${name}`).sort());
  });
});

describe('flat config run', () => {
  it('reports through recommended', async () => {
    const code = [
      "socket.write('MAIL FROM: user@example.com\\r\\n');",
      "socket.write('RCPT TO:<user@example.com.>\\n');",
      "socket.write('MAIL FROM:<a@example.com> BODY_8BIT\\r\\n');",
    ].join('\n');

    expect(await lintRuleIds(code, plugin.configs.recommended)).toEqual([
      'smtp/command-syntax',
      'smtp/command-syntax',
      'smtp/mailbox-syntax',
      'smtp/line-endings',
      'smtp/esmtp-parameters',
    ]);
  });

  it('locates template reports with espree', async () => {
    // espree 11 gives template elements the ranges typescript-eslint gives, delimiters included.
    // A mismatch would move the report off the space.
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] });
    const [result] = await eslint.lintText('socket.write(`RCPT TO: <${to}>\\r\\n`);', { filePath: 'client.js' });

    expect(result!.messages).toHaveLength(1);
    expect(result!.messages[0]).toMatchObject({ ruleId: 'smtp/command-syntax', line: 1, column: 23, endLine: 1, endColumn: 24 });
  });

  it('fixes through ESLint', async () => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [plugin.configs.recommended], fix: true });
    const [result] = await eslint.lintText("socket.write('MAIL FROM: user@example.com\\n');", { filePath: 'client.js' });

    expect(result!.output).toBe("socket.write('MAIL FROM:<user@example.com>\\r\\n');");
    expect(result!.messages).toEqual([]);
  });
});

// Command lines taken from real server logs, each with the rules that must report it under `strict`, every rule that needs no types.
describe('server log cases', () => {
  it.each([
    ['space and bare mailbox', "socket.write('MAIL FROM: user@example.com\\r\\n');", ['smtp/command-syntax', 'smtp/command-syntax']],
    ['bare recipient mailbox', "socket.write('RCPT TO:user@example.com\\r\\n');", ['smtp/command-syntax']],
    ['space before a hole', 'socket.write(`RCPT TO: <${to}> NOTIFY=SUCCESS,FAILURE\\r\\n`);', ['smtp/command-syntax']],
    ['65-octet local-part', `socket.write('MAIL FROM:<${'a'.repeat(65)}@example.com>\\r\\n');`, ['smtp/mailbox-syntax']],
    ['bare LF ending', "socket.write('MAIL FROM:<user@example.com>\\n');", ['smtp/line-endings']],
    ['Postmaster recipient', "socket.write('RCPT TO:<Postmaster>\\r\\n');", []],
    ['null reverse-path', "socket.write('MAIL FROM:<>\\r\\n');", []],
    ['BODY parameter', "socket.write('MAIL FROM:<user@example.com> BODY=8BITMIME\\r\\n');", []],
    ['emailjs hole after colon', 'function mail(from, callback) { this.command(`mail FROM:${from}`, callback); }', []],
    [
      'deep-email-validator commands',
      'const commands = [`helo ${host}\\r\\n`, `mail from: <${sender}>\\r\\n`, `rcpt to: <${recipient}>\\r\\n`];',
      ['smtp/command-syntax', 'smtp/command-syntax'],
    ],
  ])('%s', async (_, code, expected) => {
    expect(await lintRuleIds(code, plugin.configs.strict)).toEqual(expected);
  });
});

describe('CommonJS build', () => {
  it('requires the plugin itself', () => {
    // `npm test` builds dist first. CommonJS callers must get the plugin object, not a namespace with `default`.
    const required = createRequire(import.meta.url)('../dist/index.js') as typeof plugin;

    expect(required.meta).toEqual(plugin.meta);
    expect(Object.keys(required.rules).sort()).toEqual([...ruleNames].sort());
    expect(Object.keys(required.configs).sort()).toEqual([...configNames].sort());
    expect(required.configs.recommended.plugins?.smtp).toBe(required);
  });
});

describe('test-folder override', () => {
  it('turns every rule off as the README shows', async () => {
    // The README's override for test suites that send malformed commands on purpose.
    const override: Linter.Config = {
      files: ['test/**'],
      rules: Object.fromEntries(Object.keys(plugin.rules).map((name) => [`smtp/${name}`, 'off'])),
    };
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [plugin.configs.recommended, override] });
    const code = "socket.write('MAIL FROM: user@example.com\\r\\n');";

    const [inTests] = await eslint.lintText(code, { filePath: 'test/server.js' });
    const [inSource] = await eslint.lintText(code, { filePath: 'src/client.js' });

    expect(inTests!.messages).toEqual([]);
    expect(inSource!.messages.length).toBeGreaterThan(0);
  });
});
