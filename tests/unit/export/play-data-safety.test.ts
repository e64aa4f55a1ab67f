import { describe, expect, it } from 'vitest';
import { exportPlayDataSafety } from '../../../src/export/play-data-safety.js';
import { normalize } from '../../../src/model/normalize.js';
import { APP, modelFrom, parseCsv, policyFrom } from './support.js';

/**
 * The Play Console's Data safety CSV, as its template defines it (Play Console > App content >
 * Data safety > Export to CSV; the format: support.google.com/googleplay/android-developer/answer/10787469,
 * "Understand the CSV format"): five named columns, and per data type a block of usage questions.
 */
const HEADER = ['Question ID (machine readable)', 'Response ID (machine readable)', 'Response value', 'Answer requirement', 'Human-friendly question label'];
const REQUIREMENTS = new Set(['REQUIRED', 'MAYBE_REQUIRED', 'OPTIONAL', 'MULTIPLE_CHOICE', 'SINGLE_CHOICE']);
const DATA_TYPES =
  'NAME EMAIL USER_ACCOUNT ADDRESS PHONE RACE_ETHNICITY POLITICAL_RELIGIOUS SEXUAL_ORIENTATION_GENDER_IDENTITY OTHER_PERSONAL CREDIT_DEBIT_BANK_ACCOUNT_NUMBER PURCHASE_HISTORY CREDIT_SCORE OTHER APPROX_LOCATION PRECISE_LOCATION WEB_BROWSING_HISTORY EMAILS SMS_CALL_LOG OTHER_MESSAGES PHOTOS VIDEOS AUDIO MUSIC OTHER_AUDIO HEALTH FITNESS CONTACTS CALENDAR CRASH_LOGS PERFORMANCE_DIAGNOSTICS OTHER_PERFORMANCE FILES_AND_DOCS USER_INTERACTION IN_APP_SEARCH_HISTORY APPS_ON_DEVICE USER_GENERATED_CONTENT OTHER_APP_ACTIVITY DEVICE_ID'
    .split(' ')
    .map((t) => `PSL_${t}`);
const PURPOSES = [
  'PSL_APP_FUNCTIONALITY',
  'PSL_ANALYTICS',
  'PSL_DEVELOPER_COMMUNICATIONS',
  'PSL_FRAUD_PREVENTION_SECURITY',
  'PSL_ADVERTISING',
  'PSL_PERSONALIZATION',
  'PSL_ACCOUNT_MANAGEMENT',
];

