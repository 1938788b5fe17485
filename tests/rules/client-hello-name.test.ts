import rule from '../../src/rules/client-hello-name.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester.run('client-hello-name', rule, {
  valid: [
    "import nodemailer from 'nodemailer';\nnodemailer.createTransport({ host: 'smtp.example.com', name: 'mail.example.com' });",
    "import nodemailer from 'nodemailer';\nnodemailer.createTransport({ name: '[192.0.2.1]' });",
    "import nodemailer from 'nodemailer';\nnodemailer.createTransport({ name: 'localhost' });",
    "import nodemailer from 'nodemailer';\nnodemailer.createTransport('smtp://smtp.example.com:587?name=mail.example.com&pool=true');",
    "import nodemailer from 'nodemailer';\nnodemailer.createTransport('smtp://smtp.example.com:587');",
    // A name known only at run time is not judged.
    'import nodemailer from \'nodemailer\';\nnodemailer.createTransport({ name: process.env.SMTP_NAME });',
    'import nodemailer from \'nodemailer\';\nnodemailer.createTransport({ name: `mail.${domain}` });',
    // The same call shape on something that is not nodemailer is left alone.
    "const mailer = { createTransport(options: object) { return options; } };\nmailer.createTransport({ name: 'Example server' });",
    "import { createTransport } from './local-mailer';\ncreateTransport({ name: 'Example server' });",
    "import { SMTPClient } from 'emailjs';\nnew SMTPClient({ host: 'smtp.example.com', domain: 'mail.example.com' });",
    "const { SMTPClient } = require('smtp-client');\nconst client = new SMTPClient();\nclient.ehlo({ hostname: 'mail.example.com' });",
    // Without a hostname, smtp-client sends the machine's host name.
    "const { SMTPClient } = require('smtp-client');\nconst client = new SMTPClient();\nclient.greet();",
  ],
  invalid: [
    {
      // A display label is no host name; a space ends the EHLO argument, and there is no safe fix.
      code: "import nodemailer from 'nodemailer';\nnodemailer.createTransport({ host: 'smtp.example.com', name: 'Example server' });",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 2, column: 70, endLine: 2, endColumn: 71 },
      ],
    },
    {
      // '*' is not allowed in a host name.
      code: "import nodemailer from 'nodemailer';\nnodemailer.createTransport({ host: 'smtp.example.com', name: 'mail.*' });",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 2, column: 68, endLine: 2, endColumn: 69 },
      ],
    },
    {
      // A bare IPv4 address must be an address literal; the brackets keep the same host.
      code: "import { createTransport } from 'nodemailer';\ncreateTransport({ name: '127.0.0.1' });",
      output: "import { createTransport } from 'nodemailer';\ncreateTransport({ name: '[127.0.0.1]' });",
      errors: [
        { messageId: 'clientProblemWithReply', line: 2, column: 26, endLine: 2, endColumn: 35 },
      ],
    },
    {
      // '_' is not allowed in a host name; a hyphen is only a guess, so it is a suggestion.
      code: "import { createTransport } from 'nodemailer';\ncreateTransport({ name: 'mail_relay.example.com' });",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 2, column: 30, endLine: 2, endColumn: 31,
          suggestions: [
            { messageId: 'suggestEdit', data: { description: "Replace '_' with '-'." }, output: "import { createTransport } from 'nodemailer';\ncreateTransport({ name: 'mail-relay.example.com' });" },
          ],
        },
      ],
    },
    {
      // nodemailer ignores an empty name and sends the machine's host name.
      code: "import { createTransport } from 'nodemailer';\ncreateTransport({ name: '' });",
      output: null,
      errors: [
        { messageId: 'clientProblem', line: 2, column: 25, endLine: 2, endColumn: 27 },
      ],
    },
    {
      // The name in a connection URL is checked in place.
      code: "import { createTransport } from 'nodemailer';\ncreateTransport('smtp://smtp.example.com:587?name=mail.*');",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 2, column: 56, endLine: 2, endColumn: 57 },
      ],
    },
    {
      // A constant read once takes the fix in its own literal.
      code: "import { createTransport } from 'nodemailer';\nconst HOST_NAME = 'bücher.example';\ncreateTransport({ name: HOST_NAME });",
      output: "import { createTransport } from 'nodemailer';\nconst HOST_NAME = 'xn--bcher-kva.example';\ncreateTransport({ name: HOST_NAME });",
      errors: [
        { messageId: 'clientProblemWithReply', line: 2, column: 20, endLine: 2, endColumn: 26 },
      ],
    },
    {
      // nodemailer's low-level SMTPConnection takes the same name option.
      code: "import SMTPConnection from 'nodemailer/lib/smtp-connection';\nnew SMTPConnection({ port: 25, name: 'my host' });",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 2, column: 41, endLine: 2, endColumn: 42 },
      ],
    },
    {
      // emailjs keeps an empty domain and sends 'EHLO' with no argument.
      code: "import { SMTPClient } from 'emailjs';\nnew SMTPClient({ host: 'smtp.example.com', domain: '' });",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 2, column: 52, endLine: 2, endColumn: 54 },
      ],
    },
    {
      // HELO takes no address literal, so the fix is only a suggestion to send EHLO.
      code: "import { SMTPConnection } from 'emailjs';\nconst conn = new SMTPConnection();\nconn.helo(callback, '192.0.2.1');",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 3, column: 22, endLine: 3, endColumn: 31 },
      ],
    },
    {
      // smtp-client's greet sends EHLO with the hostname option.
      code: "const { SMTPClient } = require('smtp-client');\nconst client = new SMTPClient({ host: 'smtp.example.com' });\nawait client.greet({ hostname: 'my_laptop' });",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 3, column: 35, endLine: 3, endColumn: 36,
          suggestions: [
            { messageId: 'suggestEdit', data: { description: "Replace '_' with '-'." }, output: "const { SMTPClient } = require('smtp-client');\nconst client = new SMTPClient({ host: 'smtp.example.com' });\nawait client.greet({ hostname: 'my-laptop' });" },
          ],
        },
      ],
    },
    {
      // The transport of @nestjs-modules/mailer is nodemailer's.
      code: "import { MailerModule } from '@nestjs-modules/mailer';\nMailerModule.forRoot({ transport: { host: 'smtp.example.com', name: 'Example server' } });",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 2, column: 77, endLine: 2, endColumn: 78 },
      ],
    },
    {
      // A wrapper from settings.smtp that sends its argument after EHLO.
      code: "sendRaw('x', 'mail server');",
      settings: { smtp: { wrappers: [{ callee: 'sendRaw', argument: 1, grammar: 'ehlo' }] } },
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 1, column: 19, endLine: 1, endColumn: 20 },
      ],
    },
    {
      // A wrong settings entry is reported once, on the first line.
      code: 'x();',
      settings: { smtp: { wrappers: [{ callee: 'sendRaw', grammar: 'ehlo', argument: -1 }] } },
      output: null,
      errors: [
        { messageId: 'invalidSettings', line: 1, column: 1, endLine: 1, endColumn: 1 },
      ],
    },
  ],
});
