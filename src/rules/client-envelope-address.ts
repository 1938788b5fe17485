import { getCommandString } from '../ast/command-strings.js';
import { createRule } from './create-rule.js';
import { CLIENT_MESSAGES, createClientListener } from './report-client.js';

export default createRule({
  name: 'client-envelope-address',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce envelope addresses passed to SMTP client calls: no display names, lists or doubled angle brackets',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: CLIENT_MESSAGES,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return createClientListener(context, {
      grammars: ['envelope', 'command'],
      wrapperGrammars: ['path', 'mailbox', 'command'],
      reportsUnownedSettings: true,
      // The command rules already report what they find in a string that reads as a command line on its own.
      filter: (use, problems) => {
        const command = use.grammar === 'command' ? getCommandString(context, use.value.node) : undefined;
        if (command === undefined) return problems;
        const known = new Set(command.check.problems.map((problem) => `${problem.kind} ${problem.start} ${problem.end}`));
        return problems.filter((problem) => !('value' in problem.target) || !known.has(`${problem.kind} ${problem.target.start} ${problem.target.end}`));
      },
    });
  },
});
