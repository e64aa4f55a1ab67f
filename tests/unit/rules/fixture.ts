import { normalize } from '../../../src/model/normalize.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import schema from '../../../schema/privacy.schema.json' with { type: 'json' };
import { formatPath, type Path, type Problem } from '../../../src/diagnostics.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { ruleMessage } from '../../../src/rules/engine/messages.js';
import type { Rule } from '../../../src/rules/types.js';

/**
 * A careful company's policy under the GDPR, the UK GDPR and the CCPA: every rule accepts it
 * (rules.test.ts checks that). Each rule test changes one fact and expects exactly one problem.
 */
export function sensiblePolicy(): Policy {
  return {
    effective_date: '2026-04-03',
    jurisdictions: ['gdpr', 'uk_gdpr', 'ccpa'],
    controller: {
      name: 'Example Ltd',
      email: 'privacy@example-ltd.test',
      country: 'IE',
      address: { street: '1 Main Street', locality: 'Dublin', country: 'IE' },
      representatives: [{ jurisdiction: 'uk_gdpr', name: 'Rep UK Ltd', email: 'uk@rep.example' }],
    },
    data_categories: [
      { id: 'account', name: 'Account information', source: 'provided' },
      { id: 'usage', name: 'Usage data', source: 'automatic' },
      { id: 'payment', name: 'Payment information', source: 'provided' },
    ],
    purposes: [
      { id: 'service', name: 'Provide the service', lawful_basis: 'contract', data_categories: ['account', 'payment'] },
      {
        id: 'security',
        name: 'Keep the service secure',
        lawful_basis: 'legitimate_interests',
        legitimate_interest: 'keeping accounts safe from fraud',
        data_categories: ['usage'],
      },
      {
        id: 'newsletter',
        name: 'Send the newsletter',
        lawful_basis: 'consent',
        consent: { how_given: 'a checkbox at sign-up', withdraw: 'the unsubscribe link in every email' },
        data_categories: ['account'],
      },
    ],
    subprocessors: [
      { name: 'Stripe, Inc.', purpose: 'Payment processing', location: 'US', transfer_mechanism: 'dpf', data_categories: ['payment'], trains_on_data: false },
      { name: 'Amazon Web Services EMEA SARL', purpose: 'Hosting', location: ['IE', 'DE'], data_categories: ['account', 'usage'] },
    ],
    sale_and_sharing: { sells: false, shares_for_advertising: false },
    transfers: { storage: 'IE', mechanisms: ['dpf', 'scc', 'uk_idta'], copies_on_request: true },
    retention: [
      { data_categories: ['account'], period: 'account_lifetime' },
      { data_categories: ['usage'], period: 'P90D' },
      { data_categories: ['payment'], period: 'P7Y', reason: 'tax law' },
    ],
    rights: {
      everyone: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'object', 'withdraw_consent', 'complaint'],
      ccpa: { rights: ['know', 'delete', 'correct', 'opt_out_sale_sharing', 'non_discrimination'], response_time: 'P45D' },
      response_time: 'P1M',
    },
    children: { min_age: 16 },
    cookies: { used: ['strictly_necessary'] },
    ai: { training: 'never', automated_decisions: false },
    breach_notification: { notify_users: true, notify_authority: true, within: 'PT72H', where_feasible: true },
    changes: { notice_period: 'P30D', channels: ['email'], continued_use_is_acceptance: false },
  };
}

/** The sensible policy with one change applied. */
export function policyWith(change: (policy: Policy) => void): Policy {
  const policy = sensiblePolicy();
  change(policy);
  return policy;
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/**
 * What a rule reports for a policy, in report order. Rules only ever see policies that passed the
 * schema, so a test policy the schema rejects fails the test; so does a problem whose path leads
 * nowhere, since the engine could not point at the offending node.
 */
export function check(rule: Rule, policy: Policy): Problem[] {
  if (!validate(policy)) throw new Error(`test policy is not valid: ${ajv.errorsText(validate.errors)}`);
  const problems: Problem[] = [];
  rule.check(
    policy,
    ({ path, onKey, messageId, hintId, data }) => {
      if (!resolves(policy, path)) throw new Error(`${rule.meta.id} reported a path that does not exist: ${formatPath(path)}`);
      // Filled as the engine fills them, so a placeholder without a value fails the rule's tests.
      const message = ruleMessage(rule.meta.messages, messageId, data);
      problems.push({
        path,
        ...(onKey === undefined ? {} : { onKey }),
        message,
        ...(hintId === undefined ? {} : { hint: ruleMessage(rule.meta.messages, hintId, data) }),
      });
    },
    normalize(policy),
  );
  return problems;
}

function resolves(root: unknown, path: Path): boolean {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return true;
}

/** The entry at `index`, for changing it in a test; throws rather than returning undefined. */
export function item<T>(list: readonly T[] | undefined, index: number): T {
  const found = list?.[index];
  if (found === undefined) throw new Error(`no entry at index ${index}`);
  return found;
}
