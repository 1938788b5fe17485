import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { lastName } from '../ast/callee-path.js';
import { getCommandString, STRING_NODE_SELECTORS } from '../ast/command-strings.js';
import { leadsToFailure, readReplyComparison, type ReplyComparison } from '../ast/reply-comparisons.js';
import { createRule } from './create-rule.js';

type Options = [{ reportCommands?: boolean }];
type MessageId = 'onlyTwoFifty' | 'twoFiftyTwoAsFailure' | 'vrfyCommand';

/** Methods of SMTP client libraries that send VRFY or EXPN, such as emailjs's `verify`. */
const VRFY_METHODS = new Set(['verify', 'vrfy', 'expn']);
const TRANSACTION_VERBS = new Set(['MAIL', 'RCPT', 'DATA', 'BDAT']);

/**
 * Returns true when a `verify` call is given an address, as emailjs's `verify(address, callback)`
 * is; nodemailer's `transporter.verify(callback)` only tests the connection and sends no VRFY.
 */
function takesAddress(call: TSESTree.CallExpression): boolean {
  const first = call.arguments[0];
  if (first === undefined || first.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    first.type === AST_NODE_TYPES.FunctionExpression || first.type === AST_NODE_TYPES.SpreadElement) {
    return false;
  }
  // jwt.verify(token, key) and the like verify other things: the call must name SMTP or an address.
  const callee = call.callee as TSESTree.MemberExpression;
  const objectName = lastName(callee.object) ?? '';
  const argumentName = first.type === AST_NODE_TYPES.Identifier ? first.name : '';
  const literal = first.type === AST_NODE_TYPES.Literal && typeof first.value === 'string' ? first.value : '';
  return SMTP_OBJECT.test(objectName) || ADDRESS_NAME.test(argumentName) || literal.includes('@');
}

const SMTP_OBJECT = /smtp|conn|client|mail|server/i;
const ADDRESS_NAME = /addr|mail|user|recipient|rcpt|mailbox/i;

function enclosingFunction(node: TSESTree.Node): TSESTree.Node {
  for (let current = node.parent; current !== undefined; current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.FunctionDeclaration ||
      current.type === AST_NODE_TYPES.FunctionExpression ||
      current.type === AST_NODE_TYPES.ArrowFunctionExpression
    ) {
      return current;
    }
    if (current.type === AST_NODE_TYPES.Program) return current;
  }
  return node;
}

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

export default createRule<Options, MessageId>({
  name: 'no-vrfy-existence-check',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow treating a VRFY or EXPN reply as proof that a mailbox exists or not',
      recommended: true,
    },
    messages: {
      onlyTwoFifty:
        'This VRFY check accepts only {{code}}, but servers that hide their users answer 252 ("cannot verify, will attempt delivery"), a success. ' +
        'No VRFY reply proves that a mailbox exists or not: send the message and read the bounce instead.',
      twoFiftyTwoAsFailure:
        'This VRFY check treats 252 as a failure, but 252 is a success: the server will accept the message and attempt delivery. ' +
        'It proves nothing about the mailbox: send the message and read the bounce instead.',
      vrfyCommand:
        '{{verb}} cannot tell whether a mailbox exists: many servers answer 252 for every address or 502 because the command is turned off. ' +
        'Send the message and read the bounce, or ask the mail administrator.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          reportCommands: { type: 'boolean', description: 'Also report every VRFY or EXPN command line, not only the reply checks.' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ reportCommands: false }],
  },
  defaultOptions: [{ reportCommands: false }],
  create(context, [{ reportCommands }]) {
    const vrfyScopes: TSESTree.Node[] = [];
    // Functions that also send a transaction: a 250 check there may be about MAIL, RCPT or DATA.
    const transactionScopes = new Set<TSESTree.Node>();
    const comparisons: ReplyComparison[] = [];

    const checkString = (node: TSESTree.Node): void => {
      const command = getCommandString(context, node);
      if (command === undefined) return;
      if (command.check.commands.some((line) => TRANSACTION_VERBS.has(line.verb ?? ''))) transactionScopes.add(enclosingFunction(node));
      const verb = command.check.commands.find((line) => line.verb === 'VRFY' || line.verb === 'EXPN')?.verb;
      if (verb === undefined) return;
      vrfyScopes.push(enclosingFunction(node));
      if (reportCommands === true) context.report({ node, messageId: 'vrfyCommand', data: { verb } });
    };

    const listeners: Record<string, (node: never) => void> = Object.fromEntries(STRING_NODE_SELECTORS.map((selector) => [selector, checkString]));
    return {
      ...listeners,
      CallExpression(node): void {
        const callee = node.callee;
        if (callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier &&
          VRFY_METHODS.has(callee.property.name) && takesAddress(node)) {
          vrfyScopes.push(enclosingFunction(node));
        }
        const comparison = readReplyComparison(node);
        if (comparison !== undefined) comparisons.push(comparison);
      },
      BinaryExpression(node): void {
        const comparison = readReplyComparison(node);
        if (comparison !== undefined) comparisons.push(comparison);
      },
      'Program:exit'(): void {
        // Scopes can nest, so a comparison inside two of them is still reported once.
        const reported = new Set<TSESTree.Node>();
        for (const scope of new Set(vrfyScopes)) {
          // A VRFY at the top level of a module says nothing about the checks elsewhere in it.
          if (scope.type === AST_NODE_TYPES.Program) continue;
          const inScope = comparisons.filter((comparison) => contains(scope, comparison.node));
          const acceptsTwoFiftyTwo = inScope.some((comparison) =>
            comparison.range || (comparison.code === 252 && !leadsToFailure(comparison.node)));
          const onlyVrfy = ![...transactionScopes].some((other) => contains(scope, other) || contains(other, scope));
          for (const comparison of inScope) {
            if (reported.has(comparison.node)) continue;
            reported.add(comparison.node);
            if (comparison.code === 252 && comparison.equal && leadsToFailure(comparison.node)) {
              context.report({ node: comparison.node, messageId: 'twoFiftyTwoAsFailure' });
            } else if (comparison.code === 250 && !comparison.range && !acceptsTwoFiftyTwo && onlyVrfy) {
              context.report({ node: comparison.node, messageId: 'onlyTwoFifty', data: { code: comparison.code } });
            }
          }
        }
      },
    };
  },
});
