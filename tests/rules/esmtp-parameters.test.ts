import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/esmtp-parameters.js';
import { lintWithRule, ruleTester } from '../helpers/rule-tester.js';

// Code under test is written in single-quoted strings, so '\\r\\n' here is the escape `\r\n` in that code.
ruleTester.run('esmtp-parameters', rule, {
  valid: [
    "socket.write('MAIL FROM:<user@example.com> BODY=8BITMIME\\r\\n');",
    "socket.write('MAIL FROM:<user@example.com> SIZE=1000 SMTPUTF8\\r\\n');",
    "socket.write('RCPT TO:<user@example.com> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;user@example.com\\r\\n');",
    'socket.write(`MAIL FROM:<${from}> SIZE=${size}\\r\\n`);',
    'socket.write(`MAIL FROM:<${from}>${parameters}\\r\\n`);',
  ],
  invalid: [
    {
      code: "socket.write('MAIL FROM:<a@example.com>  BODY=8BITMIME\\r\\n');",
      output: "socket.write('MAIL FROM:<a@example.com> BODY=8BITMIME\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 41, endLine: 1, endColumn: 42 }],
    },
    {
      code: "socket.write('MAIL FROM:<a@example.com> SIZE=100  BODY=8BITMIME\\r\\n');",
      output: "socket.write('MAIL FROM:<a@example.com> SIZE=100 BODY=8BITMIME\\r\\n');",
      errors: [{ messageId: 'smtpProblem', line: 1, column: 50, endLine: 1, endColumn: 51 }],
    },
    {
      code: "socket.write('MAIL FROM:<a@example.com> BODY_8BIT\\r\\n');",
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 1, column: 45, endLine: 1, endColumn: 46 }],
    },
    {
      code: "socket.write('MAIL FROM:<a@example.com> SIZE=\\r\\n');",
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 1, column: 45, endLine: 1, endColumn: 46 }],
    },
    {
      code: "socket.write('MAIL FROM:<a@example.com> ENVID=a=b\\r\\n');",
      output: null,
      errors: [{ messageId: 'smtpProblem', line: 1, column: 48, endLine: 1, endColumn: 49 }],
    },
    {
      // The parameter follows a hole in a template literal, and its position is still exact.
      code: 'socket.write(`RCPT TO:<${to}> NOTIFY=SUCCESS  ORCPT=rfc822;${to}\\r\\n`);',
      output: 'socket.write(`RCPT TO:<${to}> NOTIFY=SUCCESS ORCPT=rfc822;${to}\\r\\n`);',
      errors: [{ messageId: 'smtpProblem', line: 1, column: 46, endLine: 1, endColumn: 47 }],
    },
  ],
});

describe('esmtp-parameters messages', () => {
  it('names the parameter reply', () => {
    const messages = lintWithRule('esmtp-parameters', "socket.write('MAIL FROM:<a@example.com> BODY_8BIT\\r\\n');");

    expect(messages).toHaveLength(1);
    expect(messages[0]?.message).toContain('501 5.5.4');
  });
});
