import type { Right } from '../model/policy.generated.js';
import { declaredAmong, LAW_NAMES } from './support/jurisdictions.js';
import { grantedRights, rightsListPath } from './support/rights.js';
import { listInWords } from './support/words.js';
import type { Rule } from './types.js';

type EuropeanLaw = 'gdpr' | 'uk_gdpr' | 'swiss_fadp';

const GDPR_RIGHTS: ReadonlyArray<readonly [Right, string]> = [
  ['access', 'Art. 15'],
  ['rectification', 'Art. 16'],
  ['erasure', 'Art. 17'],
  ['restriction', 'Art. 18'],
  ['portability', 'Art. 20'],
  ['object', 'Art. 21'],
  ['complaint', 'Art. 77'],
];

const REQUIRED: Readonly<Record<EuropeanLaw, ReadonlyArray<readonly [Right, string]>>> = {
  gdpr: GDPR_RIGHTS,
  uk_gdpr: GDPR_RIGHTS,
  swiss_fadp: [
    ['access', 'Art. 25'],
    ['rectification', 'Art. 32'],
    ['erasure', 'Art. 32'],
    ['portability', 'Art. 28'],
  ],
};

const AUTOMATED_DECISIONS: Readonly<Record<EuropeanLaw, string>> = { gdpr: 'Art. 22', uk_gdpr: 'Art. 22', swiss_fadp: 'Art. 21' };

export const gdprRightsListed: Rule = {
  meta: {
    id: 'gdpr-rights-listed',
    severity: 'warning',
    description:
      'Under the GDPR or the UK GDPR the policy lists the Art. 15–21 rights and the right to complain (plus withdrawing consent, and the Art. 22 right when decisions are automated); under the Swiss FADP, access, rectification, erasure and portability.',
    rationale:
      'The notice must tell people of their rights of access, rectification, erasure, restriction, portability and objection (GDPR Art. 13(2)(b)), of the right to withdraw consent where processing relies on it (Art. 13(2)(c)), of the right to lodge a complaint (Art. 13(2)(d)) and of automated decision-making (Art. 13(2)(f), 22). The Swiss FADP grants access (Art. 25), portability (Art. 28), and rectification and erasure (Art. 32), and protects against automated decisions (Art. 21). Rights granted to everyone count for every law, and the CCPA names (know, delete, correct) count as their GDPR equivalents.',
  },
  check(policy, report) {
    for (const law of declaredAmong(policy, ['gdpr', 'uk_gdpr', 'swiss_fadp'] as const)) {
      const required = [...REQUIRED[law]];
      if (law !== 'swiss_fadp' && policy.purposes.some((purpose) => purpose.lawful_basis === 'consent')) required.push(['withdraw_consent', 'Art. 7(3)']);
      if (policy.ai?.automated_decisions === true) required.push(['automated_decisions', AUTOMATED_DECISIONS[law]]);
      const granted = grantedRights(policy, law);
      const missing = required.filter(([right]) => !granted.has(right));
      if (missing.length === 0) continue;
      const where = rightsListPath(policy, law);
      report({
        path: where.path,
        onKey: where.onKey,
        message: `Under ${LAW_NAMES[law]}, the policy does not list the right${missing.length === 1 ? '' : 's'} ${listInWords(missing.map(([right, article]) => `'${right}' (${article})`))}.`,
        hint: `Add ${missing.length === 1 ? 'it' : 'them'} to rights.${law}.rights, or to rights.everyone to grant ${missing.length === 1 ? 'it' : 'them'} to all users.`,
      });
    }
  },
};
