import { createRule } from './create-rule.js';
import { CLIENT_MESSAGES, createClientListener } from './report-client.js';

export default createRule({
  name: 'client-hello-name',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce a valid host name or address literal in the EHLO/HELO name given to SMTP client libraries',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: CLIENT_MESSAGES,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return createClientListener(context, { grammars: ['hello'], wrapperGrammars: ['ehlo'] });
  },
});
