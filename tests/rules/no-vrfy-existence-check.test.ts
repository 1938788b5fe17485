import rule from '../../src/rules/no-vrfy-existence-check.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester.run('no-vrfy-existence-check', rule, {
  valid: [
    // Both success codes are accepted, so the check does not claim more than VRFY can tell.
    `function verify(socket, address, done) {
      socket.write('VRFY ' + address + '\\r\\n');
      socket.once('data', (reply) => done(reply.startsWith('250') || reply.startsWith('252')));
    }`,
    // A library that only implements VRFY, with no reply check, is not reported by default.
    "class Connection { verify(address, callback) { this.command('vrfy ' + address, callback, [250, 251, 252]); } }",
    // Comparing to 250 without any VRFY in the function is about some other command.
    "function sendMail(code) { if (code === 250) return true; socket.write('MAIL FROM:<a@example.com>\\r\\n'); }",
    // A VRFY at the top level does not make every 250 check in the module about VRFY.
    "socket.write('VRFY postmaster\\r\\n');\nfunction onMail(code) { return code === 250; }",
    // nodemailer's verify() tests the connection and sends no VRFY.
    'function check(transporter) { transporter.verify((error) => { if (error) throw error; }); return lastCode === 250; }',
    // A class test of the reply accepts 252.
    "function probe(code) { socket.write('VRFY user\\r\\n'); return code >= 200 && code < 300 && code === 250; }",
    "function probe(reply) { socket.write('VRFY user\\r\\n'); return reply[0] === '2' || reply.code === 250; }",
    // The function also sends a transaction, so its 250 check may be about MAIL.
    "function send(code) { socket.write('VRFY user\\r\\n'); socket.write('MAIL FROM:<a@example.com>\\r\\n'); return code === 250; }",
    // jwt.verify checks a token, not a mailbox.
    'function check(token, key, code) { jwt.verify(token, key); return code === 250; }',
    // A 252 branch that does not fail is fine.
    "function check(code) { socket.write('VRFY postmaster\\r\\n'); if (code === 252) { return 'unknown'; } if (code === 250) return 'exists'; }",
  ],
  invalid: [
    {
      code: [
        'function mailboxExists(socket, address) {',
        "  socket.write(`VRFY ${address}\\r\\n`);",
        '  return readReply(socket).code === 250;',
        '}',
      ].join('\n'),
      errors: [{ messageId: 'onlyTwoFifty', line: 3, column: 10, endLine: 3, endColumn: 40 }],
    },
    {
      code: [
        'async function check(connection, address) {',
        '  connection.verify(address, (error, code) => {',
        "    if (code !== '250') throw new Error('no such user');",
        '  });',
        '}',
      ].join('\n'),
      errors: [{ messageId: 'onlyTwoFifty', line: 3, column: 9, endLine: 3, endColumn: 23 }],
    },
    {
      // 'code >= 500' is no test of the success class, so the 250 check is still the only success.
      code: [
        'function probe(connection, address, code) {',
        '  connection.verify(address, () => undefined);',
        "  if (code >= 500) throw new Error('rejected');",
        '  return code === 250;',
        '}',
      ].join('\n'),
      errors: [{ messageId: 'onlyTwoFifty', line: 4, column: 10, endLine: 4, endColumn: 22 }],
    },
    {
      code: [
        'function check(code) {',
        "  socket.write('VRFY user\\r\\n');",
        '  if (code === 252) return false;',
        '  return code === 250;',
        '}',
      ].join('\n'),
      errors: [
        { messageId: 'twoFiftyTwoAsFailure', line: 3, column: 7, endLine: 3, endColumn: 19 },
        { messageId: 'onlyTwoFifty', line: 4, column: 10, endLine: 4, endColumn: 22 },
      ],
    },
    {
      code: "socket.write('EXPN staff\\r\\n');",
      options: [{ reportCommands: true }],
      errors: [{ messageId: 'vrfyCommand', data: { verb: 'EXPN' }, line: 1, column: 14, endLine: 1, endColumn: 30 }],
    },
  ],
});
