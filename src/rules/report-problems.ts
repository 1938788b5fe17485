import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext, RuleListener } from '@typescript-eslint/utils/ts-eslint';
import { buildFix, locateReport } from '../ast/locate.js';
import { getCommandString, isReportedAtDefinition, STRING_NODE_SELECTORS } from '../ast/command-strings.js';
import { formatReply, type ProblemCategory, type SmtpProblem } from '../smtp/index.js';

/** The message ids every command-line rule shares. */
export type ProblemMessageId = 'smtpProblem' | 'suggestEdit';

export const PROBLEM_MESSAGES: Record<ProblemMessageId, string> = {
  smtpProblem: '{{message}} A strict server replies {{reply}}.',
  suggestEdit: '{{description}}',
};

/** Describes a problem's reply for a message, for example `501 5.1.7 (Bad sender address syntax)`. */
export function describeReply(problem: SmtpProblem): string {
  return `${formatReply(problem.reply)} (${problem.reply.text})`;
}

/**
 * Builds the listeners of a rule that reports the grammar's problems of some categories in
 * every command string of the file. `accept` narrows further when a rule has options.
 */
export function createProblemListener(
  context: Readonly<RuleContext<ProblemMessageId, readonly unknown[]>>,
  categories: readonly ProblemCategory[],
  accept: (problem: SmtpProblem) => boolean = () => true,
): RuleListener {
  // A literal that is a command on its own and also the single-use const of a larger command is
  // checked twice, with its problems at the same place. Each kind of problem is reported once per place.
  const reported = new Set<string>();
  const check = (node: TSESTree.Node): void => {
    const command = getCommandString(context, node);
    if (command === undefined) return;

    for (const problem of command.check.problems) {
      if (!categories.includes(problem.category) || !accept(problem)) continue;
      if (isReportedAtDefinition(context, command.value, problem.start, problem.end)) continue;
      const loc = locateReport(context.sourceCode, command.value, problem.start, problem.end);
      const key = `${problem.kind} ${loc.start.line}:${loc.start.column} ${loc.end.line}:${loc.end.column}`;
      if (reported.has(key)) continue;
      reported.add(key);

      const fix = problem.fix === undefined ? undefined : buildFix(command.value, problem.fix);
      const suggestions = (problem.suggestions ?? []).flatMap((suggestion) => {
        const suggestionFix = buildFix(command.value, suggestion.edits);
        return suggestionFix === undefined ? [] : [{ messageId: 'suggestEdit' as const, data: { description: suggestion.description }, fix: suggestionFix }];
      });

      context.report({
        node: command.node,
        loc,
        messageId: 'smtpProblem',
        data: { message: problem.message, reply: describeReply(problem) },
        fix,
        suggest: suggestions,
      });
    }
  };
  return Object.fromEntries(STRING_NODE_SELECTORS.map((selector) => [selector, check]));
}
