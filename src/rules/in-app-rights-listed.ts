import type { Policy, Right } from '../model/policy.generated.js';
import { SAME_RIGHT, type RightsLawId } from '../law/index.js';
import { declaredAmong } from './support/jurisdictions.js';
import { defineRule } from './types.js';

const RIGHTS_LAWS: readonly RightsLawId[] = ['gdpr', 'uk_gdpr', 'swiss_fadp', 'ccpa'];

/** Every right the built policy lists: for everyone, and under each declared law (a right the law names otherwise counts too). */
function listedRights(policy: Policy): Set<Right> {
  const rights = policy.rights;
  const listed = new Set<Right>([...(rights?.everyone ?? []), ...declaredAmong(policy, RIGHTS_LAWS).flatMap((law) => rights?.[law]?.rights ?? [])]);
  for (const [a, b] of SAME_RIGHT) {
    if (listed.has(a)) listed.add(b);
    if (listed.has(b)) listed.add(a);
  }
  return listed;
}

export const inAppRightsListed = defineRule({
  meta: {
    id: 'in-app-rights-listed',
    severity: 'warning',
    description: 'The rights rights.in_app_rights names are rights the policy lists, for everyone or under a declared law.',
    rationale:
      'The policy says "For the right of access, you can also go to …" for each right in rights.in_app_rights. A right the policy lists nowhere is then named only as a channel: the reader is told where to exercise a right the policy never says they have, or what it means (the MDN Plus review). List the right, for everyone (rights.everyone) or under the law that grants it, or leave it out of rights.in_app_rights.',
    messages: {
      notListed:
        "The right '{{right}}' in rights.in_app_rights is not listed for everyone or under a declared law, so the policy names a place to exercise a right it never says people have.",
      listIt: "List '{{right}}' in rights.everyone or in a law's list (rights.<law>.rights), or remove it from rights.in_app_rights.",
    },
  },
  check(policy, report) {
    const named = policy.rights?.in_app_rights ?? [];
    if (named.length === 0) return;
    const listed = listedRights(policy);
    named.forEach((right, index) => {
      if (listed.has(right)) return;
      report({ path: ['rights', 'in_app_rights', index], messageId: 'notListed', hintId: 'listIt', data: { right } });
    });
  },
});
