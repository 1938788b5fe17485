import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/mailbox-syntax.js';
import { lintWithRule, ruleTester } from '../helpers/rule-tester.js';

// RFC 5321 §4.5.3.1.1 limits a local-part to 64 octets. This one has 65, written out in the code.
const LONG_LOCAL_PART = 'a'.repeat(65);

// Code under test is written in single-quoted strings, so '\\r\\n' here is the escape `\r\n` in that code.
ruleTester.run('mailbox-syntax', rule, {
  valid: [
    "socket.write('RCPT TO:<Postmaster>\\r\\n');",
    "socket.write('RCPT TO:<postmaster>\\r\\n');",
    "socket.write('MAIL FROM:<>\\r\\n');",
    "socket.write('MAIL FROM:<user@example.com> BODY=8BITMIME\\r\\n');",
    `socket.write('MAIL FROM:<${'a'.repeat(64)}@example.com>\\r\\n');`,
    "socket.write('RCPT TO:<\"john smith\"@example.com>\\r\\n');",
    "socket.write('RCPT TO:<user@[192.0.2.1]>\\r\\n');",
    "socket.write('RCPT TO:<user@xn--bcher-kva.example>\\r\\n');",
    // SMTPUTF8 allows UTF-8 in the local-part and the domain.
    "socket.write('MAIL FROM:<üser@bücher.example> SMTPUTF8\\r\\n');",
    // Parts unknown until run time are not judged.
    'socket.write(`RCPT TO:<${to}>\\r\\n`);',
    'socket.write(`RCPT TO:<${local}@example.com>\\r\\n`);',
    'socket.write(`RCPT TO:<user@${domain}>\\r\\n`);',
  ],
  invalid: [
    {
      code: `socket.write('MAIL FROM:<${LONG_LOCAL_PART}@example.com>\\r\\n');`,
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 1, column: 26, endLine: 1, endColumn: 91 }],
    },
    {
      // Removing the space would join '$' and '{' into an interpolation, so no suggestion is offered.
      code: 'socket.write(`RCPT TO:<a$ {b}@example.com>\\r\\n`);',
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 1, column: 26, endLine: 1, endColumn: 27, suggestions: [] }],
    },
    {
      // Without SMTPUTF8 the U-label must become its A-label. That changes the text, so it is a suggestion.
      code: "socket.write('MAIL FROM:<user@bücher.example>\\r\\n');",
      output: null,
      errors: [
        {
          messageId: 'smtpProblem',
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'suggestEdit',
              data: { description: "Replace 'bücher' with its A-label 'xn--bcher-kva'." },
              output: "socket.write('MAIL FROM:<user@xn--bcher-kva.example>\\r\\n');",
            },
          ],
        },
      ],
    },
    {
      // The label spelled with `\u00fc` is reported on its source characters, escape included.
      code: "socket.write('MAIL FROM:<user@b\\u00fccher.example>\\r\\n');",
      output: null,
      errors: [
        {
          messageId: 'smtpProblem',
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'suggestEdit',
              data: { description: "Replace 'bücher' with its A-label 'xn--bcher-kva'." },
              output: "socket.write('MAIL FROM:<user@xn--bcher-kva.example>\\r\\n');",
            },
          ],
        },
      ],
    },
    {
      code: "socket.write('RCPT TO:<john smith@example.com>\\r\\n');",
      output: null,
      errors: [
        {
          messageId: 'smtpProblem',
          line: 1,
          column: 28,
          endLine: 1,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'suggestEdit',
              data: { description: 'Remove the space.' },
              output: "socket.write('RCPT TO:<johnsmith@example.com>\\r\\n');",
            },
          ],
        },
      ],
    },
    {
      code: "socket.write('RCPT TO:<user@192.0.2.1>\\r\\n');",
      output: "socket.write('RCPT TO:<user@[192.0.2.1]>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 29, endLine: 1, endColumn: 38 }],
    },
    {
      code: "socket.write('RCPT TO:<user@example.com.>\\r\\n');",
      output: "socket.write('RCPT TO:<user@example.com>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 40, endLine: 1, endColumn: 41 }],
    },
    {
      code: "socket.write('RCPT TO:<.user@example.com>\\r\\n');",
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 1, column: 24, endLine: 1, endColumn: 25 }],
    },
    {
      code: "socket.write('RCPT TO:<>\\r\\n');",
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 1, column: 23, endLine: 1, endColumn: 25 }],
    },
    {
      code: "socket.write('MAIL FROM:<üser@example.com>\\r\\n');",
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 1, column: 26, endLine: 1, endColumn: 27 }],
    },
    {
      code: "socket.write('RCPT TO:<user>\\r\\n');",
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 1, column: 24, endLine: 1, endColumn: 28 }],
    },
    {
      code: "socket.write('RCPT TO:<user@-example.com>\\r\\n');",
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 1, column: 29, endLine: 1, endColumn: 30 }],
    },
    {
      // The mailbox of a bracketless path is still checked.
      code: "socket.write('RCPT TO:user@example.com.\\r\\n');",
      output: "socket.write('RCPT TO:user@example.com\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 39, endLine: 1, endColumn: 40 }],
    },
    {
      // A shared const cannot be fixed from one use, so the problem stays on the identifier.
      code: "const DOMAIN = '@example.com.';\nsocket.write('RCPT TO:<a' + DOMAIN + '>\\r\\n');\nsocket.write('RCPT TO:<b' + DOMAIN + '>\\r\\n');",
      output: null,
      errors: [
        { messageId: 'smtpProblem', line: 2, column: 29, endLine: 2, endColumn: 35 },
        { messageId: 'smtpProblem', line: 3, column: 29, endLine: 3, endColumn: 35 },
      ],
    },
  ],
});

describe('mailbox-syntax messages', () => {
  it('names lenient servers for long local-parts', () => {
    const messages = lintWithRule('mailbox-syntax', `socket.write('MAIL FROM:<${LONG_LOCAL_PART}@example.com>\\r\\n');`);

    expect(messages).toHaveLength(1);
    expect(messages[0]?.message).toContain('65 octets');
    expect(messages[0]?.message).toContain('Postfix');
    expect(messages[0]?.message).toContain('Exim');
    expect(messages[0]?.message).toContain('501 5.1.7');
  });

  it('names the SMTPUTF8 reply', () => {
    const messages = lintWithRule('mailbox-syntax', "socket.write('MAIL FROM:<user@bücher.example>\\r\\n');");

    expect(messages).toHaveLength(1);
    expect(messages[0]?.message).toContain('xn--bcher-kva');
    expect(messages[0]?.message).toContain('553 5.6.7');
  });
});