describe('play-data-safety: the Play Console CSV', () => {
  const csv = exportPlayDataSafety(modelFrom(APP));
  const [header, ...rows] = parseCsv(csv);
  const value = (question: string, response = ''): string | undefined => rows.find((r) => r[0] === question && r[1] === response)?.[2];

  it("has the template's header and five fields in every row, each requirement one the template uses", () => {
    expect(header).toEqual(HEADER);
    for (const row of rows) {
      expect(row).toHaveLength(5);
      expect(REQUIREMENTS).toContain(row[3]);
      expect(['', 'TRUE', 'FALSE']).toContain(/^https?:/.test(row[2]!) ? '' : row[2]);
    }
  });

  it("asks every data type, and the template's usage questions for each", () => {
    expect(rows.filter((r) => r[0]!.startsWith('PSL_DATA_TYPES_')).map((r) => r[1])).toEqual(DATA_TYPES);
    for (const type of DATA_TYPES) {
      const block = rows.filter((r) => r[0]!.startsWith(`PSL_DATA_USAGE_RESPONSES:${type}:`)).map((r) => `${r[0]!.split(':')[2]} ${r[1]}`);
      expect(block).toEqual([
        'PSL_DATA_USAGE_COLLECTION_AND_SHARING PSL_DATA_USAGE_ONLY_COLLECTED',
        'PSL_DATA_USAGE_COLLECTION_AND_SHARING PSL_DATA_USAGE_ONLY_SHARED',
        'PSL_DATA_USAGE_EPHEMERAL ',
        'DATA_USAGE_USER_CONTROL PSL_DATA_USAGE_USER_CONTROL_OPTIONAL',
        'DATA_USAGE_USER_CONTROL PSL_DATA_USAGE_USER_CONTROL_REQUIRED',
        ...PURPOSES.map((p) => `DATA_USAGE_COLLECTION_PURPOSE ${p}`),
        ...PURPOSES.map((p) => `DATA_USAGE_SHARING_PURPOSE ${p}`),
      ]);
    }
  });

  it('answers what the file declares', () => {
    expect(value('PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA')).toBe('TRUE');
    expect(value('PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT')).toBe('TRUE');
    expect(value('PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', 'PSL_ACM_OAUTH')).toBe('TRUE');
    expect(value('PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', 'PSL_ACM_NONE')).toBe('');
    expect(value('PSL_ACCOUNT_DELETION_URL')).toBe('https://example.com/delete-account');
    expect(value('PSL_SUPPORT_DATA_DELETION_BY_USER', 'DATA_DELETION_YES')).toBe('TRUE');
    const ticked = rows.filter((r) => r[0]!.startsWith('PSL_DATA_TYPES_') && r[2] === 'TRUE').map((r) => r[1]);
    expect(ticked).toEqual(['PSL_NAME', 'PSL_EMAIL', 'PSL_PHOTOS', 'PSL_USER_INTERACTION', 'PSL_DEVICE_ID']);
    const usage = (type: string, question: string, response = ''): string | undefined => value(`PSL_DATA_USAGE_RESPONSES:${type}:${question}`, response);
    // Photos: optional, collected for the app; device ids: shared for advertising, required.
    expect(usage('PSL_PHOTOS', 'DATA_USAGE_USER_CONTROL', 'PSL_DATA_USAGE_USER_CONTROL_OPTIONAL')).toBe('TRUE');
    expect(usage('PSL_PHOTOS', 'PSL_DATA_USAGE_EPHEMERAL')).toBe('FALSE');
    expect(usage('PSL_DEVICE_ID', 'PSL_DATA_USAGE_COLLECTION_AND_SHARING', 'PSL_DATA_USAGE_ONLY_SHARED')).toBe('TRUE');
    expect(usage('PSL_DEVICE_ID', 'DATA_USAGE_SHARING_PURPOSE', 'PSL_ADVERTISING')).toBe('TRUE');
    expect(usage('PSL_DEVICE_ID', 'DATA_USAGE_USER_CONTROL', 'PSL_DATA_USAGE_USER_CONTROL_REQUIRED')).toBe('TRUE');
    expect(usage('PSL_EMAIL', 'DATA_USAGE_COLLECTION_PURPOSE', 'PSL_ACCOUNT_MANAGEMENT')).toBe('TRUE');
    expect(usage('PSL_EMAIL', 'PSL_DATA_USAGE_COLLECTION_AND_SHARING', 'PSL_DATA_USAGE_ONLY_SHARED')).toBe('');
    // A type the app does not collect is left unanswered.
    expect(rows.filter((r) => r[0]!.startsWith('PSL_DATA_USAGE_RESPONSES:PSL_HEALTH:')).every((r) => r[2] === '')).toBe(true);
  });

  it('answers no to collection when the app collects nothing', () => {
    const policy = policyFrom(APP);
    for (const category of policy.data_categories) category.stores = { in_app: false };
    const records = parseCsv(exportPlayDataSafety(normalize(policy)));
    expect(records.find((r) => r[0] === 'PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA')?.[2]).toBe('FALSE');
    const dataRows = records.filter((r) => r[0]!.startsWith('PSL_DATA_TYPES_') || r[0]!.startsWith('PSL_DATA_USAGE_RESPONSES:'));
    expect(dataRows.every((r) => r[2] === '')).toBe(true);
    expect(records.find((r) => r[0] === 'PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT')?.[2]).toBe('');
  });
});
