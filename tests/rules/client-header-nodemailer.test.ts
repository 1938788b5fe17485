import rule from '../../src/rules/client-header-address.js';
import { ruleTester } from '../helpers/rule-tester.js';

const SETUP = "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({});\n";
const REPLY_501_SENDER = '501 5.1.7 (Bad sender address syntax)';
const REPLY_501_RECIPIENT = '501 5.1.3 (Bad recipient address syntax)';

// What nodemailer 10.6.1 sends, as recorded from a loopback SMTP server.
ruleTester.run('client-header-address nodemailer envelope', rule, {
  valid: [
    // The null sender, set on purpose for a bounce or an auto-reply.
    `${SETUP}transporter.sendMail({ from: 'Mailer-Daemon <mailer-daemon@example.com>', to: 'x@example.com', envelope: { from: '<>', to: 'x@example.com' } });`,
    `${SETUP}transporter.sendMail({ from: 'a@example.com', to: 'x@example.com', envelope: { from: '', to: 'x@example.com' } });`,
  ],
  invalid: [
    {
      // nodemailer sends MAIL FROM:<noreply> and RCPT TO:<ops>.
      code: `${SETUP}transporter.sendMail({ from: 'a@example.com', to: 'x@example.com', envelope: { from: 'noreply', to: 'ops' } });`,
      output: null,
      errors: [
        {
          messageId: 'clientProblemWithReply', line: 3, column: 87, endLine: 3, endColumn: 94, suggestions: [],
          data: { message: "nodemailer sends the word 'noreply' of 'envelope.from' as the address: 'MAIL FROM:<noreply>'. 'noreply' has no '@domain'. Write the full mailbox, as in user@example.com.", reply: REPLY_501_SENDER },
        },
        {
          messageId: 'clientProblemWithReply', line: 3, column: 102, endLine: 3, endColumn: 105, suggestions: [],
          data: { message: "nodemailer sends the word 'ops' of 'envelope.to' as the address: 'RCPT TO:<ops>'. 'ops' has no '@domain'. Write the full mailbox, as in user@example.com.", reply: REPLY_501_RECIPIENT },
        },
      ],
    },
    {
      // With no address in From, nodemailer takes MAIL FROM from Sender.
      code: `${SETUP}transporter.sendMail({ from: 'noreply', sender: 'bounces@example.com', to: 'x@example.com' });`,
      output: null,
      errors: [
        {
          messageId: 'clientProblem', line: 3, column: 31, endLine: 3, endColumn: 38, suggestions: [],
          data: { message: "'noreply' has no '@domain', so nodemailer reads it as a display name with no address: the From: header gets no address, which RFC 5322 does not allow and many receiving servers reject, and nodemailer takes MAIL FROM from 'sender' instead. Write the full mailbox, as in noreply@example.com." },
        },
      ],
    },
    {
      code: `${SETUP}transporter.sendMail({ from: 'noreply', replyTo: 'support@example.com', to: 'x@example.com' });`,
      output: null,
      errors: [
        {
          messageId: 'clientProblem', line: 3, column: 31, endLine: 3, endColumn: 38, suggestions: [],
          data: { message: "'noreply' has no '@domain', so nodemailer reads it as a display name with no address: the From: header gets no address, which RFC 5322 does not allow and many receiving servers reject, and nodemailer takes MAIL FROM from 'replyTo' instead. Write the full mailbox, as in noreply@example.com." },
        },
      ],
    },
    {
      // Words in the envelope are a display name there too: MAIL FROM:<>.
      code: `${SETUP}transporter.sendMail({ from: 'a@example.com', to: 'x@example.com', envelope: { from: 'Doe noreply' } });`,
      output: null,
      errors: [{ messageId: 'clientProblem', line: 3, column: 87, endLine: 3, endColumn: 98, suggestions: [] }],
    },
    {
      // The words before the mailbox become a display name, and the mailbox is sent as written.
      code: `${SETUP}transporter.sendMail({ from: 'Shop Team shop@example.com', to: 'x@example.com' });`,
      output: null,
      errors: [
        {
          messageId: 'clientProblem', line: 3, column: 31, endLine: 3, endColumn: 57,
          data: { message: "nodemailer reads the words before the mailbox as a display name 'Shop Team' and sends only 'shop@example.com'. Write the display name apart, as in 'Shop Team <shop@example.com>', which every parser reads the same way, or remove the words if they belong to the address." },
          suggestions: [
            { messageId: 'suggestEdit', data: { description: "Write the display name apart: 'Shop Team <shop@example.com>'." }, output: `${SETUP}transporter.sendMail({ from: 'Shop Team <shop@example.com>', to: 'x@example.com' });` },
          ],
        },
      ],
    },
    {
      // nodemailer quotes a local-part with spaces: RCPT TO:<"Mary Ann mary"@example.com>.
      code: `${SETUP}transporter.sendMail({ from: 'a@example.com', to: { name: 'M', address: 'Mary Ann mary@example.com' } });`,
      output: null,
      errors: [{
        messageId: 'clientProblem', line: 3, column: 74, endLine: 3, endColumn: 99,
        data: { message: "The 'address' of 'to' contains spaces, and nodemailer quotes such a local-part, so it sends 'RCPT TO:<\"Mary Ann mary\"@example.com>': valid syntax, but not the mailbox meant. Put only the mailbox in 'address' and the display name in 'name'." },
        suggestions: [{ messageId: 'suggestEdit', data: { description: "Keep only the mailbox 'mary@example.com'." }, output: `${SETUP}transporter.sendMail({ from: 'a@example.com', to: { name: 'M', address: 'mary@example.com' } });` }],
      }],
    },
  ],
});

ruleTester.run('client-header-address key renames', rule, {
  valid: [],
  invalid: [
    {
      code: `${SETUP}transporter.sendMail({ from: 'a@example.com', to: [{ ['email']: 'user@example.com' }] });`,
      output: null,
      errors: [{
        messageId: 'clientProblem', line: 3, column: 55, endLine: 3, endColumn: 62,
        suggestions: [{ messageId: 'suggestEdit', data: { description: "Rename 'email' to 'address'." }, output: `${SETUP}transporter.sendMail({ from: 'a@example.com', to: [{ ['address']: 'user@example.com' }] });` }],
      }],
    },
    {
      code: `${SETUP}transporter.sendMail({ from: 'a@example.com', to: { "email": 'user@example.com' } });`,
      output: null,
      errors: [{
        messageId: 'clientProblem', line: 3, column: 53, endLine: 3, endColumn: 60,
        suggestions: [{ messageId: 'suggestEdit', data: { description: "Rename 'email' to 'address'." }, output: `${SETUP}transporter.sendMail({ from: 'a@example.com', to: { address: 'user@example.com' } });` }],
      }],
    },
  ],
});
