/**
 * Returns true when `a` and `b` differ by one typing slip: one character added, dropped or
 * changed, or two neighbours swapped. Runs in time linear in the shorter string.
 */
export function isOneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  if (a.length !== b.length) {
    const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
    return longer.slice(prefix + 1) === shorter.slice(prefix);
  }
  if (a.slice(prefix + 1) === b.slice(prefix + 1)) return true;
  return a[prefix] === b[prefix + 1] && a[prefix + 1] === b[prefix] && a.slice(prefix + 2) === b.slice(prefix + 2);
}

/** Returns the first candidate one typing slip away from `word` (compared in upper case), or undefined. */
export function findNearWord<T extends string>(word: string, candidates: readonly T[]): T | undefined {
  const upper = word.toUpperCase();
  return candidates.find((candidate) => isOneSlipApart(upper, candidate));
}
