import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext, RuleFix, RuleFixer, RuleListener } from '@typescript-eslint/utils/ts-eslint';
import { buildFix, locateReport } from '../ast/locate.js';
import { resolveStaticValue } from '../ast/static-object.js';
import {
  checkUse,
  readCallUses,
  readWrapperSettings,
  trackFileClients,
  type CallNode,
  type CallReader,
  type ClientFix,
  type ClientProblem,
  type ClientUse,
  type FileClients,
  type WrapperGrammar,
} from '../clients/index.js';
import { formatReply } from '../smtp/index.js';

/** The message ids every client rule shares. */
export type ClientMessageId = 'clientProblem' | 'clientProblemWithReply' | 'suggestEdit' | 'invalidSettings';

export const CLIENT_MESSAGES: Record<ClientMessageId, string> = {
  clientProblem: '{{message}}',
  clientProblemWithReply: '{{message}} A strict server replies {{reply}}.',
  suggestEdit: '{{description}}',
  invalidSettings: 'Invalid settings.smtp: {{message}} This entry is ignored.',
};

type ClientContext = Readonly<RuleContext<ClientMessageId, readonly unknown[]>>;

/** The scope of a client rule: the grammars of its uses, and the wrapper grammars it owns. */
export interface ClientRuleScope {
  readonly grammars: readonly ClientUse['grammar'][];
  readonly wrapperGrammars: readonly WrapperGrammar[];
  /** True for the one rule that also reports settings entries whose grammar is unknown. */
  readonly reportsUnownedSettings?: boolean;
  /** Leaves out problems another rule already reports, such as those of a string the command rules see. */
  readonly filter?: (use: ClientUse, problems: readonly ClientProblem[]) => readonly ClientProblem[];
}

const fileClients = new WeakMap<object, FileClients>();

/** Returns the tracked mail library calls of the linted file, found once and shared by every rule. */
export function getFileClients(context: ClientContext): FileClients {
  let clients = fileClients.get(context.sourceCode);
  if (clients === undefined) {
    clients = trackFileClients(context.sourceCode);
    fileClients.set(context.sourceCode, clients);
  }
  return clients;
}

/** Builds the reader that the untyped rules use: imports, wrappers and same-file constants. */
export function createCallReader(context: ClientContext): CallReader {
  return {
    clients: getFileClients(context),
    wrappers: readWrapperSettings(context.settings).wrappers,
    resolve: (node) => resolveStaticValue(context.sourceCode, node),
  };
}

/** Builds the listeners of a client rule that reports the problems of its grammars in every call. */
export function createClientListener(context: ClientContext, scope: ClientRuleScope, makeReader = createCallReader): RuleListener {
  const reported = new Set<string>();
  let reader: CallReader | undefined;
  const check = (call: CallNode): void => {
    reader ??= makeReader(context);
    for (const use of readCallUses(reader, call)) {
      if (!scope.grammars.includes(use.grammar)) continue;
      const problems = checkUse(use);
      for (const problem of scope.filter?.(use, problems) ?? problems) reportClientProblem(context, problem, reported);
    }
  };
  return {
    Program(node) {
      reportSettingsErrors(context, node, scope);
    },
    CallExpression: check,
    NewExpression: check,
  };
}

function reportSettingsErrors(context: ClientContext, program: TSESTree.Program, scope: ClientRuleScope): void {
  for (const error of readWrapperSettings(context.settings).errors) {
    const owned = error.grammar === undefined ? scope.reportsUnownedSettings === true : scope.wrapperGrammars.includes(error.grammar);
    if (owned) context.report({ node: program, loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } }, messageId: 'invalidSettings', data: { message: error.message } });
  }
}

/** Reports one problem once per kind, place and message, with its fix and suggestions. */
export function reportClientProblem(context: ClientContext, problem: ClientProblem, reported: Set<string>): void {
  const target = problem.target;
  const loc = 'node' in target ? target.node.loc : locateReport(context.sourceCode, target.value, target.start, target.end);
  const key = problemKey(context, problem);
  if (reported.has(key)) return;
  reported.add(key);

  const suggestions = (problem.suggestions ?? []).flatMap((suggestion) => {
    const fix = toRuleFix(suggestion.fix);
    return fix === undefined ? [] : [{ messageId: 'suggestEdit' as const, data: { description: suggestion.description }, fix }];
  });
  const fix = problem.fix === undefined ? undefined : toRuleFix(problem.fix);
  const reply = problem.reply === undefined ? undefined : `${formatReply(problem.reply)} (${problem.reply.text})`;
  context.report({
    loc,
    messageId: reply === undefined ? 'clientProblem' : 'clientProblemWithReply',
    data: { message: problem.message, reply: reply ?? '' },
    fix,
    suggest: suggestions,
  });
}

/** Returns a problem's key and place, so the typed rule can leave out what the untyped rules report. */
export function problemKey(context: ClientContext, problem: ClientProblem): string {
  const target = problem.target;
  const loc = 'node' in target ? target.node.loc : locateReport(context.sourceCode, target.value, target.start, target.end);
  // The message is part of the key: `to: ''` and `cc: ''` of one shared constant are reported at the same place.
  return `${problem.kind} ${loc.start.line}:${loc.start.column} ${loc.end.line}:${loc.end.column} ${problem.message}`;
}

function toRuleFix(fix: ClientFix): ((fixer: RuleFixer) => RuleFix[]) | undefined {
  if ('value' in fix) return buildFix(fix.value, fix.edits);
  return (fixer) => fix.source.map((edit) => fixer.replaceTextRange([edit.range[0], edit.range[1]], edit.text));
}
