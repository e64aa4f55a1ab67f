import { describe, expect, it } from 'vitest';
import { consentWithdrawal } from '../../../src/rules/consent-withdrawal.js';
import { dataCategoryHasPurpose } from '../../../src/rules/data-category-has-purpose.js';
import { lawfulBasisRequired } from '../../../src/rules/lawful-basis-required.js';
import { legitimateInterestStated } from '../../../src/rules/legitimate-interest-stated.js';
import { check, policyWith } from './fixture.js';

/**
 * Data that stays on the person's device (`on_device`) is not collected: the company processes
 * nothing for a purpose that uses only such data, and keeps nothing it must justify. The Joplin
 * writer met "Data category 'notes' is collected but no purpose uses it" and a missing-basis warning
 * for a purpose that runs only on the device.
 */
const onDevice = policyWith((p) => {
  p.jurisdictions = ['gdpr'];
  p.data_categories.push({ id: 'notes', name: 'Notes', on_device: true }, { id: 'drafts', name: 'Drafts', on_device: true });
  p.purposes.push(
    { id: 'search', name: 'Search your notes on your device', data_categories: ['notes'] },
    { id: 'suggest', name: 'Suggest tags', lawful_basis: ['consent', 'legitimate_interests'], data_categories: ['notes'] },
  );
});

describe('purposes and categories that stay on the device', () => {
  it('ask for no lawful basis', () => {
    expect(check(lawfulBasisRequired, onDevice)).toEqual([]);
  });

  it('still ask for the interest and a way to withdraw consent where the file declares such a basis, since the policy prints it (review of 0428d2e)', () => {
    expect(check(legitimateInterestStated, onDevice).map((f) => f.path)).toEqual([['purposes', 4, 'lawful_basis']]);
    expect(check(consentWithdrawal, onDevice).map((f) => f.path)).toEqual([['purposes', 4, 'lawful_basis']]);
  });

  it('need no purpose, and are never called collected', () => {
    expect(check(dataCategoryHasPurpose, onDevice)).toEqual([]);
  });

  it('still ask for a basis where a purpose also uses data the company receives', () => {
    const mixed = policyWith((p) => {
      p.jurisdictions = ['gdpr'];
      p.data_categories.push({ id: 'notes', name: 'Notes', on_device: true });
      p.purposes.push({ id: 'sync', name: 'Sync', data_categories: ['notes', 'account'] });
    });
    expect(check(lawfulBasisRequired, mixed).map((f) => f.path)).toEqual([['purposes', 3]]);
  });
});
