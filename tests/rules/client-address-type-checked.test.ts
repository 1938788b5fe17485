import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import rule from '../../src/rules/client-address-type-checked.js';
import '../helpers/rule-tester.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/typed');

const typedRuleTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fixtures } },
});

// A transporter injected through a type alias: only the type checker shows it is nodemailer's.
const INJECTED = `import type { Transporter } from 'nodemailer';
type Mailer = Transporter;
export class Notifier {
  constructor(private readonly mailer: Mailer) {}
  notify() {
    return this.mailer.sendMail({ from: 'noreply', to: 'ops@example.com' });
  }
}`;

typedRuleTester.run('client-address-type-checked', rule, {
  valid: [
    // What the untyped rules already report is left to them.
    "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({});\ntransporter.sendMail({ from: 'noreply', to: 'x@example.com' });",
    "import type { Transporter } from 'nodemailer';\nexport function send(mailer: Transporter) {\n  return mailer.sendMail({ from: 'shop@example.com', to: 'x@example.com' });\n}",
    // A class of its own with a sendMail method is not nodemailer's.
    "class Outbox {\n  sendMail(options: { from: string }) { return options; }\n}\nnew Outbox().sendMail({ from: 'noreply' });",
    // A constant typed as plain string has no known value.
    "import nodemailer from 'nodemailer';\ndeclare const sender: string;\nnodemailer.createTransport({}).sendMail({ from: sender, to: 'x@example.com' });",
  ],
  invalid: [
    {
      code: INJECTED,
      output: null,
      errors: [{ messageId: 'clientProblem', line: 6, column: 42, endLine: 6, endColumn: 49 }],
    },
    {
      // Injected through an interface of dependencies.
      code: "import type { Transporter } from 'nodemailer';\ninterface Deps { mailer: Transporter }\nexport function send(deps: Deps) {\n  return deps.mailer.sendMail({ from: 'a b@example.com', to: 'x@example.com' });\n}",
      output: null,
      errors: [
        {
          messageId: 'clientProblem',
          line: 4,
          column: 40,
          endLine: 4,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'suggestEdit',
              data: { description: "Write the display name apart: 'a <b@example.com>'." },
              output: "import type { Transporter } from 'nodemailer';\ninterface Deps { mailer: Transporter }\nexport function send(deps: Deps) {\n  return deps.mailer.sendMail({ from: 'a <b@example.com>', to: 'x@example.com' });\n}",
            },
          ],
        },
      ],
    },
    {
      // An optional dependency has the type Transporter | undefined.
      code: "import type { Transporter } from 'nodemailer';\ninterface Deps { mailer?: Transporter }\nexport function send(deps: Deps) {\n  return deps.mailer?.sendMail({ from: 'noreply', to: 'x@example.com' });\n}",
      output: null,
      errors: [{ messageId: 'clientProblem', line: 4, column: 41, endLine: 4, endColumn: 48 }],
    },
    {
      // An interface that extends Transporter is still a transporter.
      code: "import type { Transporter } from 'nodemailer';\ninterface Mailer extends Transporter { tag: string }\nexport function send(mailer: Mailer) {\n  return mailer.sendMail({ from: 'noreply', to: 'x@example.com' });\n}",
      output: null,
      errors: [{ messageId: 'clientProblem', line: 4, column: 35, endLine: 4, endColumn: 42 }],
    },
    {
      // The imported constant's literal type gives its value; the report stays on this use.
      code: "import nodemailer from 'nodemailer';\nimport { SENDER } from './constants.js';\nconst transporter = nodemailer.createTransport({});\ntransporter.sendMail({ from: SENDER, to: 'x@example.com' });",
      output: null,
      errors: [{ messageId: 'clientProblem', line: 4, column: 30, endLine: 4, endColumn: 36 }],
    },
    {
      code: "import nodemailer from 'nodemailer';\nimport { HOST_NAME } from './constants.js';\nnodemailer.createTransport({ name: HOST_NAME });",
      output: null,
      errors: [{ messageId: 'clientProblemWithReply', line: 3, column: 36, endLine: 3, endColumn: 45 }],
    },
  ],
});

// Without type information the rule must skip the file: eslint.config.js and other JS files
// fall under `recommended-type-checked` too, and a throw would abort the whole run.
const untypedRuleTester = new RuleTester();

untypedRuleTester.run('client-address-type-checked without types', rule, {
  valid: [
    { code: INJECTED, filename: 'untyped.ts' },
    {
      code: "export function send(mailer) {\n  return mailer.sendMail({ from: 'noreply' });\n}",
      languageOptions: { parser: espree },
      filename: 'untyped.js',
    },
  ],
  invalid: [],
});

describe('typed configs on JS files', () => {
  for (const name of ['recommended-type-checked', 'all'] as const) {
    it(`${name} lints eslint.config.js`, () => {
      const linter = new Linter({ configType: 'flat' });
      const code = "import nodemailer from 'nodemailer';\nnodemailer.createTransport({}).sendMail({ from: 'noreply', to: 'x@example.com' });\nexport default [];";
      const messages = linter.verify(code, [plugin.configs[name]], 'eslint.config.js');
      expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['smtp/client-header-address', 2, 50]]);
    });
  }
});
