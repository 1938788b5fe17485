import { createRule } from './create-rule.js';
import { createProblemListener, PROBLEM_MESSAGES } from './report-problems.js';

export default createRule({
  name: 'mailbox-syntax',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce valid mailboxes inside SMTP paths: characters, dots, lengths, domains, address literals and SMTPUTF8',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: PROBLEM_MESSAGES,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return createProblemListener(context, ['mailbox']);
  },
});
