import rule from '../../src/rules/client-header-address.js';
import { ruleTester } from '../helpers/rule-tester.js';

const SETUP = "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({});\n";

// A `const` object keeps its identity, not its contents: a property written after the
// declaration is unknown, wherever the write is.
ruleTester.run('client-header-address mutations', rule, {
  valid: [
    `${SETUP}export async function welcome(user) {\n  const mailOptions = { from: 'Shop <shop@example.com>', to: '', subject: 'Welcome' };\n  mailOptions.to = user.email;\n  await transporter.sendMail(mailOptions);\n}`,
    `${SETUP}const mailOptions = { from: 'noreply', to: 'x@example.com' };\nmailOptions['from'] = process.env.FROM;\ntransporter.sendMail(mailOptions);`,
    `${SETUP}const base = { from: 'noreply', subject: 'x' };\nObject.assign(base, { from: process.env.FROM });\ntransporter.sendMail({ ...base, to: 'x@example.com' });`,
    // A source that is no object literal may write any key.
    `${SETUP}const mailOptions = { from: 'noreply', to: '' };\nObject.assign(mailOptions, overrides);\ntransporter.sendMail(mailOptions);`,
    `${SETUP}const mailOptions = { from: 'a@example.com', envelope: { from: 'noreply' } };\nmailOptions.envelope.from = sender;\ntransporter.sendMail(mailOptions);`,
    `${SETUP}const recipients = [''];\nrecipients.push(user.email);\ntransporter.sendMail({ from: 'a@example.com', to: recipients });`,
    `${SETUP}const mailOptions = { from: 'a@example.com', to: '' };\nmailOptions[key] = value;\ntransporter.sendMail(mailOptions);`,
  ],
  invalid: [
    {
      // Only the written property becomes unknown; the write reads the name, so the report stays on the use.
      code: `${SETUP}const mailOptions = { from: 'noreply', to: '' };\nmailOptions.to = user.email;\ntransporter.sendMail(mailOptions);`,
      output: null,
      errors: [{ messageId: 'clientProblem', line: 5, column: 22, endLine: 5, endColumn: 33, suggestions: [] }],
    },
    {
      // Reading a property is no write.
      code: `${SETUP}const mailOptions = { from: 'a@example.com', to: '' };\nconsole.log(mailOptions.to);\nconst copy = { to: mailOptions.to };\ntransporter.sendMail(mailOptions);`,
      output: null,
      errors: [{ messageId: 'clientProblem', line: 6, column: 22, endLine: 6, endColumn: 33, suggestions: [] }],
    },
  ],
});

ruleTester.run('client-header-address shared problems', rule, {
  valid: [],
  invalid: [
    {
      // Two problems of one kind in a shared constant are both reported on its use.
      code: `${SETUP}const options = { from: 'a@example.com', to: '', cc: '' };\ntransporter.sendMail(options);\ntransporter.sendMail(options);`,
      output: null,
      errors: [
        { messageId: 'clientProblem', line: 4, column: 22, endLine: 4, endColumn: 29, suggestions: [], data: { message: "'to' is an empty string, so nodemailer adds no recipient from it." } },
        { messageId: 'clientProblem', line: 4, column: 22, endLine: 4, endColumn: 29, suggestions: [], data: { message: "'cc' is an empty string, so nodemailer adds no recipient from it." } },
        { messageId: 'clientProblem', line: 5, column: 22, endLine: 5, endColumn: 29, suggestions: [], data: { message: "'to' is an empty string, so nodemailer adds no recipient from it." } },
        { messageId: 'clientProblem', line: 5, column: 22, endLine: 5, endColumn: 29, suggestions: [], data: { message: "'cc' is an empty string, so nodemailer adds no recipient from it." } },
      ],
    },
    {
      // sendmail splits a string at commas, but sends each array element whole.
      code: "const sendmail = require('sendmail')();\nsendmail({ from: 'a@example.com', to: ['x@example.com, y@example.com'] });",
      output: null,
      errors: [{
        messageId: 'clientProblemWithReply', line: 2, column: 41, endLine: 2, endColumn: 69, suggestions: [],
        data: {
          message: "sendmail sends each element of 'to' whole, so this list becomes one 'RCPT TO:<x@example.com, y@example.com>', which servers reject. Put each mailbox in its own element.",
          reply: '501 5.1.3 (Bad recipient address syntax)',
        },
      }],
    },
  ],
});
