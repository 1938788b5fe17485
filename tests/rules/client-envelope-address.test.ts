import rule from '../../src/rules/client-envelope-address.js';
import { ruleTester } from '../helpers/rule-tester.js';

// Code under test is written in single-quoted strings, so '\\r\\n' here is the escape `\r\n` in that code.
ruleTester.run('client-envelope-address', rule, {
  valid: [
    "import { SMTPConnection } from 'emailjs';\nconst conn = new SMTPConnection();\nconn.mail(callback, '<sender@example.com>');",
    // emailjs passes parameters after the path through, and the null sender is valid for bounces.
    "import { SMTPConnection } from 'emailjs';\nconst conn = new SMTPConnection();\nconn.mail(callback, '<sender@example.com> BODY=8BITMIME');\nconn.mail(callback, '<>');",
    "import { SMTPConnection } from 'emailjs';\nconst conn = new SMTPConnection();\nconn.rcpt(callback, '<Postmaster>');",
    'import { SMTPConnection } from \'emailjs\';\nconst conn = new SMTPConnection();\nconn.rcpt(callback, `<${to}>`);',
    "const { SMTPClient } = require('smtp-client');\nconst client = new SMTPClient();\nawait client.mail({ from: 'sender@example.com' });\nawait client.rcpt({ to: 'x@example.com' });",
    "const { SMTPClient } = require('smtp-client');\nconst client = new SMTPClient();\nawait client.mail({ from: 'jõgeva@example.com', utf8: true });",
    "import SMTPConnection from 'nodemailer/lib/smtp-connection';\nconst connection = new SMTPConnection();\nconnection.send({ from: '', to: ['x@example.com', { address: 'y@example.com' }] }, message, done);",
    // nodemailer's SMTPConnection adds SMTPUTF8 itself when an address needs it.
    "import SMTPConnection from 'nodemailer/lib/smtp-connection';\nconst connection = new SMTPConnection();\nconnection.send({ from: 'a@example.com', to: 'jõgeva@example.com' }, message, done);",
    // Unrelated objects with the same method names are left alone.
    "const conn = { mail(callback: () => void, from: string) {} };\nconn.mail(() => {}, 'Sender Name <sender@example.com>');",
    "import { SMTPClient } from './smtp';\nconst client = new SMTPClient();\nclient.mail({ from: '<sender@example.com>' });",
    {
      code: "mailer.sendFrom('<sender@example.com>');",
      settings: { smtp: { wrappers: [{ callee: 'mailer.sendFrom', grammar: 'path', role: 'reverse-path' }] } },
    },
    {
      code: "other.sendFrom('sender@example.com');",
      settings: { smtp: { wrappers: [{ callee: 'mailer.sendFrom', grammar: 'path', role: 'reverse-path' }] } },
    },
  ],
  invalid: [
    {
      // emailjs sends the text after 'MAIL FROM:' as it is; the fix keeps the one <addr>.
      code: "import { SMTPConnection } from 'emailjs';\nconst conn = new SMTPConnection();\nconn.mail(callback, 'Sender Name <sender@example.com>');",
      output: "import { SMTPConnection } from 'emailjs';\nconst conn = new SMTPConnection();\nconn.mail(callback, '<sender@example.com>');",
      errors: [
        { messageId: 'clientProblemWithReply', line: 3, column: 22, endLine: 3, endColumn: 34 },
      ],
    },
    {
      // Without brackets emailjs sends 'RCPT TO:x@example.com'.
      code: "import { SMTPClient } from 'emailjs';\nconst client = new SMTPClient({ host: 'smtp.example.com' });\nclient.smtp.rcpt(callback, 'x@example.com');",
      output: "import { SMTPClient } from 'emailjs';\nconst client = new SMTPClient({ host: 'smtp.example.com' });\nclient.smtp.rcpt(callback, '<x@example.com>');",
      errors: [
        { messageId: 'clientProblemWithReply', line: 3, column: 29, endLine: 3, endColumn: 42 },
      ],
    },
    {
      // smtp-client adds brackets, so the wire line is 'MAIL FROM:<<sender@example.com>>'.
      code: "const { SMTPClient } = require('smtp-client');\nconst client = new SMTPClient();\nawait client.mail({ from: '<sender@example.com>' });",
      output: "const { SMTPClient } = require('smtp-client');\nconst client = new SMTPClient();\nawait client.mail({ from: 'sender@example.com' });",
      errors: [
        { messageId: 'clientProblemWithReply', line: 3, column: 28, endLine: 3, endColumn: 48 },
      ],
    },
    {
      // A display name inside smtp-client's brackets; the fix keeps the mailbox.
      code: "import { SMTPClient } from 'smtp-client';\nconst client = new SMTPClient();\nawait client.rcpt({ to: 'Team <team@example.com>' });",
      output: "import { SMTPClient } from 'smtp-client';\nconst client = new SMTPClient();\nawait client.rcpt({ to: 'team@example.com' });",
      errors: [
        { messageId: 'clientProblemWithReply', line: 3, column: 26, endLine: 3, endColumn: 49 },
      ],
    },
    {
      // One string with two mailboxes becomes one RCPT TO.
      code: "import SMTPConnection from 'nodemailer/lib/smtp-connection';\nconst connection = new SMTPConnection({ port: 25 });\nconnection.send({ from: 'a@example.com', to: 'x@example.com, y@example.com' }, message, done);",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 3, column: 47, endLine: 3, endColumn: 75,
          suggestions: [
            { messageId: 'suggestEdit', data: { description: "Pass an array of 2 recipients: ['x@example.com', 'y@example.com']." }, output: "import SMTPConnection from 'nodemailer/lib/smtp-connection';\nconst connection = new SMTPConnection({ port: 25 });\nconnection.send({ from: 'a@example.com', to: ['x@example.com', 'y@example.com'] }, message, done);" },
          ],
        },
      ],
    },
    {
      // nodemailer's SMTPConnection rejects bracketed addresses before sending.
      code: "import SMTPConnection from 'nodemailer/lib/smtp-connection';\nconst connection = new SMTPConnection();\nconnection.send({ from: '<a@example.com>', to: ['x@example.com'] }, message, done);",
      output: "import SMTPConnection from 'nodemailer/lib/smtp-connection';\nconst connection = new SMTPConnection();\nconnection.send({ from: 'a@example.com', to: ['x@example.com'] }, message, done);",
      errors: [
        { messageId: 'clientProblem', line: 3, column: 26, endLine: 3, endColumn: 41 },
      ],
    },
    {
      // An empty recipient in the array.
      code: "import SMTPConnection from 'nodemailer/lib/smtp-connection';\nconst connection = new SMTPConnection();\nconnection.send({ from: 'a@example.com', to: ['x@example.com', ''] }, message, done);",
      output: null,
      errors: [
        { messageId: 'clientProblem', line: 3, column: 64, endLine: 3, endColumn: 66 },
      ],
    },
    {
      // SMTPConnection sends an object without 'address' as '[object Object]'.
      code: "import SMTPConnection from 'nodemailer/lib/smtp-connection';\nconst connection = new SMTPConnection();\nconnection.send({ from: 'a@example.com', to: [{ email: 'x@example.com' }] }, message, done);",
      output: null,
      errors: [
        { messageId: 'clientProblem', line: 3, column: 49, endLine: 3, endColumn: 54,
          suggestions: [
            { messageId: 'suggestEdit', data: { description: "Rename 'email' to 'address'." }, output: "import SMTPConnection from 'nodemailer/lib/smtp-connection';\nconst connection = new SMTPConnection();\nconnection.send({ from: 'a@example.com', to: [{ address: 'x@example.com' }] }, message, done);" },
          ],
        },
      ],
    },
    {
      // smtp-client sends SMTPUTF8 only with utf8: true.
      code: "const { SMTPClient } = require('smtp-client');\nconst client = new SMTPClient();\nawait client.mail({ from: 'jõgeva@example.com' });",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 3, column: 29, endLine: 3, endColumn: 30 },
      ],
    },
    {
      // A shared constant is reported on this use, without a fix.
      code: "const { SMTPClient } = require('smtp-client');\nconst SENDER = '<sender@example.com>';\nconst client = new SMTPClient();\nawait client.mail({ from: SENDER });\nconsole.log(SENDER);",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 4, column: 27, endLine: 4, endColumn: 33 },
      ],
    },
    {
      // A wrapper that sends its argument after 'MAIL FROM:' as it is.
      code: "mailer.sendFrom('sender@example.com');",
      settings: { smtp: { wrappers: [{ callee: 'mailer.sendFrom', grammar: 'path', role: 'reverse-path' }] } },
      output: "mailer.sendFrom('<sender@example.com>');",
      errors: [
        { messageId: 'clientProblemWithReply', line: 1, column: 18, endLine: 1, endColumn: 36 },
      ],
    },
    {
      // A wrapper that adds the brackets itself.
      code: "this.mailer.send({ to: '<x@example.com>' });",
      settings: { smtp: { wrappers: [{ callee: 'mailer.send', property: 'to', grammar: 'mailbox' }] } },
      output: "this.mailer.send({ to: 'x@example.com' });",
      errors: [
        { messageId: 'clientProblemWithReply', line: 1, column: 25, endLine: 1, endColumn: 40 },
      ],
    },
    {
      // A wrapper that sends whole command lines as they are, so each needs its CRLF.
      code: "client.raw('MAIL FROM:<a@example.com>');",
      settings: { smtp: { wrappers: [{ callee: 'client.raw', grammar: 'command' }] } },
      output: "client.raw('MAIL FROM:<a@example.com>\\r\\n');",
      errors: [
        { messageId: 'clientProblemWithReply', line: 1, column: 13, endLine: 1, endColumn: 38 },
      ],
    },
    {
      // An entry with an unknown grammar is reported by this rule.
      code: 'send();',
      settings: { smtp: { wrappers: [{ callee: 'send', grammar: 'address' }] } },
      output: null,
      errors: [
        { messageId: 'invalidSettings', line: 1, column: 1, endLine: 1, endColumn: 1 },
      ],
    },
    {
      // settings.smtp.wrappers must be an array.
      code: 'send();',
      settings: { smtp: { wrappers: { callee: 'send' } } },
      output: null,
      errors: [
        { messageId: 'invalidSettings', line: 1, column: 1, endLine: 1, endColumn: 1 },
      ],
    },
    {
      // The same wrapper with addsLineEnding: a CRLF in the string would end the line twice.
      code: "client.raw('MAIL FROM:<a@example.com>\\r\\n');",
      settings: { smtp: { wrappers: [{ callee: 'client.raw', grammar: 'command', addsLineEnding: true }] } },
      output: "client.raw('MAIL FROM:<a@example.com>');",
      errors: [
        { messageId: 'clientProblemWithReply', line: 1, column: 38, endLine: 1, endColumn: 42 },
      ],
    },
    {
      // A class field declared with the client type, or null until connect() runs.
      code: "import SMTPConnection from 'nodemailer/lib/smtp-connection/index.js';\nclass Relay {\n  private client: SMTPConnection | null = null;\n  send(stream: unknown) {\n    this.client!.send({ from: '<a@example.com>', to: ['x@example.com'] }, stream, () => {});\n  }\n}",
      output: "import SMTPConnection from 'nodemailer/lib/smtp-connection/index.js';\nclass Relay {\n  private client: SMTPConnection | null = null;\n  send(stream: unknown) {\n    this.client!.send({ from: 'a@example.com', to: ['x@example.com'] }, stream, () => {});\n  }\n}",
      errors: [{ messageId: 'clientProblem', line: 5, column: 32, endLine: 5, endColumn: 47 }],
    },
  ],
});
