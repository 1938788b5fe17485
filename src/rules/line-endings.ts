import { readSinkSettings } from '../ast/sinks.js';
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
    messages: {
      ...PROBLEM_MESSAGES,
      invalidSettings: 'Invalid settings.smtp: {{error}} This entry is ignored; the built-in sinks and the valid entries still apply.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const listener = createProblemListener(context, ['line']);
    return {
      ...listener,
      Program(node): void {
        // Settings errors are reported here once, so a typo does not pass silently or crash the run.
        const { error } = readSinkSettings(context.settings);
        if (error !== undefined) context.report({ node, loc: { line: 1, column: 0 }, messageId: 'invalidSettings', data: { error } });
      },
    };
  },
});
