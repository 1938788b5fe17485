import helloRule from '../../src/rules/client-hello-name.js';
import headerRule from '../../src/rules/client-header-address.js';
import { ruleTester } from '../helpers/rule-tester.js';

// email-templates hands `transport` to nodemailer's createTransport and `message` to sendMail.
ruleTester.run('client-header-address email-templates', headerRule, {
  valid: [
    "import Email from 'email-templates';\nconst email = new Email({ message: { from: 'Shop <shop@example.com>' } });\nemail.send({ template: 'welcome', message: { to: 'x@example.com' } });",
  ],
  invalid: [
    {
      code: "import Email from 'email-templates';\nconst email = new Email({ message: { from: 'noreply' } });\nemail.send({ template: 'welcome', message: { to: 'ops' } });",
      output: null,
      errors: [
        { messageId: 'clientProblem', line: 2, column: 45, endLine: 2, endColumn: 52, suggestions: [] },
        { messageId: 'clientProblem', line: 3, column: 51, endLine: 3, endColumn: 54, suggestions: [] },
      ],
    },
  ],
});

ruleTester.run('client-hello-name email-templates', helloRule, {
  valid: [],
  invalid: [
    {
      code: "const Email = require('email-templates');\nnew Email({ transport: { host: 'smtp.example.com', name: 'Example server' } });",
      output: null,
      errors: [{ messageId: 'clientProblemWithReply', line: 2, column: 66, endLine: 2, endColumn: 67, suggestions: [] }],
    },
  ],
});
