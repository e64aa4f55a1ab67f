import type { PolicyModel } from '../model/normalize.js';
import type { Jurisdiction, LawfulBasis } from '../model/policy.generated.js';
import { countryName } from '../model/countries.js';
import { inSentence, joinList } from '../render/helpers/text.js';
import { LAWS } from '../law/index.js';

export { inSentence };

/**
 * The phrasing of change summaries that the clause helpers (src/render/helpers) do not already
 * provide: one sentence each, plain words, the company's names as the file spells them.
 */

/** “Session recordings”: names of the company's own things, set apart from the sentence. */
export function quoted(text: string): string {
  return `“${text}”`;
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

/** "your account information and usage data"; an unknown id is shown as written. */
export function categoriesInWords(model: PolicyModel, ids: readonly string[]): string {
  return `your ${joinList(ids.map((id) => inSentence(model.categories.get(id)?.name ?? id)))}`;
}
