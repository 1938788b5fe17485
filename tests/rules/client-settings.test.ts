import rule from '../../src/rules/client-envelope-address.js';
import { ruleTester } from '../helpers/rule-tester.js';

// Each settings error has one reporter: the client rules report `wrappers`, smtp/line-endings the rest.
ruleTester.run('client-envelope-address settings', rule, {
  valid: [
    { code: 'send();', settings: { smtp: 'yes' } },
    { code: 'send();', settings: { smtp: { wrapper: [] } } },
  ],
  invalid: [
    {
      // A 'mailbox' wrapper always adds brackets, so addsBrackets: false contradicts it.
      code: "send('a@example.com');",
      settings: { smtp: { wrappers: [{ callee: 'send', grammar: 'mailbox', addsBrackets: false }] } },
      output: null,
      errors: [{
        messageId: 'invalidSettings', line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: [],
        data: { message: "settings.smtp.wrappers[0].addsBrackets is false, but a 'mailbox' wrapper always adds the brackets. Use grammar 'path' for a wrapper that adds none." },
      }],
    },
    {
      code: "send('<a@example.com>');",
      settings: { smtp: { wrappers: [{ callee: 'send', grammar: 'path', addsLineEnding: true }] } },
      output: null,
      errors: [{
        messageId: 'invalidSettings', line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: [],
        data: { message: "settings.smtp.wrappers[0].addsLineEnding applies to grammar 'command' only, not 'path'." },
      }],
    },
  ],
});
