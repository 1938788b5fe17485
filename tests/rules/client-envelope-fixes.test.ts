import rule from '../../src/rules/client-envelope-address.js';
import { ruleTester } from '../helpers/rule-tester.js';

const SMTP_CLIENT = "import { SMTPClient } from 'smtp-client';\nconst client = new SMTPClient({});\n";
const CONNECTION = "import SMTPConnection from 'nodemailer/lib/smtp-connection';\nconst connection = new SMTPConnection({ port: 25 });\n";

/** Builds the case of a list in `to`: one report inside the quotes, with its array suggestion. */
function listError(toSource: string, arraySource: string) {
  const column = "connection.send({ from: 'a@example.com', to: ".length + 1;
  return {
    code: `${CONNECTION}connection.send({ from: 'a@example.com', to: ${toSource} }, message, done);`,
    output: null,
    errors: [{
      messageId: 'clientProblemWithReply' as const, line: 3, column: column + 1, endLine: 3, endColumn: column + toSource.length - 1,
      suggestions: [{
        messageId: 'suggestEdit' as const,
        data: { description: `Pass an array of 2 recipients: ${arraySource}.` },
        output: `${CONNECTION}connection.send({ from: 'a@example.com', to: ${arraySource} }, message, done);`,
      }],
    }],
  };
}

ruleTester.run('client-envelope-address fixes', rule, {
  valid: [
    // A display name with a hole may be empty at run time, so it is not judged.
    `${SMTP_CLIENT}await client.mail({ from: \`\${name} <\${addr}>\` });`,
  ],
  invalid: [
    // Each element is escaped for its quote, from the cooked value.
    listError("`o'brien@example.com, y@example.com`", "['o\\'brien@example.com', 'y@example.com']"),
    listError("'o\\'brien@example.com, y@example.com'", "['o\\'brien@example.com', 'y@example.com']"),
    listError("'a\\\\b@example.com, y@example.com'", "['a\\\\b@example.com', 'y@example.com']"),
    listError('"o\'brien@example.com, y@example.com"', '["o\'brien@example.com", "y@example.com"]'),
    {
      // One report for the words before the mailbox, not one for each space.
      code: `${SMTP_CLIENT}client.rcpt({ to: 'Mary Ann Smith mary@example.com' });`,
      output: null,
      errors: [{
        messageId: 'clientProblemWithReply', line: 3, column: 20, endLine: 3, endColumn: 51,
        data: {
          message: "'Mary Ann Smith mary@example.com' has a display name or other words before the mailbox, and smtp-client sends them inside the angle brackets as part of the address. An envelope address carries no display name: pass only 'mary@example.com'.",
          reply: '501 5.1.3 (Bad recipient address syntax)',
        },
        suggestions: [{ messageId: 'suggestEdit', data: { description: "Keep only the mailbox 'mary@example.com'." }, output: `${SMTP_CLIENT}client.rcpt({ to: 'mary@example.com' });` }],
      }],
    },
    {
      // Without a valid last word there is nothing safe to keep, so the space is reported as it is.
      code: `${SMTP_CLIENT}client.rcpt({ to: 'a b@example..com' });`,
      output: null,
      errors: [
        {
          messageId: 'clientProblemWithReply', line: 3, column: 21, endLine: 3, endColumn: 22,
          suggestions: [{ messageId: 'suggestEdit', data: { description: 'Remove the space.' }, output: `${SMTP_CLIENT}client.rcpt({ to: 'ab@example..com' });` }],
        },
        { messageId: 'clientProblemWithReply', line: 3, column: 32, endLine: 3, endColumn: 33, suggestions: [] },
      ],
    },
    {
      // The brackets around a hole are known text, so smtp-client doubles them whatever the hole holds.
      code: `${SMTP_CLIENT}await client.mail({ from: \`<\${addr}>\` });`,
      output: `${SMTP_CLIENT}await client.mail({ from: \`\${addr}\` });`,
      errors: [{ messageId: 'clientProblemWithReply', line: 3, column: 28, endLine: 3, endColumn: 37, suggestions: [] }],
    },
    {
      code: `${SMTP_CLIENT}await client.rcpt({ to: '<' + addr + '>' });`,
      output: `${SMTP_CLIENT}await client.rcpt({ to: '' + addr + '' });`,
      errors: [{ messageId: 'clientProblemWithReply', line: 3, column: 25, endLine: 3, endColumn: 41, suggestions: [] }],
    },
    {
      code: `${CONNECTION}connection.send({ from: \`<\${addr}>\`, to: 'x@example.com' }, message, done);`,
      output: `${CONNECTION}connection.send({ from: \`\${addr}\`, to: 'x@example.com' }, message, done);`,
      errors: [{ messageId: 'clientProblem', line: 3, column: 26, endLine: 3, endColumn: 35, suggestions: [] }],
    },
  ],
});
