import { formatPath, type Path } from '../diagnostics.js';
import { isOnDevice } from '../model/normalize.js';
import type { Commitment, Policy } from '../model/policy.generated.js';
import { defineRule } from './types.js';

type Kind = Commitment['kind'];

/** A field that says otherwise, and the products it is scoped to (none: the whole policy). */
interface Fact {
  path: Path;
  fact: string;
  products?: readonly string[];
}

/** For each commitment that another field can contradict: where the file says otherwise, if it does. */
const CONTRADICTIONS: Partial<Record<Kind, (policy: Policy) => Fact[]>> = {
  no_sale: (p) => (p.sale_and_sharing?.sells === true ? [{ path: ['sale_and_sharing', 'sells'], fact: 'it says personal data is sold' }] : []),
  no_advertising_sharing: (p) =>
    p.sale_and_sharing?.shares_for_advertising === true
      ? [{ path: ['sale_and_sharing', 'shares_for_advertising'], fact: 'it says personal data is shared for cross-context behavioural advertising' }]
      : [],
  no_ai_training: (p) => [
    ...(p.ai?.training !== undefined && p.ai.training !== 'never'
      ? [{ path: ['ai', 'training'], fact: `it says user data trains AI models ('${p.ai.training}')` }]
      : []),
    ...(p.subprocessors ?? []).flatMap((s, i) =>
      s.trains_on_data === true
        ? [{ path: ['subprocessors', i, 'trains_on_data'], fact: `subprocessor '${s.name}' may train its models on the data`, products: s.products }]
        : [],
    ),
  ],
  no_third_party_advertising: (p) => [
    ...(p.cookies?.third_party_tracking === true
      ? [{ path: ['cookies', 'third_party_tracking'], fact: 'it says third-party tracking scripts or advertising cookies run', products: p.cookies.products }]
      : []),
    ...(p.sale_and_sharing?.shares_for_advertising === true
      ? [{ path: ['sale_and_sharing', 'shares_for_advertising'], fact: 'it says personal data is shared for cross-context behavioural advertising' }]
      : []),
  ],
  no_special_categories: (p) =>
    p.data_categories.flatMap((c, i) =>
      // Sensitive data that stays on the device is not collected: the commitment holds.
      c.sensitive === true && !isOnDevice(c)
        ? [{ path: ['data_categories', i, 'sensitive'], fact: `data category '${c.id}' is marked sensitive`, products: c.products }]
        : [],
    ),
};

export const commitmentContradicted = defineRule({
  meta: {
    id: 'commitment-contradicted',
    severity: 'error',
    description:
      'No commitment is contradicted by another field for the same products: never sell against sale_and_sharing.sells, no advertising sharing or third-party advertising against advertising sharing or third-party tracking, no AI training against ai.training or a provider that trains, no special categories against a category marked sensitive.',
    rationale:
      'A policy that promises one thing in its commitments and says the opposite elsewhere tells readers two things, one of them false: a misleading statement (GDPR Art. 5(1)(a), 12(1); FTC Act s. 5; Cal. Civ. Code § 1798.100). The built policy would print both. The company has to decide which is true.',
    messages: {
      contradicted: "The commitment '{{kind}}' is contradicted by {{where}}: {{fact}}.",
      decide: 'Correct whichever is not true: remove or narrow the commitment, or change the other field.',
    },
  },
  check(policy, report) {
    (policy.commitments ?? []).forEach((commitment, index) => {
      // The company's own statement replaces the standard sentence; its kind still says what it promises.
      for (const { path, fact, products } of CONTRADICTIONS[commitment.kind]?.(policy) ?? []) {
        if (!overlap(commitment.products, products)) continue;
        report({
          path: ['commitments', index, 'kind'],
          messageId: 'contradicted',
          hintId: 'decide',
          data: { kind: commitment.kind, fact, where: formatPath(path) },
        });
      }
    });
  },
});

/**
 * Whether a commitment and a fact speak of some product in common. A commitment for every product
 * meets every fact; one made for some products meets a fact scoped to one of them, but not a fact
 * stated for the whole policy, which may be true of the other products only.
 */
function overlap(commitment: readonly string[] | undefined, fact: readonly string[] | undefined): boolean {
  if (commitment === undefined) return true;
  return fact !== undefined && fact.some((id) => commitment.includes(id));
}
