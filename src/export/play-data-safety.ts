import type { PolicyModel } from '../model/normalize.js';
import type { App, GoogleDataType, GooglePurpose } from '../model/policy.generated.js';
import { selectApp, storeCategories } from './app-data.js';
import { GOOGLE_ACCOUNT_CREATION, GOOGLE_DATA_TYPES, GOOGLE_PURPOSES } from './stores.js';
import { toCsv } from './table.js';

/** One Google data type the app collects, merged over every category that contains it. */
export interface GoogleUsage {
  type: GoogleDataType;
  purposes: GooglePurpose[];
  sharedFor: GooglePurpose[];
  ephemeral: boolean;
  /** Users can choose whether it is collected: every category holding it is optional. */
  optional: boolean;
}

/** The Data safety answers for each data type, from the store names of the file's categories and purposes. */
export function googleUsages(model: PolicyModel): GoogleUsage[] {
  const byType = new Map<GoogleDataType, GoogleUsage>();
  for (const { category, names, purposes } of storeCategories(model, 'google')) {
    for (const type of names.types) {
      const seen = byType.get(type);
      byType.set(type, {
        type,
        purposes: [...new Set([...(seen?.purposes ?? []), ...purposes])],
        sharedFor: [...new Set([...(seen?.sharedFor ?? []), ...(names.shared_for ?? [])])],
        // Stored anywhere means not ephemeral; required anywhere means required.
        ephemeral: (seen?.ephemeral ?? true) && names.ephemeral === true,
        optional: (seen?.optional ?? true) && category.optional === true,
      });
    }
  }
  return [...byType.values()];
}

type Row = [question: string, response: string, value: string, requirement: string, label: string];

const HEADER = ['Question ID (machine readable)', 'Response ID (machine readable)', 'Response value', 'Answer requirement', 'Human-friendly question label'];

/**
 * Google Play's Data safety form as the CSV the Play Console imports ("Import from CSV") and the
 * Play Developer API's applications.dataSafety takes: every row of the Console's template, in its
 * order, answered where the file says, blank where it does not (the Console then asks).
 */
export function exportPlayDataSafety(model: PolicyModel, appId?: string): string {
  const app = selectApp(model, 'android', appId);
  const usages = new Map(googleUsages(model).map((u) => [u.type, u]));
  const rows: Row[] = [...appRows(model, app, usages.size > 0)];
  for (const [type, { group, id, label }] of Object.entries(GOOGLE_DATA_TYPES))
    rows.push([group, id, usages.has(type as GoogleDataType) ? 'TRUE' : '', 'MULTIPLE_CHOICE', label]);
  for (const [type, { id, label }] of Object.entries(GOOGLE_DATA_TYPES))
    rows.push(...usageRows(id, label.split(' / ').at(-1) as string, usages.get(type as GoogleDataType)));
  return toCsv({ columns: HEADER, rows });
}

const bool = (value: boolean | undefined): string => (value === undefined ? '' : value ? 'TRUE' : 'FALSE');
const tick = (on: boolean): string => (on ? 'TRUE' : '');

