import { checkCommand } from '../smtp/index.js';
import type { CommandUse } from './model.js';
import { fromGrammarProblem, sliceText, type ClientProblem } from './problem.js';

/** Checks whole command lines handed to a user's wrapper, with or without the CRLF it adds. */
export function checkCommandUse(use: CommandUse): ClientProblem[] {
  if (use.value.kind !== 'string') return [];
  const value = use.value.value;
  const options = use.addsLineEnding ? { sinkAddsLineEnding: true } : { requireLineEnding: true };
  const { problems } = checkCommand(sliceText(value, 0, value.text.length), options);
  return problems.map((problem) => fromGrammarProblem(problem, value, 0, value.text.length));
}
