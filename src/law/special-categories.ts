import type { Provision } from './types.js';
import type { SpecialCategoryCondition } from '../model/policy.generated.js';

export interface SpecialCategoryConditionEntry {
  /** Completes "we rely on …". */
  label: string;
  provision: Provision;
}

/**
 * The conditions of GDPR and UK GDPR Art. 9(2) under which special categories of personal data
 * (Art. 9(1)) may be processed, in the article's order. Both laws number them alike.
 */
export const SPECIAL_CATEGORY_CONDITIONS: Readonly<Record<SpecialCategoryCondition, SpecialCategoryConditionEntry>> = {
  explicit_consent: { label: 'your explicit consent', provision: 'Art. 9(2)(a)' },
  employment: { label: 'the need to carry out obligations and exercise rights under employment and social security law', provision: 'Art. 9(2)(b)' },
  vital_interests: { label: "the need to protect your vital interests or someone else's when you cannot give consent", provision: 'Art. 9(2)(c)' },
  not_for_profit: { label: 'our legitimate activities as a not-for-profit body, for our members and regular contacts', provision: 'Art. 9(2)(d)' },
  made_public: { label: 'the fact that you have manifestly made the data public', provision: 'Art. 9(2)(e)' },
  legal_claims: { label: 'the need to establish, exercise or defend legal claims', provision: 'Art. 9(2)(f)' },
  substantial_public_interest: { label: 'reasons of substantial public interest set out in law', provision: 'Art. 9(2)(g)' },
  health_care: { label: 'the purposes of preventive or occupational medicine and health or social care', provision: 'Art. 9(2)(h)' },
  public_health: { label: 'reasons of public interest in the area of public health', provision: 'Art. 9(2)(i)' },
  archiving_research: { label: 'archiving in the public interest, scientific or historical research, or statistics', provision: 'Art. 9(2)(j)' },
};
