import type { PolicyModel } from '../model/normalize.js';
import type { Jurisdiction, LawfulBasis } from '../model/policy.generated.js';
import { countryName } from '../model/countries.js';
import { inSentence, joinList } from '../render/helpers/text.js';
import { LAWS } from '../law/index.js';
import { words } from '../i18n/active.js';

export { inSentence };

/**
 * The phrasing of change summaries that the clause helpers (src/render/helpers) do not already
 * provide: one sentence each, plain words, the company's names as the file spells them.
 */

/** “Session recordings”: names of the company's own things, set apart from the sentence. */
export function quoted(text: string): string {
  return `“${text}”`;
}

/** The names of categories, for a phrase to list; an unknown id is shown as written. */
export function categoryNames(model: PolicyModel, ids: readonly string[]): string[] {
  return ids.map((id) => model.categories.get(id)?.name ?? id);
}

/** "United States, Ireland", for a parenthesis after a name. */
export function countryNames(codes: readonly string[]): string {
  return codes.map(countryName).join(', ');
}

const BASES: Readonly<Record<LawfulBasis, string>> = {
  consent: 'your consent',
  contract: 'our contract with you',
  legal_obligation: 'a legal obligation',
  vital_interests: 'the protection of vital interests',
  public_task: 'a task in the public interest',
  legitimate_interests: 'our legitimate interests',
};

/** "our legitimate interests", to follow "based on" or "rely on". */
export function basisInWords(basis: LawfulBasis): string {
  return BASES[basis];
}

/** A law's full name, from the law base: "the EU General Data Protection Regulation (GDPR)". */
export function lawInWords(jurisdiction: Jurisdiction): string {
  return LAWS[jurisdiction].name;
}

/**
 * "your account information and usage data"; an unknown id is shown as written. A name that is no
 * plain noun phrase after "your" ("What you type into the search bar", "Sites you visit through
 * Firefox Suggest") is quoted, and the list follows "your data" in parentheses, so the sentence
 * holds whatever the company called its categories.
 */
export function categoriesInWords(model: PolicyModel, ids: readonly string[]): string {
  const names = ids.map((id) => model.categories.get(id)?.name ?? id);
  const inText = names.map(nameInSentence);
  if (inText.every(takesYour)) return `your ${joinList(inText)}`;
  return `your data (${joinList(inText.map((name, i) => (takesYour(name) ? name : quoted(names[i] as string))))})`;
}

/** "Communications" and "Usage data" lower-cased, "IP addresses" and "Google Analytics data" not. */
function nameInSentence(name: string): string {
  return words().lowerCaseNames && /^\p{Lu}\p{Ll}+$/u.test(name) ? name.toLowerCase() : inSentence(name);
}

/** Words that open a clause ("what you type"), not a noun phrase that "your" can precede. */
const CLAUSE_OPENERS = /^(what|which|whom?|whose|when|where|how|why|whether|if|that|this|these|those|any|all|your|our|their|my|the|a|an)\b/iu;

/**
 * A noun phrase that "your" can go before: not a clause ("What you type"), and not one that speaks
 * to the reader itself ("Sites you visit", which would read "your sites you visit").
 */
function takesYour(name: string): boolean {
  return !CLAUSE_OPENERS.test(name) && !/\byou(rs?)?\b/iu.test(name);
}
