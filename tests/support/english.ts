/**
 * Finding policyc's English in a notice written in another language. The vocabulary is the words
 * policyc itself writes in English notices (the caller collects them by rendering the same changes
 * in English); the company's own words are taken out of the text first, since a company may write
 * its file in English only and the notice then quotes it as written.
 */

/**
 * Words an English sentence of policyc shares with German or French ones, as names or as the
 * same word in both languages: not a sign of English.
 */
const SHARED = new Set([
  // Names of things, the same in every language.
  'policyc',
  'android',
  'ios',
  'app',
  'apps',
  'cookie',
  'cookies',
  'tracking',
  'website',
  'websites',
  'pixel',
  'warrant', // "Warrant Canary"
  'canary',
  // Words spelled alike in English and German ("Training", "Link", "Browser", "Tool", "Post", "April", "was") or French.
  'training',
  'marketing',
  'store',
  'labels',
  'link',
  'browser',
  'tool',
  'internet',
  'signal',
  'union',
  'april',
  'august',
  'september',
  'november',
  'post',
  'was',
  'information',
  'protection',
  'parents',
  'identification',
  'extension',
  'service',
  'site',
  'sites',
  'date',
  'version',
  'questions',
  'copies',
  'exceptions',
  'scripts',
  'adaptations',
  'description',
  'section',
  'page', // French "la page web"
  'instructions',
  'minimum',
  'contact',
  'plan',
  'fax',
  'forum', // German "Forum", French "forum"
  'public', // French "forum public"
  'obligation', // French "une obligation légale"
]);

/** Names a notice gives in English in every language: signals and frameworks called so by their makers. */
const NAMES = ['Do-Not-Track', 'Do Not Track', 'Global Privacy Control', 'Data Privacy Framework', 'EU-U.S.', 'Swiss-U.S.', 'UK GDPR'];

/** Lower-cased words of `text`, letters only. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 3);
}

/** Every string in a value (a policy, or part of one), for taking the company's words out of a text. */
export function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

/**
 * `text` without the company's words: each string of `company` (and its form without a final full
 * stop), longest first, and any address; spaces made plain so a wrapped or typeset text matches.
 */
export function withoutCompanyWords(text: string, company: readonly string[]): string {
  let plain = text.replace(/[\s\u00a0\u202f]+/g, ' ');
  const variants = new Set<string>();
  for (const s of company) {
    const one = s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
    if (one.length < 2) continue;
    variants.add(one);
    variants.add(one.replace(/\.$/, ''));
  }
  for (const name of NAMES) variants.add(name);
  // Whole words only ("US" is no part of "must"), longest first, in any case (a label starts in lower case inside a sentence).
  const all = [...variants].sort((a, b) => b.length - a.length).map(escape);
  plain = plain.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${all.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), ' ');
  return plain.replace(/\b(?:https?:\/\/|mailto:)\S+/g, ' ').replace(/\S+@\S+/g, ' ');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words of `vocabulary` (policyc's English) found in `text` once the company's words are out. */
export function englishIn(text: string, vocabulary: ReadonlySet<string>, company: readonly string[]): string[] {
  const found = new Set(wordsOf(withoutCompanyWords(text, company)).filter((w) => vocabulary.has(w) && !SHARED.has(w)));
  return [...found].sort();
}
