import { createRule } from './create-rule.js';
import { createProblemListener, PROBLEM_MESSAGES } from './report-problems.js';

export default createRule({
  name: 'line-endings',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce SMTP line discipline: CRLF line endings, no control characters, no trailing whitespace, at most 512 octets a line',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: PROBLEM_MESSAGES,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return createProblemListener(context, ['line']);
  },
});
