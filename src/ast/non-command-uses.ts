import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { lastName } from './callee-path.js';

// Methods that search or match text: their argument is a pattern, as in line.startsWith('RCPT TO:<').
const PATTERN_METHODS = new Set([
  'startsWith', 'endsWith', 'includes', 'indexOf', 'lastIndexOf', 'split', 'match', 'matchAll', 'replace',
  'replaceAll', 'search', 'test', 'localeCompare',
]);
// Methods and objects that log: their argument describes a command, it is not sent.
const LOG_METHODS = new Set(['log', 'info', 'debug', 'warn', 'error', 'trace', 'fatal', 'verbose', 'silly', 'notice']);
// Objects whose methods log: console, logger, this.logger, log, requestLog and the like.
const LOG_OBJECT = /^(?:console|debug|log|.*logger|.*Log)$/i;
const COMPARISONS = new Set(['===', '!==', '==', '!=']);

function calleeName(callee: TSESTree.Expression): { object?: string; name?: string } {
  if (callee.type === AST_NODE_TYPES.Identifier) return { name: callee.name };
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.property.type !== AST_NODE_TYPES.Identifier) return {};
  return { object: lastName(callee.object), name: callee.property.name };
}

/**
 * Returns true when a string is used as something other than a command: a pattern a reply or
 * line is compared with, a log message, a module specifier or a type. Such strings describe
 * SMTP text without sending it, so their faults are not faults.
 */
export function isNonCommandUse(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent === undefined) return false;

  switch (parent.type) {
    case AST_NODE_TYPES.BinaryExpression:
      return COMPARISONS.has(parent.operator);
    case AST_NODE_TYPES.SwitchCase:
      return parent.test === node;
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.ExportNamedDeclaration:
    case AST_NODE_TYPES.ImportExpression:
    case AST_NODE_TYPES.TSLiteralType:
    case AST_NODE_TYPES.TSExternalModuleReference:
    case AST_NODE_TYPES.TSImportType:
      return true;
    case AST_NODE_TYPES.NewExpression:
      // new Error('RCPT TO:<…> failed') or new errors.SmtpError(…) describes a command in an error message.
      return lastName(parent.callee)?.endsWith('Error') === true;
    case AST_NODE_TYPES.CallExpression: {
      if (!parent.arguments.includes(node as TSESTree.CallExpressionArgument)) return false;
      const { object, name } = calleeName(parent.callee);
      if (name !== undefined && PATTERN_METHODS.has(name)) return true;
      if (name === 'require') return true;
      // A plain log(…) call, or a log method of a logging object; socket.error(…) is no log call.
      if (name === undefined || !LOG_METHODS.has(name)) return false;
      return parent.callee.type === AST_NODE_TYPES.Identifier || (object !== undefined && LOG_OBJECT.test(object));
    }
    default:
      return false;
  }
}
