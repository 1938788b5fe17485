import { createRule } from './create-rule.js';
import { createProblemListener, PROBLEM_MESSAGES } from './report-problems.js';

export default createRule({
  name: 'command-syntax',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce the structure of SMTP command lines: verb, colon, angle brackets and what may follow the path',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: PROBLEM_MESSAGES,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return createProblemListener(context, ['command']);
  },
});
