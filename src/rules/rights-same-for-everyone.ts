import type { Right } from '../model/policy.generated.js';
import { LAWS, SAME_RIGHT, type RightsLawId } from '../law/index.js';
import { declaredAmong } from './support/jurisdictions.js';
import { quotedList } from './support/words.js';
import { defineRule } from './types.js';

const RIGHTS_LAWS: readonly RightsLawId[] = ['gdpr', 'uk_gdpr', 'swiss_fadp', 'ccpa'];

/**
 * A complaint goes to the authority of the place whose law grants it: a law's list may name one
 * without contradicting "the same rights for everyone".
 */
const PLACE_BOUND: ReadonlySet<Right> = new Set(['complaint']);

export const rightsSameForEveryone = defineRule({
  meta: {
    id: 'rights-same-for-everyone',
    severity: 'error',
    description: "A policy that gives everyone the same rights (rights.same_for_everyone) lists in rights.everyone every right a law's list grants.",
    rationale:
      "The policy says that everyone has the same rights wherever they live; a right granted only under one law (say portability under the GDPR) would then be listed for that law alone, and the built policy would contradict itself. The right to complain to a supervisory authority is the exception: the authority belongs to the place. Rights the law treats as the same (erasure and the CCPA's delete, access and know, rectification and correct) count as one.",
    messages: {
      notForEveryone:
        'The policy says everyone has the same rights (rights.same_for_everyone), but {{law}} grants the {{rights}} {{missing}}, which rights.everyone does not list.',
      listForEveryone: 'Add {{them}} to rights.everyone, or remove rights.same_for_everyone.',
    },
  },
  check(policy, report) {
    const rights = policy.rights;
    if (rights?.same_for_everyone !== true) return;
    const everyone = new Set<Right>(rights.everyone ?? []);
    for (const [a, b] of SAME_RIGHT) {
      if (everyone.has(a)) everyone.add(b);
      if (everyone.has(b)) everyone.add(a);
    }
    for (const law of declaredAmong(policy, RIGHTS_LAWS)) {
      const missing = (rights[law]?.rights ?? []).filter((right) => !everyone.has(right) && !PLACE_BOUND.has(right));
      if (missing.length === 0) continue;
      report({
        path: ['rights', law, 'rights'],
        messageId: 'notForEveryone',
        hintId: 'listForEveryone',
        data: {
          law: LAWS[law].short,
          rights: missing.length === 1 ? 'right' : 'rights',
          missing: quotedList(missing),
          them: missing.length === 1 ? 'it' : 'them',
        },
      });
    }
  },
});
