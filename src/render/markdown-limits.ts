/**
 * What Markdown policyc will render. marked is fast on prose but has inputs it handles in time
 * quadratic in their length (and, nested deep enough, overflows the stack): each emphasis marker
 * that never closes makes it rescan the rest of its paragraph, and a long run without spaces makes
 * its email autolink lookahead rescan the run. A company's own Markdown is held within bounds no
 * real document comes near, so a section renders in milliseconds rather than seconds.
 */

/** Deeper than any document people write, far below where marked's recursion gives out. */
export const MAX_NESTING = 100;

/** Emphasis markers (`*`, `_`, `~`) in one paragraph: over a hundred bold phrases. */
export const MAX_EMPHASIS_MARKERS = 500;

/** Characters without a space: a long URL is a few hundred. */
export const MAX_WORD = 2000;

// The markers that open a nested block at the start of a line: quotes, bullets, numbers, indents.
const LINE_PREFIX = /^(?:[ \t]|>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/gm;

/**
 * A cheap upper bound on how deeply a line nests, checked before marked recurses into it (its
 * lexer needs time quadratic in the depth, then overflows the stack).
 */
export function nesting(markdown: string): number {
  let deepest = 0;
  for (const [prefix] of markdown.matchAll(LINE_PREFIX)) {
    if (prefix.length <= MAX_NESTING) continue;
    let depth = 0;
    let spaces = 0;
    for (const char of prefix) {
      if (char === ' ') spaces += 1;
      else if (char === '\t') spaces += 4;
      else if (char === '>' || char === '*' || char === '+' || char === '-' || char === '.' || char === ')') depth += 1;
    }
    deepest = Math.max(deepest, depth + Math.floor(spaces / 2));
  }
  return deepest;
}

/** The most unescaped emphasis markers in any one paragraph (text between blank lines). */
function emphasisMarkers(markdown: string): number {
  let most = 0;
  for (const paragraph of markdown.split(/\n[ \t]*\n/)) {
    let count = 0;
    for (let i = 0; i < paragraph.length; i++) {
      const char = paragraph[i];
      if ((char === '*' || char === '_' || char === '~') && paragraph[i - 1] !== '\\') count += 1;
    }
    most = Math.max(most, count);
  }
  return most;
}

function longestWord(markdown: string): number {
  let longest = 0;
  for (const [word] of markdown.matchAll(/\S+/g)) longest = Math.max(longest, word.length);
  return longest;
}

/**
 * Why policyc will not render a piece of user-written Markdown, in a sentence, or undefined when
 * it will. Each check is linear in the length of the text.
 */
export function markdownLimitProblem(markdown: string): string | undefined {
  if (nesting(markdown) > MAX_NESTING) {
    return `The Markdown nests quotes, lists or indents more than ${MAX_NESTING} levels deep; policyc does not render it.`;
  }
  const markers = emphasisMarkers(markdown);
  if (markers > MAX_EMPHASIS_MARKERS) {
    return `A paragraph of the Markdown has ${markers} emphasis markers (*, _ or ~); policyc renders at most ${MAX_EMPHASIS_MARKERS} in one paragraph.`;
  }
  const word = longestWord(markdown);
  if (word > MAX_WORD) {
    return `The Markdown has a run of ${word} characters without a space; policyc renders at most ${MAX_WORD}.`;
  }
  return undefined;
}
