import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import type { RuleContext, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { checkCommand, isSmtpCommand, type CommandCheck } from '../smtp/index.js';
import { isNonCommandUse } from './non-command-uses.js';
import { readSinkSettings, sinkOf } from './sinks.js';
import { resolveStaticString, type StaticString } from './static-string.js';

/** A string expression that contains SMTP command lines, with the grammar's verdict. */
export interface CommandString {
  readonly node: TSESTree.Node;
  readonly value: StaticString;
  readonly check: CommandCheck;
}

// The cheap test a file must pass before any string in it is resolved: a verb somewhere in the text.
const VERB_IN_TEXT = /MAIL|RCPT|EHLO|HELO|LHLO|VRFY|EXPN|DATA|QUIT|RSET|NOOP|HELP|STARTTLS|BDAT|AUTH|ETRN|ATRN|BURL|SEND|SOML|SAML|TURN/i;
// A misspelled path command such as 'RCTP TO:' has no verb to find, but has this shape.
const MISSPELLED_COMMAND_IN_TEXT = /[A-Z]{4} [A-Z]{2,4}:/;
// A string's first word must be a verb, in any case, or an upper-case word that may be a
// misspelled or obsolete one ('RCTP', 'TURN'), before it is resolved.
const LEADING_VERB = /^(?:MAIL|RCPT|EHLO|HELO|LHLO|VRFY|EXPN|DATA|QUIT|RSET|NOOP|HELP|STARTTLS|BDAT|AUTH|ETRN|ATRN|BURL)/i;
const LEADING_UPPER_WORD = /^[A-Z]{3,9}\b/;

const fileMayHoldCommands = new WeakMap<object, boolean>();
const commandStrings = new WeakMap<TSESTree.Node, CommandString | null>();

/** The node types a rule listens to; each call site resolves the outermost string expression. */
export const STRING_NODE_SELECTORS = ['Literal', 'TemplateLiteral', 'BinaryExpression[operator="+"]'] as const;

/**
 * Returns the command lines that `node` holds, or undefined. The result is computed once per node
 * and shared by every rule, so each string is parsed once per file.
 */
export function getCommandString(context: Readonly<RuleContext<string, readonly unknown[]>>, node: TSESTree.Node): CommandString | undefined {
  const cached = commandStrings.get(node);
  if (cached !== undefined) return cached ?? undefined;

  const sourceCode = context.sourceCode;
  const result = isOutermostString(node) && fileMayHold(sourceCode) ? analyze(context, node) : undefined;
  commandStrings.set(node, result ?? null);
  return result;
}

function fileMayHold(sourceCode: Readonly<SourceCode>): boolean {
  let verdict = fileMayHoldCommands.get(sourceCode);
  if (verdict === undefined) {
    verdict = VERB_IN_TEXT.test(sourceCode.text) || MISSPELLED_COMMAND_IN_TEXT.test(sourceCode.text);
    fileMayHoldCommands.set(sourceCode, verdict);
  }
  return verdict;
}

function analyze(context: Readonly<RuleContext<string, readonly unknown[]>>, node: TSESTree.Node): CommandString | undefined {
  const sourceCode = context.sourceCode;
  const leading = leadingText(sourceCode, node, 0);
  if (leading === undefined || !(LEADING_VERB.test(leading) || LEADING_UPPER_WORD.test(leading))) return undefined;

  const value = resolveStaticString(sourceCode, node);
  if (value === undefined) return undefined;
  const text = { text: value.text, holes: value.holes };
  const sink = sinkOf(node, readSinkSettings(context.settings).sinks);
  if (!isSmtpCommand(text, { sink: sink !== undefined })) return undefined;
  const check = checkCommand(text, { requireLineEnding: sink === 'raw', sinkAddsLineEnding: sink === 'adds-line-ending' });
  return { node, value, check };
}

/** Decides whether `node` is checked on its own: a part of a larger `+` or template is checked with that whole. */
function isOutermostString(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value !== 'string') return false;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.parent.type === AST_NODE_TYPES.TaggedTemplateExpression) return false;
  const parent = node.parent;
  if (parent === undefined) return true;
  if (parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') return false;
  if (parent.type === AST_NODE_TYPES.TemplateLiteral) return false;
  if (isTypeWrapper(parent)) return isOutermostString(parent);
  return !isNonCommandUse(node);
}

/** Wrappers that change only the type, which `resolveStaticString` looks through. */
function isTypeWrapper(
  node: TSESTree.Node,
): node is TSESTree.TSAsExpression | TSESTree.TSSatisfiesExpression | TSESTree.TSNonNullExpression {
  return node.type === AST_NODE_TYPES.TSAsExpression || node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression;
}

/** Returns the static text the expression starts with, following only its leftmost operand. */
function leadingText(sourceCode: Readonly<SourceCode>, start: TSESTree.Node, depth: number): string | undefined {
  if (depth > 8) return undefined;
  // Walk down the leftmost operands without recursion: a `+` chain can be thousands of pieces long.
  let node = start;
  while (node.type === AST_NODE_TYPES.BinaryExpression || isTypeWrapper(node)) {
    node = node.type === AST_NODE_TYPES.BinaryExpression ? node.left : node.expression;
  }
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' ? node.value : undefined;
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.quasis[0]?.value.cooked ?? undefined;
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;

  // A constant prefix, as in `MAIL_FROM + address`.
  const definition = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
  if (definition?.node.type !== AST_NODE_TYPES.VariableDeclarator || definition.node.init === null) return undefined;
  return leadingText(sourceCode, definition.node.init, depth + 1);
}

/**
 * Returns true when text offsets `[start, end)` come from a shared constant that is itself a
 * command string: its own literal already carries the report, so each use need not repeat it.
 */
export function isReportedAtDefinition(context: Readonly<RuleContext<string, readonly unknown[]>>, value: StaticString, start: number, end: number): boolean {
  const touched = value.segments.filter((segment) => segment.start < Math.max(end, start + 1) && start < segment.end);
  const node = touched[0]?.node;
  if (node?.type !== AST_NODE_TYPES.Identifier || touched.some((segment) => segment.node !== node || segment.isHole)) return false;

  const definition = ASTUtils.findVariable(context.sourceCode.getScope(node), node)?.defs[0];
  if (definition?.node.type !== AST_NODE_TYPES.VariableDeclarator || definition.node.init === null) return false;
  return getCommandString(context, definition.node.init) !== undefined;
}
