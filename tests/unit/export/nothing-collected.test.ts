import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { exportApplePrivacy } from '../../../src/export/apple-privacy.js';
import { exportFeed } from '../../../src/export/feed.js';
import { exportJson } from '../../../src/export/json.js';
import { exportPlayDataSafety } from '../../../src/export/play-data-safety.js';
import { exportRopa } from '../../../src/export/ropa.js';
import { exportSubprocessors } from '../../../src/export/subprocessors.js';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { parseCsv, policyFrom } from './support.js';

/** Codee's policy (tests/fixtures/real/codee): `data_categories: []`, `purposes: []`, here with an app in both stores. */
const policy: Policy = { ...policyFrom('tests/fixtures/real/codee/privacy.yaml'), apps: [{ id: 'app', name: 'Codee Demo', platforms: ['ios', 'android'] }] };
const model = normalize(policy);
const asOf = { date: policy.effective_date, from: 'effective_date' } as const;

describe('each export of a policy that collects no personal data says so in its own format', () => {
  // json.test.ts validates this file's export against the published schema with the others.
  it('json: collects_personal_data is false; a policy that collects data says true', () => {
    const document = JSON.parse(exportJson(model)) as { derived: { collects_personal_data: boolean }; policy: Policy };
    expect(document.derived.collects_personal_data).toBe(false);
    expect(document.policy.data_categories).toEqual([]);
    expect(JSON.parse(exportJson(normalize(policyFrom('tests/fixtures/export/app.yaml')))).derived.collects_personal_data).toBe(true);
  });

  it('subprocessors: the page says no data, not merely no names; the JSON carries the same fact', () => {
    expect(exportSubprocessors(model, 'md', asOf)).toBe(
      '# Subprocessors of Codee\n\nCodee collects no personal data, so no subprocessor processes any on its behalf.\n\nAs of December 7, 2026.\n',
    );
    expect(exportSubprocessors(model, 'html', asOf)).toContain('<p>Codee collects no personal data, so no subprocessor processes any on its behalf.</p>');
    expect(JSON.parse(exportSubprocessors(model, 'json', asOf))).toMatchObject({ collects_personal_data: false, subprocessors: [] });
  });

  it('feed: no entries, and a subtitle that says why', async () => {
    const feed = parseFeed(exportFeed([{ model, label: 'HEAD' }]));
    expect(feed.items).toEqual([]);
    expect(feed.description).toBe('Codee collects no personal data, so no subprocessor processes any on its behalf.');
  });

  it('apple-privacy: "Data Not Collected" for fastlane, and a manifest with no collected data types', () => {
    expect(JSON.parse(exportApplePrivacy(model, 'json'))).toEqual([{ data_protections: ['DATA_NOT_COLLECTED'] }]);
    expect(exportApplePrivacy(model, 'xcprivacy')).toContain('<key>NSPrivacyCollectedDataTypes</key>\n\t<array/>');
  });

  it('play-data-safety: the app collects and shares no user data, and no data type is answered', () => {
    const rows = parseCsv(exportPlayDataSafety(model));
    expect(rows.find((r) => r[0] === 'PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA')?.[2]).toBe('FALSE');
    expect(rows.filter((r) => r[0]?.startsWith('PSL_DATA_TYPES_') && r[2] !== '')).toEqual([]);
  });

  it('ropa: the CSV is its header alone, and the page says there is no processing activity', () => {
    expect(parseCsv(exportRopa(model, 'csv'))).toHaveLength(1);
    const none = 'The policy declares that no personal data is collected, so the record lists no processing activity.';
    const md = exportRopa(model, 'md');
    expect(md).toContain(none);
    expect(md).not.toContain('|');
    expect(exportRopa(model, 'html')).toContain(none);
    expect(exportRopa(model, 'html')).not.toContain('<table');
  });
});
