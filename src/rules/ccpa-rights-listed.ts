import type { Right } from '../model/policy.generated.js';
import { declares } from './support/jurisdictions.js';
import { grantedRights, rightsListPath, saleOrSharing } from './support/rights.js';
import { listInWords } from './support/words.js';
import { defineRule } from './types.js';

const REQUIRED: ReadonlyArray<readonly [Right, string]> = [
  ['know', '1798.110'],
  ['delete', '1798.105'],
  ['correct', '1798.106'],
  ['opt_out_sale_sharing', '1798.120'],
  ['non_discrimination', '1798.125'],
];

export const ccpaRightsListed = defineRule({
  meta: {
    id: 'ccpa-rights-listed',
    severity: 'warning',
    needsCollection: true,
    description: 'Under the CCPA the policy lists the rights to know, delete, correct, opt out of sale and sharing, and non-discrimination.',
    rationale:
      "The privacy policy must describe the consumer's rights (Cal. Civ. Code 1798.130(a)(5)(A); CCPA Regulations 7011(e)): to know (1798.110), delete (1798.105), correct (1798.106, added by the CPRA), opt out of sale and sharing (1798.120) and not be discriminated against for using them (1798.125). The GDPR names access, erasure and rectification count. When data is sold or shared, a missing opt-out is the error sale-opt-out instead.",
    messages: {
      rightsMissing: 'Under the CCPA, the policy does not list the {{rights}} {{missing}}.',
      addRights: 'Add {{them}} to rights.ccpa.rights, or to rights.everyone to grant {{them}} to all users.',
    },
  },
  check(policy, report) {
    if (!declares(policy, 'ccpa')) return;
    const granted = grantedRights(policy, 'ccpa');
    const missing = REQUIRED.filter(([right]) => !granted.has(right) && !(right === 'opt_out_sale_sharing' && saleOrSharing(policy) !== undefined));
    if (missing.length === 0) return;
    const where = rightsListPath(policy, 'ccpa');
    report({
      path: where.path,
      onKey: where.onKey,
      messageId: 'rightsMissing',
      hintId: 'addRights',
      data: {
        rights: missing.length === 1 ? 'right' : 'rights',
        missing: listInWords(missing.map(([right, section]) => `'${right}' (${section})`)),
        them: missing.length === 1 ? 'it' : 'them',
      },
    });
  },
});
