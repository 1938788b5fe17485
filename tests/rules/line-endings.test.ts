import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/line-endings.js';
import { lintWithRule, ruleTester } from '../helpers/rule-tester.js';

// RFC 5321 §4.5.3.1.4 limits a command line to 512 octets with CRLF, and this argument makes it 513.
const LONG_DOMAIN = 'a'.repeat(506);

// Code under test is written in single-quoted strings, so '\\r\\n' here is the escape `\r\n` in that code.
ruleTester.run('line-endings', rule, {
  valid: [
    "socket.write('MAIL FROM:<user@example.com>\\r\\n');",
    "socket.write('EHLO client.example\\r\\nMAIL FROM:<a@example.com>\\r\\nRCPT TO:<b@example.com>\\r\\n');",
    // The caller may add CRLF itself, as emailjs and nodemailer do.
    "client.sendCommand('MAIL FROM:<user@example.com>');",
    `socket.write('HELO ${'a'.repeat(505)}\\r\\n');`,
    'socket.write(`RCPT TO:<${to}>${crlf}`);',
    // Only line faults belong to this rule.
    "socket.write('MAIL FROM: user@example.com\\r\\n');",
  ],
  invalid: [
    {
      // A socket sends bytes as they are, so a command written to it must end with CRLF.
      code: "socket.write('EHLO client.example');",
      output: "socket.write('EHLO client.example\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 15, endLine: 1, endColumn: 34 }],
    },
    {
      // emailjs's command() appends CRLF, so a second one sends an empty line.
      code: "connection.command('RSET\\r\\n');",
      settings: { smtp: { sinks: { addsLineEnding: ['command'] } } },
      output: "connection.command('RSET');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 25, endLine: 1, endColumn: 29 }],
    },
    {
      // A helper declared in settings as raw needs CRLF like a socket write.
      code: "sendRaw(socket, 'STARTTLS');",
      settings: { smtp: { sinks: { raw: ['sendRaw'] } } },
      output: "sendRaw(socket, 'STARTTLS\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 18, endLine: 1, endColumn: 26 }],
    },
    {
      code: "sendLine(socket, 'NOOP\\r\\n');",
      settings: { smtp: { sinks: { addsLineEnding: ['sendLine'] } } },
      output: "sendLine(socket, 'NOOP');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 23, endLine: 1, endColumn: 27 }],
    },
    {
      code: "const x = 1;",
      settings: { smtp: { sinks: { raw: 'sendRaw' } } },
      errors: [{ messageId: 'invalidSettings', line: 1, column: 1 }],
    },
    // Typos in key names are reported rather than ignored.
    {
      code: 'const x = 1;',
      settings: { smtp: { sink: { raw: ['sendRaw'] } } },
      errors: [{ messageId: 'invalidSettings', data: { error: "settings.smtp has the unknown key 'sink'; the known keys are sinks and wrappers." }, line: 1, column: 1 }],
    },
    {
      code: 'const x = 1;',
      settings: { smtp: { sinks: { rwa: ['sendRaw'] } } },
      errors: [{ messageId: 'invalidSettings', line: 1, column: 1 }],
    },
    {
      code: 'const x = 1;',
      settings: { smtp: 'yes' },
      errors: [{ messageId: 'invalidSettings', line: 1, column: 1 }],
    },
    {
      // A dotted name matches the end of the call's path.
      code: "this.smtp.send('EHLO client.example');",
      settings: { smtp: { sinks: { raw: ['smtp.send'] } } },
      output: "this.smtp.send('EHLO client.example\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 17, endLine: 1, endColumn: 36 }],
    },
    {
      code: "socket.write('MAIL FROM:<user@example.com>\\n');",
      output: "socket.write('MAIL FROM:<user@example.com>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 43, endLine: 1, endColumn: 45 }],
    },
    {
      // A raw line break inside a template is a bare LF at run time, so the fix writes CRLF as escapes.
      code: 'socket.write(`QUIT\n`);',
      output: 'socket.write(`QUIT\\r\\n`);',
      errors: [{ messageId: 'smtpProblem', line: 1, column: 19, endLine: 2, endColumn: 1 }],
    },
    {
      // A template cooks a raw CRLF to one LF, so a file with CRLF line breaks still sends a bare LF.
      code: 'socket.write(`QUIT\r\n`);',
      output: 'socket.write(`QUIT\\r\\n`);',
      errors: [{ messageId: 'smtpProblem', line: 1, column: 19, endLine: 2, endColumn: 1 }],
    },
    {
      code: "socket.write('EHLO client.example\\nQUIT\\r\\n');",
      output: "socket.write('EHLO client.example\\r\\nQUIT\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 34, endLine: 1, endColumn: 36 }],
    },
    {
      // The LF is in the last literal of a concatenation, so the fix goes there.
      code: "socket.write('MAIL FROM:<' + from + '>\\n');",
      output: "socket.write('MAIL FROM:<' + from + '>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 39, endLine: 1, endColumn: 41 }],
    },
    {
      // Whether a lone CR was meant as CRLF is a guess, so the fix is only a suggestion.
      code: "socket.write('QUIT\\r');",
      output: null,
      errors: [
        {
          messageId: 'smtpProblem',
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'suggestEdit',
              data: { description: 'Replace the CR with CRLF.' },
              output: "socket.write('QUIT\\r\\n');",
            },
          ],
        },
      ],
    },
    {
      code: "socket.write('HELO client\\x07.example\\r\\n');",
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 1, column: 26, endLine: 1, endColumn: 30 }],
    },
    {
      code: "socket.write('MAIL FROM:<a@example.com> \\r\\n');",
      output: "socket.write('MAIL FROM:<a@example.com>\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 40, endLine: 1, endColumn: 41 }],
    },
    {
      code: "socket.write('QUIT\\r\\n\\r\\n');",
      output: "socket.write('QUIT\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 23, endLine: 1, endColumn: 27 }],
    },
    {
      code: `socket.write('HELO ${LONG_DOMAIN}\\r\\n');`,
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 1, column: 15, endLine: 1, endColumn: 530 }],
    },
  ],
});

describe('line-endings messages', () => {
  it('names the bare LF reply', () => {
    const messages = lintWithRule('line-endings', "socket.write('MAIL FROM:<user@example.com>\\n');");

    expect(messages).toHaveLength(1);
    expect(messages[0]?.message).toContain('bare LF');
    expect(messages[0]?.message).toContain('501 5.5.4');
  });

  it('names the line-length reply', () => {
    const messages = lintWithRule('line-endings', `socket.write('HELO ${LONG_DOMAIN}\\r\\n');`);

    expect(messages).toHaveLength(1);
    expect(messages[0]?.message).toContain('513 octets');
    expect(messages[0]?.message).toContain('500 5.5.2');
  });
});

ruleTester.run('line-endings without declared sinks', rule, {
  valid: [
    // A name alone cannot tell whether the function appends CRLF: this one writes raw bytes.
    "function sendCommand(line) { socket.write(line); }\nsendCommand('QUIT\\r\\n');",
    "connection.command('RSET\\r\\n');",
  ],
  invalid: [],
});
