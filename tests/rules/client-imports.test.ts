import rule from '../../src/rules/client-hello-name.js';
import envelopeRule from '../../src/rules/client-envelope-address.js';
import { ruleTester } from '../helpers/rule-tester.js';

// Each way of loading a package leads to the same checks.
ruleTester.run('client-hello-name imports', rule, {
  valid: [
    // A local binding of the same name that is no import.
    "const nodemailer = { createTransport(options: object) { return options; } };\nnodemailer.createTransport({ name: 'Example server' });",
  ],
  invalid: [
    {
      code: "import nodemailer = require('nodemailer');\nexport const transport = nodemailer.createTransport({ host: 'smtp.example.com', name: 'Example server' });",
      output: null,
      errors: [{ messageId: 'clientProblemWithReply', line: 2, column: 95, endLine: 2, endColumn: 96, suggestions: [] }],
    },
    {
      code: "const nodemailer = await import('nodemailer');\nnodemailer.createTransport({ name: 'Example server' });",
      output: null,
      errors: [{ messageId: 'clientProblemWithReply', line: 2, column: 44, endLine: 2, endColumn: 45, suggestions: [] }],
    },
    {
      code: "const nodemailer = await import('nodemailer');\nnodemailer.default.createTransport({ name: 'Example server' });",
      output: null,
      errors: [{ messageId: 'clientProblemWithReply', line: 2, column: 52, endLine: 2, endColumn: 53, suggestions: [] }],
    },
    {
      code: "const { createTransport } = await import('nodemailer');\ncreateTransport({ name: 'Example server' });",
      output: null,
      errors: [{ messageId: 'clientProblemWithReply', line: 2, column: 33, endLine: 2, endColumn: 34, suggestions: [] }],
    },
    {
      code: "const { SMTPClient } = require('emailjs');\nnew SMTPClient({ host: 'smtp.example.com', domain: 'Example server' });",
      output: null,
      errors: [{ messageId: 'clientProblemWithReply', line: 2, column: 60, endLine: 2, endColumn: 61, suggestions: [] }],
    },
  ],
});

ruleTester.run('client-envelope-address imports', envelopeRule, {
  valid: [],
  invalid: [
    {
      // emailjs is an ES module, and Node 20.19 and later load it with require().
      code: "const { SMTPConnection } = require('emailjs');\nnew SMTPConnection({}).mail(() => {}, 'Sender Name <sender@example.com>');",
      output: "const { SMTPConnection } = require('emailjs');\nnew SMTPConnection({}).mail(() => {}, '<sender@example.com>');",
      errors: [{ messageId: 'clientProblemWithReply', line: 2, column: 40, endLine: 2, endColumn: 52, suggestions: [] }],
    },
  ],
});

ruleTester.run('client-envelope-address emailjs rcpt', envelopeRule, {
  valid: [],
  invalid: [
    {
      // emailjs never sends SMTPUTF8, so a lone RCPT line is judged without it.
      code: "import { SMTPConnection } from 'emailjs';\nconst conn = new SMTPConnection({});\nconn.rcpt(() => {}, '<jõgeva@example.com>');",
      output: null,
      errors: [{ messageId: 'clientProblemWithReply', line: 3, column: 24, endLine: 3, endColumn: 25, suggestions: [] }],
    },
  ],
});
