import { describe, expect, it } from 'vitest';
import { appleUsages } from '../../../src/export/apple-privacy.js';
import { exportJson } from '../../../src/export/json.js';
import { googleUsages } from '../../../src/export/play-data-safety.js';
import { exportFeed } from '../../../src/export/feed.js';
import { exportRopa, ropaTable } from '../../../src/export/ropa.js';
import { exportSubprocessors } from '../../../src/export/subprocessors.js';
import { normalize, type PolicyModel } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { APP, policyFrom } from './support.js';

/**
 * The app of tests/fixtures/export with browsing history that stays on the phone (`on_device`),
 * named in the stores' words and used by a purpose of its own: Apple's "collect" means sent off the
 * device, and Google's Data safety does not count data processed only on it, so neither label
 * lists it; nor does the controller's record of processing.
 */
function withHistory(change: (p: Policy) => void = () => {}): PolicyModel {
  const policy = policyFrom(APP);
  policy.data_categories.push({
    id: 'history',
    name: 'Browsing history',
    on_device: true,
    stores: { apple: { types: ['browsing_history'] }, google: { types: ['web_browsing_history'] } },
  });
  policy.purposes.push({
    id: 'reader',
    name: 'Offer reading suggestions on your phone',
    lawful_basis: 'contract',
    data_categories: ['history'],
    stores: { apple: ['app_functionality'], google: ['app_functionality'] },
  });
  policy.purposes[0]!.data_categories!.push('history');
  change(policy);
  return normalize(policy);
}

describe('exports of data that stays on the device', () => {
  it('leave it out of the App Store label and the Data safety form', () => {
    const base = normalize(policyFrom(APP));
    expect(appleUsages(withHistory())).toEqual(appleUsages(base));
    expect(googleUsages(withHistory())).toEqual(googleUsages(base));
    expect(appleUsages(withHistory()).map((u) => u.type)).not.toContain('browsing_history');
  });

  it('leave it out of the Art. 30 record, and a purpose that uses nothing else', () => {
    const table = ropaTable(withHistory());
    expect(table.rows.map((row) => row[0])).not.toContain('Offer reading suggestions on your phone');
    expect(JSON.stringify(table.rows)).not.toContain('Browsing history');
    expect(table.rows).toEqual(ropaTable(normalize(policyFrom(APP))).rows);
  });

  it('carry on_device in the JSON export, and count a policy of on-device data alone as collecting none', () => {
    const json = JSON.parse(exportJson(withHistory())) as { policy: Policy; derived: { collects_personal_data: boolean } };
    expect(json.policy.data_categories.find((c) => c.id === 'history')?.on_device).toBe(true);
    expect(json.derived.collects_personal_data).toBe(true);
    const alone = withHistory((p) => {
      p.data_categories = p.data_categories.filter((c) => c.on_device === true);
      p.purposes = p.purposes.filter((purpose) => purpose.id === 'reader');
      delete p.subprocessors;
      delete p.retention;
    });
    expect((JSON.parse(exportJson(alone)) as { derived: { collects_personal_data: boolean } }).derived.collects_personal_data).toBe(false);
    expect(exportSubprocessors(alone, 'md', { date: '2026-04-03', from: 'effective_date' })).toContain(
      'Example Apps Ltd collects no personal data, so no subprocessor processes any on its behalf.',
    );
  });

  // One meaning of "collects nothing" (PolicyModel.collectsNothing): every export that says it
  // agrees with the JSON's collects_personal_data, also when the data is all on the device.
  it('say that a policy of on-device data alone collects nothing, in every export', () => {
    const alone = withHistory((p) => {
      p.data_categories = p.data_categories.filter((c) => c.on_device === true);
      p.purposes = p.purposes.filter((purpose) => purpose.id === 'reader');
      delete p.subprocessors;
      delete p.retention;
    });
    expect(alone.collectsNothing).toBe(true);
    const ropa = exportRopa(alone, 'md');
    expect(ropa).toContain('The policy declares that no personal data is collected, so the record lists no processing activity.');
    expect(ropa).not.toContain('One row per processing activity');
    expect(exportFeed([{ model: alone, label: 'privacy.yaml' }])).toContain(
      '<subtitle>Example Apps Ltd collects no personal data, so no subprocessor processes any on its behalf.</subtitle>',
    );
    expect(withHistory().collectsNothing).toBe(false);
  });
});
