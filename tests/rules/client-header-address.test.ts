import rule from '../../src/rules/client-header-address.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester.run('client-header-address', rule, {
  valid: [
    "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({});\ntransporter.sendMail({ from: '\"Shop, Example\" <shop@example.com>', to: ['x@example.com', { name: 'Y', address: 'y@example.com' }] });",
    "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({});\ntransporter.sendMail({ from: 'Shop <shop@example.com>', to: 'x@example.com, y@example.com', cc: 'Team: a@example.com, b@example.com;' });",
    // nodemailer adds SMTPUTF8 and converts domains to A-labels itself.
    "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({});\ntransporter.sendMail({ from: 'a@example.com', to: 'jõgeva@bücher.example' });",
    // Parts unknown until run time are not judged.
    'import nodemailer from \'nodemailer\';\nconst transporter = nodemailer.createTransport({});\ntransporter.sendMail({ from: `${name} <${address}>`, to: user.email, cc: [manager, `${team}@example.com`] });',
    // A Reply-To header with a display name only is no envelope fault.
    "import nodemailer from 'nodemailer';\nnodemailer.createTransport({}, { from: 'shop@example.com', replyTo: 'Shop <help@example.com>' });",
    // An object with an unknown key is not reported unless the key is a known mistake for 'address'.
    "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({});\ntransporter.sendMail({ from: 'a@example.com', to: [{ id: 1 }] });",
    "import { Message } from 'emailjs';\nnew Message({ from: 'Shop <shop@example.com>', to: '\"Doe, John\" <j@example.com>', text: 'hi' });",
    // A sendMail on an object that is not a nodemailer transporter.
    "const transporter = { sendMail(options: object) { return options; } };\ntransporter.sendMail({ from: 'noreply', to: 'x@example.com' });",
    "import { MailerService } from './mailer.service';\nclass Notifier {\n  constructor(private readonly mailerService: MailerService) {}\n  notify() {\n    return this.mailerService.sendMail({ to: 'ops' });\n  }\n}",
    "const sendmail = require('sendmail')();\nsendmail({ from: 'Shop <shop@example.com>', to: 'x@example.com, Y <y@example.com>' });",
    // nodemailer 9 and later read an unquoted comma in a display name as part of the name.
    "import nodemailer from 'nodemailer';\nnodemailer.createTransport({}, { from: 'Support, Example <support@example.com>' });",
  ],
  invalid: [
    {
      // nodemailer reads 'address', not 'email', so the recipient is dropped; the suggestion renames the key.
      code: "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({ host: 'smtp.example.com' });\ntransporter.sendMail({ from: 'a@example.com', to: [{ email: 'user@example.com' }] });",
      output: null,
      errors: [
        { messageId: 'clientProblem', line: 3, column: 54, endLine: 3, endColumn: 59,
          suggestions: [
            { messageId: 'suggestEdit', data: { description: "Rename 'email' to 'address'." }, output: "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({ host: 'smtp.example.com' });\ntransporter.sendMail({ from: 'a@example.com', to: [{ address: 'user@example.com' }] });" },
          ],
        },
      ],
    },
    {
      // The shorthand key keeps its value under the new name.
      code: "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({});\nconst mail = 'user@example.com';\ntransporter.sendMail({ from: { name: 'Shop', mail }, to: 'x@example.com' });",
      output: null,
      errors: [
        { messageId: 'clientProblem', line: 4, column: 46, endLine: 4, endColumn: 50,
          suggestions: [
            { messageId: 'suggestEdit', data: { description: "Rename 'mail' to 'address'." }, output: "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({});\nconst mail = 'user@example.com';\ntransporter.sendMail({ from: { name: 'Shop', address: mail }, to: 'x@example.com' });" },
          ],
        },
      ],
    },
    {
      // A from with no '@domain' becomes the null sender MAIL FROM:<>.
      code: "const nodemailer = require('nodemailer');\nconst transporter = nodemailer.createTransport({});\ntransporter.sendMail({ from: 'noreply', to: 'x@example.com' });",
      output: null,
      errors: [
        { messageId: 'clientProblem', line: 3, column: 31, endLine: 3, endColumn: 38 },
      ],
    },
    {
      // The parser takes 'a' as a display name and sends b@example.com.
      code: "import { createTransport } from 'nodemailer';\nconst transporter = createTransport({});\ntransporter.sendMail({ from: 'a b@example.com', to: 'x@example.com' });",
      output: null,
      errors: [
        { messageId: 'clientProblem', line: 3, column: 31, endLine: 3, endColumn: 46,
          suggestions: [
            { messageId: 'suggestEdit', data: { description: "Write the display name apart: 'a <b@example.com>'." }, output: "import { createTransport } from 'nodemailer';\nconst transporter = createTransport({});\ntransporter.sendMail({ from: 'a <b@example.com>', to: 'x@example.com' });" },
          ],
        },
      ],
    },
    {
      // emailjs never sends SMTPUTF8.
      code: "import { SMTPClient, Message } from 'emailjs';\nconst client = new SMTPClient({ host: 'smtp.example.com' });\nclient.send(new Message({ from: 'a@example.com', to: 'jõgeva@example.com', text: 'hi' }));",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 3, column: 56, endLine: 3, endColumn: 57 },
      ],
    },
    {
      // emailjs sends a non-ASCII domain as written; the A-label is a suggestion.
      code: "import { SMTPClient } from 'emailjs';\nconst client = new SMTPClient({});\nawait client.sendAsync({ from: 'a@example.com', to: 'x@bücher.example', text: 'hi' });",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 3, column: 56, endLine: 3, endColumn: 62,
          suggestions: [
            { messageId: 'suggestEdit', data: { description: "Replace 'bücher' with its A-label 'xn--bcher-kva'." }, output: "import { SMTPClient } from 'emailjs';\nconst client = new SMTPClient({});\nawait client.sendAsync({ from: 'a@example.com', to: 'x@xn--bcher-kva.example', text: 'hi' });" },
          ],
        },
      ],
    },
    {
      // emailjs splits the unquoted display name at its comma and sends RCPT TO:<>.
      code: "import { Message } from 'emailjs';\nnew Message({ from: 'a@example.com', to: 'Doe, John <j@example.com>', text: 'hi' });",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 2, column: 46, endLine: 2, endColumn: 47,
          suggestions: [
            { messageId: 'suggestEdit', data: { description: 'Quote the display name: "Doe, John".' }, output: "import { Message } from 'emailjs';\nnew Message({ from: 'a@example.com', to: '\"Doe, John\" <j@example.com>', text: 'hi' });" },
          ],
        },
      ],
    },
    {
      // emailjs sends RCPT TO:<undefined> for a group.
      code: "import { Message } from 'emailjs';\nnew Message({ from: 'a@example.com', bcc: 'Team: x@example.com, y@example.com;', text: 'hi' });",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 2, column: 44, endLine: 2, endColumn: 48 },
      ],
    },
    {
      // An empty string among the recipients.
      code: "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({});\ntransporter.sendMail({ from: 'a@example.com', to: ['x@example.com', ''] });",
      output: null,
      errors: [
        { messageId: 'clientProblem', line: 3, column: 69, endLine: 3, endColumn: 71 },
      ],
    },
    {
      // A bare word in the envelope option is the address itself: MAIL FROM:<bounces>.
      code: "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({});\ntransporter.sendMail({ from: 'a@example.com', to: 'x@example.com', envelope: { from: 'bounces', to: 'x@example.com' } });",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 3, column: 87, endLine: 3, endColumn: 94, suggestions: [] },
      ],
    },
    {
      // An address object's address is sent as it is.
      code: "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({});\ntransporter.sendMail({ from: { name: 'Shop', address: 'shop' }, to: 'x@example.com' });",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 3, column: 56, endLine: 3, endColumn: 60 },
      ],
    },
    {
      // A transporter kept in a class field.
      code: "import nodemailer from 'nodemailer';\nclass Mailer {\n  private transporter = nodemailer.createTransport({});\n  send() {\n    return this.transporter.sendMail({ from: 'noreply', to: 'x@example.com' });\n  }\n}",
      output: null,
      errors: [
        { messageId: 'clientProblem', line: 5, column: 47, endLine: 5, endColumn: 54 },
      ],
    },
    {
      // A MailerService injected into a NestJS class, known from its annotation.
      code: "import { MailerService } from '@nestjs-modules/mailer';\nclass Notifier {\n  constructor(private readonly mailerService: MailerService) {}\n  notify() {\n    return this.mailerService.sendMail({ to: 'ops', subject: 'x' });\n  }\n}",
      output: null,
      errors: [
        { messageId: 'clientProblem', line: 5, column: 47, endLine: 5, endColumn: 50 },
      ],
    },
    {
      // A constant object spread into the options, read once: the report goes on its literal.
      code: "import nodemailer from 'nodemailer';\nconst DEFAULTS = { from: 'a b@example.com' };\nconst transporter = nodemailer.createTransport({});\ntransporter.sendMail({ ...DEFAULTS, to: 'x@example.com' });",
      output: null,
      errors: [
        { messageId: 'clientProblem', line: 2, column: 27, endLine: 2, endColumn: 42,
          suggestions: [
            { messageId: 'suggestEdit', data: { description: "Write the display name apart: 'a <b@example.com>'." }, output: "import nodemailer from 'nodemailer';\nconst DEFAULTS = { from: 'a <b@example.com>' };\nconst transporter = nodemailer.createTransport({});\ntransporter.sendMail({ ...DEFAULTS, to: 'x@example.com' });" },
          ],
        },
      ],
    },
    {
      // A constant that other code also reads is reported on this use.
      code: "import nodemailer from 'nodemailer';\nconst SENDER = 'noreply';\nconst transporter = nodemailer.createTransport({});\ntransporter.sendMail({ from: SENDER, to: 'x@example.com' });\nexport { SENDER };",
      output: null,
      errors: [
        { messageId: 'clientProblem', line: 4, column: 30, endLine: 4, endColumn: 36 },
      ],
    },
    {
      // sendmail keeps the text after the last '<' and sends the rest as it is.
      code: "const sendmail = require('sendmail')({ silent: true });\nsendmail({ from: 'a@example.com', to: 'john smith@example.com', subject: 'x', html: 'y' });",
      output: null,
      errors: [
        { messageId: 'clientProblemWithReply', line: 2, column: 40, endLine: 2, endColumn: 62,
          suggestions: [
            { messageId: 'suggestEdit', data: { description: "Keep only the mailbox 'smith@example.com'." }, output: "const sendmail = require('sendmail')({ silent: true });\nsendmail({ from: 'a@example.com', to: 'smith@example.com', subject: 'x', html: 'y' });" },
          ],
        },
      ],
    },
    {
      // A wrapper from settings that parses address lists as nodemailer does.
      code: "notify.send({ from: 'alerts' });",
      settings: { smtp: { wrappers: [{ callee: 'notify.send', property: 'from', grammar: 'header-address', role: 'reverse-path' }] } },
      output: null,
      errors: [
        { messageId: 'clientProblem', line: 1, column: 22, endLine: 1, endColumn: 28 },
      ],
    },
    {
      // A settings entry for this rule's grammar with a wrong key.
      code: 'notify.send();',
      settings: { smtp: { wrappers: [{ callee: 'notify.send', grammar: 'header-address', addBrackets: true }] } },
      output: null,
      errors: [
        { messageId: 'invalidSettings', line: 1, column: 1, endLine: 1, endColumn: 1 },
      ],
    },
  ],
});
