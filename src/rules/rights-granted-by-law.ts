import { grantsRight, LAWS, RIGHTS, type RightsLawId } from '../law/index.js';
import type { Right } from '../model/policy.generated.js';
import { capitalize } from '../render/helpers/text.js';
import { defineRule } from './types.js';

const LISTS: readonly RightsLawId[] = ['gdpr', 'uk_gdpr', 'swiss_fadp', 'ccpa'];

/**
 * Whether `law`'s list may name `right` although the law base gives it no provision there. The
 * CCPA's rights are an exhaustive list, so a right it does not name is not the CCPA's; a right
 * only the CCPA names (the right to know, to opt out of sale) is not a European law's, which
 * grants its own under another name. Complaints go to each law's authority (LawEntry).
 */
function misplaced(right: Right, law: RightsLawId): boolean {
  // The same right under the law's own name counts (access is the CCPA's right to know).
  if (right === 'complaint' || grantsRight(law, right)) return false;
  const provisions = RIGHTS[right].provisions;
  if (law === 'ccpa') return true;
  const granting = Object.keys(provisions);
  return granting.length > 0 && granting.every((l) => l === 'ccpa');
}

export const rightsGrantedByLaw = defineRule({
  meta: {
    id: 'rights-granted-by-law',
    severity: 'error',
    description: "A law's list of rights (rights.<law>.rights) names only rights that law grants.",
    rationale:
      'The policy introduces each list with "Under <law>, you have the following rights" and explains each right in that law\'s terms. A right the law does not grant would be a false statement of the law: the CCPA gives no right to restriction of processing or to opt out of marketing emails, and the GDPR has no "right to know" or "right to opt out of sale" by those names (its rights of access and to object are the ones to list). A right the company gives beyond the law belongs in rights.everyone, where it reads as the company\'s promise.',
    messages: {
      notGranted: "{{law}} does not grant the right '{{right}}'.",
      moveToEveryone:
        'Remove it from rights.{{id}}.rights; if you give it to everyone, list it under rights.everyone with your instructions for it (rights.instructions.{{right}}).',
    },
  },
  check(policy, report) {
    for (const law of LISTS) {
      const list = policy.rights?.[law]?.rights ?? [];
      list.forEach((right, index) => {
        if (!misplaced(right, law)) return;
        report({
          path: ['rights', law, 'rights', index],
          messageId: 'notGranted',
          hintId: 'moveToEveryone',
          data: { law: capitalize(LAWS[law].short), right, id: law },
        });
      });
    }
  },
});
