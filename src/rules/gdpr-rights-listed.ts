import type { Right } from '../model/policy.generated.js';
import { LAWS, NOTICE_RIGHTS, RIGHTS } from '../law/index.js';
import { declaredAmong } from './support/jurisdictions.js';
import { grantedRights, rightsListPath } from './support/rights.js';
import { listInWords } from './support/words.js';
import { defineRule } from './types.js';
import { restsOn } from '../model/normalize.js';

type EuropeanLaw = 'gdpr' | 'uk_gdpr' | 'swiss_fadp';

/** A right with the provision that grants it under `law`, as the message cites it. */
const withProvision = (right: Right, law: EuropeanLaw): readonly [Right, string] => [right, RIGHTS[right].provisions[law] ?? ''];

export const gdprRightsListed = defineRule({
  meta: {
    id: 'gdpr-rights-listed',
    severity: 'warning',
    needsCollection: true,
    description:
      'Under the GDPR or the UK GDPR the policy lists the Art. 15–21 rights and the right to complain (plus withdrawing consent, and the Art. 22 right when decisions are automated); under the Swiss FADP, access, rectification, erasure and portability.',
    rationale:
      'The notice must tell people of their rights of access, rectification, erasure, restriction, portability and objection (GDPR Art. 13(2)(b)), of the right to withdraw consent where processing relies on it (Art. 13(2)(c)), of the right to lodge a complaint (Art. 13(2)(d)) and of automated decision-making (Art. 13(2)(f), 22). The Swiss FADP grants access (Art. 25), portability (Art. 28), and rectification and erasure (Art. 32), and protects against automated decisions (Art. 21). Rights granted to everyone count for every law, and the CCPA names (know, delete, correct) count as their GDPR equivalents.',
    messages: {
      rightsMissing: 'Under {{law}}, the policy does not list the {{rights}} {{missing}}.',
      addRights: 'Add {{them}} to rights.{{key}}.rights, or to rights.everyone to grant {{them}} to all users.',
    },
  },
  check(policy, report) {
    for (const law of declaredAmong(policy, ['gdpr', 'uk_gdpr', 'swiss_fadp'] as const)) {
      const required = NOTICE_RIGHTS[law].map((right) => withProvision(right, law));
      if (RIGHTS.withdraw_consent.provisions[law] !== undefined && policy.purposes.some((purpose) => restsOn(purpose, 'consent')))
        required.push(withProvision('withdraw_consent', law));
      if (policy.ai?.automated_decisions === true) required.push(withProvision('automated_decisions', law));
      const granted = grantedRights(policy, law);
      const missing = required.filter(([right]) => !granted.has(right));
      if (missing.length === 0) continue;
      const where = rightsListPath(policy, law);
      report({
        path: where.path,
        onKey: where.onKey,
        messageId: 'rightsMissing',
        hintId: 'addRights',
        data: {
          law: LAWS[law].short,
          key: law,
          rights: missing.length === 1 ? 'right' : 'rights',
          missing: listInWords(missing.map(([right, article]) => `'${right}' (${article})`)),
          them: missing.length === 1 ? 'it' : 'them',
        },
      });
    }
  },
});
