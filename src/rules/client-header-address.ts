import { createRule } from './create-rule.js';
import { CLIENT_MESSAGES, createClientListener } from './report-client.js';

export default createRule({
  name: 'client-header-address',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce address options that mail libraries parse as header address lists, checked as the library will send them',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: CLIENT_MESSAGES,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return createClientListener(context, { grammars: ['header-address'], wrapperGrammars: ['header-address'] });
  },
});
