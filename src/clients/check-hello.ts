import type { StaticString } from '../ast/static-string.js';
import { checkCommand, REPLIES } from '../smtp/index.js';
import type { HelloUse } from './model.js';
import { fromGrammarProblem, limitProblems, quoteText, sliceText, type ClientProblem } from './problem.js';

/** Checks a client host name that a library sends after EHLO or HELO. */
export function checkHelloUse(use: HelloUse): ClientProblem[] {
  if (use.value.kind !== 'string') return [];
  const value = use.value.value;
  if (use.urlParameter === undefined) return checkName(use, value, 0, value.text.length);

  const parameter = findQueryParameter(value, use.urlParameter);
  if (parameter === undefined) return [];
  const raw = value.text.slice(parameter.start, parameter.end);
  if (!raw.includes('%') && !raw.includes('+')) return checkName(use, value, parameter.start, parameter.end);

  // A percent-encoded name is checked decoded, and reported on the whole parameter without a fix.
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return [];
  }
  const problems = checkName(use, { text: decoded, holes: [], segments: [] }, 0, decoded.length);
  return problems.map((problem) => ({
    kind: problem.kind,
    target: { value, start: parameter.start, end: parameter.end },
    message: `In the URL parameter '${use.urlParameter}', decoded as '${quoteText(decoded)}': ${problem.message}`,
    reply: problem.reply,
  }));
}

function checkName(use: HelloUse, value: StaticString, start: number, end: number): ClientProblem[] {
  const hasHole = value.holes.some((hole) => hole >= start && hole < end);
  const isEmpty = start === end && !hasHole;
  const target = isEmpty && end === value.text.length && start === 0 && value.segments[0] !== undefined
    ? { node: value.segments[0].node }
    : { value, start, end };
  if (isEmpty && use.emptyMeansDefault) {
    return [{
      kind: 'empty-hello-name',
      target,
      message: `An empty '${use.field}' is ignored: ${use.library.name} sends the machine's host name after ${use.verb} instead, which is often not a public name. Set it to this host's fully qualified domain name, or leave it out.`,
    }];
  }

  const space = hasHole ? -1 : value.text.slice(start, end).search(/\s/);
  if (space !== -1) return [spaceInName(use, value, start, end, start + space)];

  const prefix = `${use.verb} `;
  const { problems } = checkCommand(sliceText(value, start, end, prefix));
  // An empty name leaves the space this check put after the verb, which the library does not send alone.
  const relevant = isEmpty ? problems.filter((problem) => problem.kind === 'missing-argument') : limitProblems(problems);
  return relevant.map((problem) => {
    const mapped = fromGrammarProblem(problem, value, start, end - start, prefix.length);
    return { ...mapped, target: isEmpty ? target : mapped.target, message: `${use.library.name} sends '${use.field}' as the ${use.verb} argument. ${problem.message}` };
  });
}

/** Reports a space in the name. Such a name is a label, not a host name, so cutting it at the space would be no fix either. */
function spaceInName(use: HelloUse, value: StaticString, start: number, end: number, space: number): ClientProblem {
  let spaceEnd = space;
  while (spaceEnd < end && /\s/.test(value.text[spaceEnd]!)) spaceEnd++;
  const name = value.text.slice(start, end);
  return {
    kind: 'space-in-hello-name',
    target: { value, start: space, end: spaceEnd },
    message: `'${quoteText(name)}' contains a space, so it is no host name: ${use.library.name} sends '${quoteText(`${use.verb} ${name}`)}', and servers that check the argument reject it. Set '${use.field}' to this host's fully qualified domain name, such as 'mail.example.com'.`,
    reply: REPLIES.badDomainSyntax,
  };
}

/** Finds the value of `?name=` or `&name=` in a URL, as offsets into the text. */
function findQueryParameter(value: StaticString, name: string): { start: number; end: number } | undefined {
  const text = value.text;
  const query = text.indexOf('?');
  if (query === -1) return undefined;
  let start = query + 1;
  while (start <= text.length) {
    let end = text.indexOf('&', start);
    if (end === -1) end = text.indexOf('#', start) === -1 ? text.length : text.indexOf('#', start);
    const pair = text.slice(start, end);
    if (pair.startsWith(`${name}=`)) return { start: start + name.length + 1, end };
    if (end >= text.length || text[end] === '#') return undefined;
    start = end + 1;
  }
  return undefined;
}
