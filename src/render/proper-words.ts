import { catalogOf } from '../i18n/languages.js';
import { policyLanguage } from '../i18n/language-codes.js';
import type { Policy } from '../model/policy.generated.js';
import { eachString } from '../model/strings.js';
import { withNames, type ProperNames } from './names-in-sentence.js';

/** The words of a text, with trailing punctuation taken off ("Stripe," is "Stripe"). */
const wordsOf = (text: string): string[] => text.split(/[\s,()\u201C\u201D"'\u00AB\u00BB]+/u).map((word) => word.replace(/[^\p{L}\p{N}-]+$/u, ''));

const CACHE = new WeakMap<Policy, ReadonlySet<string>>();

/**
 * Words the file treats as names, so that a data category named "Joplin synchronisation items" or
 * "Mastodon interactions" keeps its capital in a sentence: the first word of each name it gives (the
 * company, its service, products, apps and providers), and any word it capitalises after a word in
 * lower case and never writes in lower case. Computed when a policy is rendered, once per policy.
 */
export function properWords(policy: Policy): ReadonlySet<string> {
  const cached = CACHE.get(policy);
  if (cached !== undefined) return cached;
  const names = [
    policy.controller.name,
    policy.controller.trading_name,
    policy.policy?.service,
    ...(policy.products ?? []).map((p) => p.name),
    ...(policy.apps ?? []).map((a) => a.name),
    ...(policy.subprocessors ?? []).map((s) => s.name),
  ];
  const proper = new Set<string>();
  // A name's first word ("Joplin", "Stripe"): its later words are often common ones ("Google Analytics").
  for (const name of names) if (typeof name === 'string') for (const word of wordsOf(name).slice(0, 1)) if (/^\p{Lu}/u.test(word)) proper.add(word);
  // "Our Mastodon instance" makes "Mastodon" a name; "Analytics" beside "analytics data" is not one,
  // nor the "Analytics" of "Google Analytics", which follows a capital.
  const midSentence = new Set<string>();
  const lower = new Set<string>();
  eachString(policy, [], (text) => {
    for (const sentence of text.split(/[.!?:;]\s+|\n/u)) {
      wordsOf(sentence)
        .filter(Boolean)
        .forEach((word, i, all) => {
          if (/^\p{Ll}/u.test(word)) lower.add(word);
          else if (i > 0 && /^\p{Lu}/u.test(word) && /^\p{Ll}/u.test(all[i - 1] ?? '')) midSentence.add(word);
        });
    }
  });
  for (const word of midSentence) if (!lower.has(word.toLowerCase())) proper.add(word);
  CACHE.set(policy, proper);
  return proper;
}

/** The names of one policy that keep their capital in a sentence (see ProperNames). */
export function properNames(policy: Policy): ProperNames {
  return catalogOf(policyLanguage(policy)).lowerCaseNames ? properWords(policy) : 'all';
}

/** Run `write`, wording a change notice, with the names either version of the policy writes as names kept (nameInNotice). */
export function withNamesOf<T>(policies: readonly Policy[], write: () => T): T {
  return withNames(unionOf(policies.map(properNames)), write);
}

function unionOf(each: readonly ProperNames[]): ProperNames {
  const union = new Set<string>();
  for (const names of each) {
    if (names === 'all') return 'all';
    for (const name of names) union.add(name);
  }
  return union;
}
