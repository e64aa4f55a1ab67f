import type { Policy } from '../../../src/model/policy.generated.js';
import { policyWith } from './fixture.js';

/** The sensible policy with an app in both stores, every category and purpose named in the stores' words. */
export function appPolicy(change: (policy: Policy) => void = () => undefined): Policy {
  return policyWith((p) => {
    p.apps = [{ id: 'app', name: 'Example', platforms: ['ios', 'android'], encrypted_in_transit: true }];
    const [account, usage, payment] = p.data_categories;
    account!.stores = { apple: { types: ['email_address', 'name'] }, google: { types: ['email_address', 'name'] } };
    usage!.stores = { apple: { types: ['product_interaction'], linked: false }, google: { types: ['app_interactions'] } };
    payment!.stores = { apple: { types: ['payment_information'] }, google: { types: ['user_payment_info'] } };
    const [service, security, newsletter] = p.purposes;
    service!.stores = { apple: ['app_functionality'], google: ['app_functionality', 'account_management'] };
    security!.stores = { apple: ['app_functionality'], google: ['fraud_prevention_security'] };
    newsletter!.stores = { apple: ['developers_advertising'], google: ['developer_communications'] };
    change(p);
  });
}
