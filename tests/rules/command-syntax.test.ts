import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/command-syntax.js';
import { lintWithRule, ruleTester } from '../helpers/rule-tester.js';

// Code under test is written in single-quoted strings, so '\\r\\n' here is the escape `\r\n` in that code.
ruleTester.run('command-syntax', rule, {
  valid: [
    // Paths that look odd but are right: a null reverse-path, the Postmaster forward-path, parameters.
    "socket.write('RCPT TO:<Postmaster>\\r\\n');",
    "socket.write('MAIL FROM:<>\\r\\n');",
    "socket.write('MAIL FROM:<user@example.com> BODY=8BITMIME\\r\\n');",
    "socket.write('RCPT TO:<user@example.com> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;user@example.com\\r\\n');",
    "socket.write('EHLO client.example\\r\\nQUIT\\r\\n');",
    // A hole right after the colon may hold the brackets, as in emailjs.
    'class Connection { mail(from: string, callback: () => void) { this.command(`mail FROM:${from}`, callback); } }',
    'socket.write(`RCPT TO:${to}\\r\\n`);',
    'socket.write(`MAIL FROM:<${from}>\\r\\n`);',
    "socket.write('MAIL FROM:<' + from + '> SIZE=' + size + '\\r\\n');",
    // Prose and tagged templates are not command lines.
    "const label = 'Mail from: Alice';",
    'socket.write(String.raw`MAIL FROM: user@example.com\\r\\n`);',
    // A prefix constant alone is checked where it is used.
    "const PREFIX = 'MAIL FROM: ';",
  ],
  invalid: [
    {
      // A space after the colon and a bare mailbox, as real clients send them.
      code: "socket.write('MAIL FROM: user@example.com\\r\\n');",
      // The two fixes touch at offset 25, so ESLint applies them in two passes.
      output: [
        "socket.write('MAIL FROM:user@example.com\\r\\n');",
        "socket.write('MAIL FROM:<user@example.com>\\r\\n');",
      ],
      errors: [
        { messageId: 'smtpProblem', line: 1, column: 25, endLine: 1, endColumn: 26 },
        { messageId: 'smtpProblem', line: 1, column: 26, endLine: 1, endColumn: 42 },
      ],
    },
    {
      code: "socket.write('RCPT TO:user@example.com\\r\\n');",
      output: "socket.write('RCPT TO:<user@example.com>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 23, endLine: 1, endColumn: 39 }],
    },
    {
      // The space sits inside the template literal. The hole and the parameters are fine.
      code: 'socket.write(`RCPT TO: <${to}> NOTIFY=SUCCESS,FAILURE\\r\\n`);',
      output: 'socket.write(`RCPT TO:<${to}> NOTIFY=SUCCESS,FAILURE\\r\\n`);',
      errors: [{ messageId: 'smtpProblem', line: 1, column: 23, endLine: 1, endColumn: 24 }],
    },
    {
      code: 'socket.write(`MAIL FROM: <${from}>\\r\\n`);',
      output: 'socket.write(`MAIL FROM:<${from}>\\r\\n`);',
      errors: [{ messageId: 'smtpProblem', line: 1, column: 25, endLine: 1, endColumn: 26 }],
    },
    {
      // An escaped space is reported on all four characters of `\x20`, and the fix removes them.
      code: "socket.write('MAIL FROM:\\x20<a@example.com>\\r\\n');",
      output: "socket.write('MAIL FROM:<a@example.com>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 25, endLine: 1, endColumn: 29 }],
    },
    {
      code: "socket.write('MAIL FROM:\\u0020<a@example.com>\\r\\n');",
      output: "socket.write('MAIL FROM:<a@example.com>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 25, endLine: 1, endColumn: 31 }],
    },
    {
      code: "socket.write('MAIL FROM:\\t<a@example.com>\\r\\n');",
      output: "socket.write('MAIL FROM:<a@example.com>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 25, endLine: 1, endColumn: 27 }],
    },
    {
      code: "socket.write('MAIL FROM: ' + '<' + from + '>\\r\\n');",
      output: "socket.write('MAIL FROM:' + '<' + from + '>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 25, endLine: 1, endColumn: 26 }],
    },
    {
      // A const used once belongs to its use, so the report and the fix go to its literal.
      code: "const PREFIX = 'MAIL FROM: ';\nsocket.write(PREFIX + '<a@example.com>\\r\\n');",
      output: "const PREFIX = 'MAIL FROM:';\nsocket.write(PREFIX + '<a@example.com>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 27, endLine: 1, endColumn: 28 }],
    },
    {
      // Changing a shared const would change the other use too, so each use reports on its identifier.
      code: "const PREFIX = 'MAIL FROM: ';\nsocket.write(PREFIX + '<a@example.com>\\r\\n');\nsocket.write(PREFIX + '<b@example.com>\\r\\n');",
      output: null,
      errors: [
        { messageId: 'smtpProblem', line: 2, column: 14, endLine: 2, endColumn: 20 },
        { messageId: 'smtpProblem', line: 3, column: 14, endLine: 3, endColumn: 20 },
      ],
    },
    {
      code: "export const PREFIX = 'MAIL FROM: ';\nsocket.write(PREFIX + '<a@example.com>\\r\\n');",
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 2, column: 14, endLine: 2, endColumn: 20 }],
    },
    {
      // The literal is checked on its own and again inside the concatenation, but reported once.
      code: "const MAIL = 'MAIL FROM: <a@example.com>\\r\\n';\nsocket.write(MAIL + 'RCPT TO:<b@example.com>\\r\\n');",
      output: "const MAIL = 'MAIL FROM:<a@example.com>\\r\\n';\nsocket.write(MAIL + 'RCPT TO:<b@example.com>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 25, endLine: 1, endColumn: 26 }],
    },
    {
      // An obsolete RFC 821 verb on the first line: servers answer 502.
      code: "socket.write('TURN\\r\\n');",
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 1, column: 15, endLine: 1, endColumn: 19 }],
    },
    {
      // A typing slip in the verb of a path command on the first line.
      code: "socket.write('RCTP TO:<b@example.com>\\r\\n');",
      output: null,
      errors: [
        {
          messageId: 'smtpProblem',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 19,
          suggestions: [{ messageId: 'suggestEdit', output: "socket.write('RCPT TO:<b@example.com>\\r\\n');" }],
        },
      ],
    },
    {
      // A shared const that is a whole command is reported at its literal only, not again at each use.
      code: "const TO = 'RCPT TO: <b@example.com>';\nsocket.write(TO + '\\r\\n');\nqueue.push(TO + '\\r\\n');",
      output: "const TO = 'RCPT TO:<b@example.com>';\nsocket.write(TO + '\\r\\n');\nqueue.push(TO + '\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 21, endLine: 1, endColumn: 22 }],
    },
    {
      // Commands written one per array element, as deep-email-validator does: only two have the space.
      code: 'const commands = [`helo ${host}\\r\\n`, `mail from: <${sender}>\\r\\n`, `rcpt to: <${recipient}>\\r\\n`];',
      output: 'const commands = [`helo ${host}\\r\\n`, `mail from:<${sender}>\\r\\n`, `rcpt to:<${recipient}>\\r\\n`];',
      errors: [
        { messageId: 'smtpProblem', line: 1, column: 50, endLine: 1, endColumn: 51 },
        { messageId: 'smtpProblem', line: 1, column: 78, endLine: 1, endColumn: 79 },
      ],
    },
    {
      // A display name has no place in an SMTP path.
      code: "socket.write('MAIL FROM:John Doe <john@example.com>\\r\\n');",
      output: "socket.write('MAIL FROM:<john@example.com>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 25, endLine: 1, endColumn: 34 }],
    },
    {
      code: "socket.write('MAIL  FROM:<a@example.com>\\r\\n');",
      output: "socket.write('MAIL FROM:<a@example.com>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 19, endLine: 1, endColumn: 21 }],
    },
    {
      code: "socket.write('MAIL FROM :<a@example.com>\\r\\n');",
      output: "socket.write('MAIL FROM:<a@example.com>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 24, endLine: 1, endColumn: 25 }],
    },
    {
      code: "socket.write('MAIL FROM <a@example.com>\\r\\n');",
      output: "socket.write('MAIL FROM:<a@example.com>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 24, endLine: 1, endColumn: 25 }],
    },
    {
      code: "socket.write('RCPT TO:<b@example.com\\r\\n');",
      output: "socket.write('RCPT TO:<b@example.com>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 23, endLine: 1, endColumn: 37 }],
    },
    {
      // The brackets are inserted on both sides of the address inside the second literal.
      code: "socket.write('RCPT TO:' + 'b@example.com\\r\\n');",
      output: "socket.write('RCPT TO:' + '<b@example.com>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 28, endLine: 1, endColumn: 41 }],
    },
    {
      // Brackets around an address with a hole are not certain to be right, so there is no fix.
      // The report spans the template from its start to the end of the hole.
      code: 'socket.write(`RCPT TO:user@${domain}\\r\\n`);',
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 1, column: 15, endLine: 1, endColumn: 36 }],
    },
    {
      code: "socket.write('MAIL FROM:\\r\\n');",
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 1, column: 24, endLine: 1, endColumn: 25 }],
    },
    {
      code: "socket.write('RCPT TO:<b@example.com>, <c@example.com>\\r\\n');",
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 1, column: 38, endLine: 1, endColumn: 39 }],
    },
    {
      // A misspelled verb is only a suggestion: the intended command is a guess.
      code: "socket.write('MAILFROM:<a@example.com>\\r\\n');",
      output: null,
      errors: [
        {
          messageId: 'smtpProblem',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestEdit',
              data: { description: "Replace with 'MAIL FROM:'." },
              output: "socket.write('MAIL FROM:<a@example.com>\\r\\n');",
            },
          ],
        },
      ],
    },
    {
      // The second line of a pipelined write is checked too.
      code: "socket.write('EHLO client.example\\r\\nMALE FROM:<a@example.com>\\r\\n');",
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 1, column: 38, endLine: 1, endColumn: 42 }],
    },
    {
      code: "function mailFrom() {\n  return 'MAIL FROM: <a@example.com>\\r\\n';\n}",
      output: "function mailFrom() {\n  return 'MAIL FROM:<a@example.com>\\r\\n';\n}",
      errors: [{ messageId: 'smtpProblem', line: 2, column: 21, endLine: 2, endColumn: 22 }],
    },
  ],
});

describe('command-syntax messages', () => {
  it('names the sender reply', () => {
    const messages = lintWithRule('command-syntax', "socket.write('MAIL FROM: <a@example.com>\\r\\n');");

    expect(messages).toHaveLength(1);
    expect(messages[0]?.message).toContain('501 5.1.7');
    expect(messages[0]?.message).toContain('Bad sender address syntax');
  });

  it('names the recipient reply', () => {
    const messages = lintWithRule('command-syntax', "socket.write('RCPT TO:user@example.com\\r\\n');");

    expect(messages).toHaveLength(1);
    expect(messages[0]?.message).toContain('501 5.1.3');
  });

  it('names the unknown-command reply', () => {
    const messages = lintWithRule('command-syntax', "socket.write('MAIL  FROM:<a@example.com>\\r\\n');");

    expect(messages).toHaveLength(1);
    expect(messages[0]?.message).toContain('500 5.5.2');
  });
});
