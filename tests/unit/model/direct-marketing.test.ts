import { describe, expect, it } from 'vitest';
import { isDirectMarketing, marketingOptOut, normalize, objectionToMarketing } from '../../../src/model/normalize.js';
import type { Policy, Purpose } from '../../../src/model/policy.generated.js';
import { policyWith } from '../rules/fixture.js';

const purpose = (extra: Partial<Purpose>): Purpose => ({ id: 'offers', name: 'Email you offers', data_categories: ['account'], ...extra });

describe('direct marketing in the model', () => {
  it('reads `true` and the object with an opt-out alike, and `false` as no marketing', () => {
    expect(isDirectMarketing(purpose({ direct_marketing: true }))).toBe(true);
    expect(isDirectMarketing(purpose({ direct_marketing: {} }))).toBe(true);
    expect(isDirectMarketing(purpose({ direct_marketing: false }))).toBe(false);
    expect(isDirectMarketing(purpose({}))).toBe(false);
    expect(marketingOptOut(purpose({ direct_marketing: { opt_out: 'reply STOP' } }))).toBe('reply STOP');
    expect(marketingOptOut(purpose({ direct_marketing: true }))).toBeUndefined();
  });

  it('asks for the objection where consent alone does not stop the marketing', () => {
    const policy: Pick<Policy, 'data_categories'> = { data_categories: [{ id: 'account', name: 'Account', source: 'provided' }] };
    const on = (lawful_basis: Purpose['lawful_basis']): boolean => objectionToMarketing(policy, purpose({ lawful_basis, direct_marketing: true }));
    expect(on('legitimate_interests')).toBe(true);
    expect(on('contract')).toBe(true);
    expect(on(['consent', 'legitimate_interests'])).toBe(true);
    expect(on(undefined)).toBe(true);
    expect(on('consent')).toBe(false);
    expect(on(['consent'])).toBe(false);
  });

  it('derives the laws that give the right and every marketing purpose, once one needs the objection', () => {
    const policy = policyWith((p) => {
      p.purposes.push({ ...purpose({ lawful_basis: 'legitimate_interests', legitimate_interest: 'selling more' }), direct_marketing: true });
      p.purposes[2] = { ...p.purposes[2]!, direct_marketing: true };
    });
    const model = normalize(policy);
    expect(model.marketingObjection?.laws).toEqual(['gdpr', 'uk_gdpr']);
    expect(model.marketingObjection?.purposes.map((p) => p.id)).toEqual(['newsletter', 'offers']);
    expect(normalize({ ...policy, jurisdictions: ['swiss_fadp', 'ccpa'] }).marketingObjection).toBeUndefined();
    expect(normalize({ ...policy, purposes: policy.purposes.slice(0, 3) }).marketingObjection).toBeUndefined();
  });
});
