import { createRule } from './create-rule.js';
import { createProblemListener, PROBLEM_MESSAGES } from './report-problems.js';

export default createRule({
  name: 'esmtp-parameters',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce valid ESMTP parameters on MAIL FROM and RCPT TO lines',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: PROBLEM_MESSAGES,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return createProblemListener(context, ['parameter']);
  },
});
