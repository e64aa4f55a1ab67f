import { distance } from 'fastest-levenshtein';

/**
 * "Did you mean …?" candidates: the closest known words within an edit distance that grows with
 * the word, so `subprocesors` finds `subprocessors` but `xyz` finds nothing. Five at most.
 */
export function suggest(input: string, candidates: Iterable<string>, max = 5): string[] {
  const needle = input.toLowerCase();
  const limit = Math.min(4, Math.max(1, Math.floor(needle.length / 3)));
  const scored: Array<{ word: string; score: number }> = [];
  for (const word of candidates) {
    const lower = word.toLowerCase();
    if (lower === needle) return [word];
    // A candidate that extends or is extended by the input (`legitimate_interest` vs
    // `legitimate_interests`) is a near miss whatever its length.
    const score =
      lower.startsWith(needle) || needle.startsWith(lower)
        ? Math.min(limit, Math.abs(lower.length - needle.length))
        : isTransposition(needle, lower) || sharesWord(needle, lower)
          ? 1
          : distance(needle, lower);
    if (score <= limit) scored.push({ word, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return scored.slice(0, max).map((s) => s.word);
}

/** "Did you mean 'a'?" or "Did you mean 'a' or 'b'?", or undefined when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const found = suggest(input, candidates);
  return found.length === 0 ? undefined : `Did you mean ${quotedAlternatives(found)}?`;
}

/** "'a'", "'a' or 'b'", "'a', 'b' or 'c'": the candidates a did-you-mean offers. */
export function quotedAlternatives(words: readonly string[]): string {
  const quoted = words.map((w) => `'${w}'`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/**
 * One is a word of the other (`eu_gdpr` and `gdpr`, `data_portability` and `portability`): the
 * longer one qualifies the shorter, which is what was meant, however far apart they are letter by
 * letter. Words of three letters or more only, so `a` or `id` match nothing.
 */
function sharesWord(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.split(/[_\-\s.]+/).includes(short);
}

/** Two letters swapped (`emial`, `gdrp`): the commonest typo, which plain Levenshtein counts as two edits. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  const [i, j] = diff;
  return diff.length === 2 && j === (i as number) + 1 && a[i as number] === b[j as number] && a[j as number] === b[i as number];
}