/** The questions about the app as a whole. */
function appRows(model: PolicyModel, app: App, collects: boolean): Row[] {
  const methods = app.account_creation ?? [];
  const deletion = app.data_deletion_url !== undefined || offersDeletion(model);
  const rows: Row[] = [
    ['PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA', '', bool(collects), 'REQUIRED', 'Does your app collect or share any of the required user data types?'],
    [
      'PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT',
      '',
      collects ? bool(app.encrypted_in_transit) : '',
      'MAYBE_REQUIRED',
      'Is all of the user data collected by your app encrypted in transit?',
    ],
  ];
  for (const [method, { id, label }] of Object.entries(GOOGLE_ACCOUNT_CREATION)) {
    rows.push([
      'PSL_SUPPORTED_ACCOUNT_CREATION_METHODS',
      id,
      tick((methods as string[]).includes(method)),
      'MULTIPLE_CHOICE',
      `Which of the following methods of account creation does your app support? Select all that apply / ${label}`,
    ]);
  }
  rows.push(
    ['PSL_ACM_SPECIFY', '', '', 'MAYBE_REQUIRED', 'Describe the method of account creation that your app supports'],
    [
      'PSL_ACCOUNT_DELETION_URL',
      '',
      app.account_deletion_url ?? '',
      'MAYBE_REQUIRED',
      'Add a link that users can use to request that their account and associated data is deleted',
    ],
    [
      'PSL_SUPPORT_DATA_DELETION_BY_USER',
      'DATA_DELETION_YES',
      tick(collects && deletion),
      'SINGLE_CHOICE',
      'Do you provide a way for users to request that their data is deleted? / Yes',
    ],
    [
      'PSL_SUPPORT_DATA_DELETION_BY_USER',
      'DATA_DELETION_NO',
      '',
      'SINGLE_CHOICE',
      'Do you provide a way for users to request that their data is deleted? / No',
    ],
    [
      'PSL_SUPPORT_DATA_DELETION_BY_USER',
      'DATA_DELETION_NO_AUTO_DELETED',
      '',
      'SINGLE_CHOICE',
      'Do you provide a way for users to request that their data is deleted? / No, but user data is automatically deleted within 90 days',
    ],
    ['PSL_DATA_DELETION_URL', '', app.data_deletion_url ?? '', 'MAYBE_REQUIRED', 'Delete data URL'],
    // Questions privacy.yaml has no facts for: left for the Console to ask.
    [
      'PSL_DATA_COLLECTION_COMPLIES_FAMILY_POLICY',
      '',
      '',
      'OPTIONAL',
      'Do you want to let users know about your commitment to follow the Google Play Families Policy in the Data safety section on your store listing?',
    ],
    [
      'PSL_INDEPENDENTLY_VALIDATED',
      '',
      '',
      'OPTIONAL',
      'Has your app successfully completed an independent security review, according to the Mobile Application Security Assessment (MASA) framework?',
    ],
    ['PSL_UPI_BADGE_OPT_IN', '', '', 'OPTIONAL', 'Do you want to show this badge on your store listing?'],
    ['PSL_HAS_OUTSIDE_APP_ACCOUNTS', '', '', 'OPTIONAL', 'Can users login to your app with accounts created outside of the app?'],
    [
      'PSL_OUTSIDE_APP_ACCOUNT_TYPES',
      'PSL_LOGIN_WITH_OUTSIDE_APP_ID',
      '',
      'MULTIPLE_CHOICE',
      'How are these accounts created? / Out of app identification (e.g. SIM binding, service subscription)',
    ],
    [
      'PSL_OUTSIDE_APP_ACCOUNT_TYPES',
      'PSL_LOGIN_THROUGH_EMPLOYMENT_OR_ENTERPRISE_ACCOUNT',
      '',
      'MULTIPLE_CHOICE',
      'How are these accounts created? / Through employment, or enterprise accounts',
    ],
    ['PSL_OUTSIDE_APP_ACCOUNT_TYPES', 'PSL_OUTSIDE_APP_ACCOUNT_TYPE_OTHER', '', 'MULTIPLE_CHOICE', 'How are these accounts created? / Other'],
    ['PSL_OUTSIDE_APP_ACCOUNT_TYPE_SPECIFY', '', '', 'MAYBE_REQUIRED', 'Describe how these accounts are created'],
  );
  return rows;
}

/** Whether every user, wherever they live, may ask for their data to be deleted: the policy grants erasure to everyone. */
function offersDeletion(model: PolicyModel): boolean {
  const everyone = model.source.rights?.everyone ?? [];
  return everyone.includes('erasure') || everyone.includes('delete');
}

/** The questions about one data type, blank unless the app collects it. */
function usageRows(id: string, name: string, usage: GoogleUsage | undefined): Row[] {
  const q = (question: string): string => `PSL_DATA_USAGE_RESPONSES:${id}:${question}`;
  const label = (text: string): string => `Data usage and handling (${name}) / ${text}`;
  const collection = 'Is this data collected, shared, or both?';
  const control = "Is this data required for your app, or can users choose whether it's collected?";
  const rows: Row[] = [
    [
      q('PSL_DATA_USAGE_COLLECTION_AND_SHARING'),
      'PSL_DATA_USAGE_ONLY_COLLECTED',
      tick(usage !== undefined),
      'MULTIPLE_CHOICE',
      label(`${collection} / Collected`),
    ],
    [
      q('PSL_DATA_USAGE_COLLECTION_AND_SHARING'),
      'PSL_DATA_USAGE_ONLY_SHARED',
      tick((usage?.sharedFor.length ?? 0) > 0),
      'MULTIPLE_CHOICE',
      label(`${collection} / Shared`),
    ],
    [q('PSL_DATA_USAGE_EPHEMERAL'), '', usage === undefined ? '' : bool(usage.ephemeral), 'MAYBE_REQUIRED', label('Is this data processed ephemerally?')],
    [
      q('DATA_USAGE_USER_CONTROL'),
      'PSL_DATA_USAGE_USER_CONTROL_OPTIONAL',
      tick(usage?.optional === true),
      'SINGLE_CHOICE',
      label(`${control} / Users can choose whether this data is collected`),
    ],
    [
      q('DATA_USAGE_USER_CONTROL'),
      'PSL_DATA_USAGE_USER_CONTROL_REQUIRED',
      tick(usage?.optional === false),
      'SINGLE_CHOICE',
      label(`${control} / Data collection is required (users can't turn off this data collection)`),
    ],
  ];
  for (const [purpose, { id: response, label: text }] of Object.entries(GOOGLE_PURPOSES)) {
    rows.push([
      q('DATA_USAGE_COLLECTION_PURPOSE'),
      response,
      tick(usage?.purposes.includes(purpose as GooglePurpose) === true),
      'MULTIPLE_CHOICE',
      label(`Why is this user data collected? Select all that apply. / ${text}`),
    ]);
  }
  for (const [purpose, { id: response, label: text }] of Object.entries(GOOGLE_PURPOSES)) {
    rows.push([
      q('DATA_USAGE_SHARING_PURPOSE'),
      response,
      tick(usage?.sharedFor.includes(purpose as GooglePurpose) === true),
      'MULTIPLE_CHOICE',
      label(`Why is this user data shared? Select all that apply. / ${text}`),
    ]);
  }
  return rows;
}
