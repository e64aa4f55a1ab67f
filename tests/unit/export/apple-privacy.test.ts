import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportApplePrivacy } from '../../../src/export/apple-privacy.js';
import { ExportError } from '../../../src/export/problems.js';
import { normalize } from '../../../src/model/normalize.js';
import { APP, modelFrom, policyFrom } from './support.js';

/**
 * The published definitions, copied here so the export is checked against them and not against
 * itself. fastlane: spaceship/lib/spaceship/connect_api/models/app_data_usage_category.rb,
 * app_data_usage_purposes.rb, app_data_usage_data_protection.rb (ids "found at
 * appstoreconnect.apple.com/iris/v1/appDataUsageCategories" and siblings). Apple: "Describing
 * data use in privacy manifests" (developer.apple.com/documentation/bundleresources).
 */
const FASTLANE_CATEGORIES = new Set(
  'PAYMENT_INFORMATION CREDIT_AND_FRAUD OTHER_FINANCIAL_INFO PRECISE_LOCATION SENSITIVE_INFO PHYSICAL_ADDRESS EMAIL_ADDRESS NAME PHONE_NUMBER OTHER_CONTACT_INFO CONTACTS EMAILS_OR_TEXT_MESSAGES PHOTOS_OR_VIDEOS AUDIO GAMEPLAY_CONTENT CUSTOMER_SUPPORT OTHER_USER_CONTENT BROWSING_HISTORY SEARCH_HISTORY USER_ID DEVICE_ID PURCHASE_HISTORY PRODUCT_INTERACTION ADVERTISING_DATA OTHER_USAGE_DATA CRASH_DATA PERFORMANCE_DATA OTHER_DIAGNOSTIC_DATA OTHER_DATA HEALTH FITNESS COARSE_LOCATION'.split(
    ' ',
  ),
);
const FASTLANE_PURPOSES = new Set([
  'THIRD_PARTY_ADVERTISING',
  'DEVELOPERS_ADVERTISING',
  'ANALYTICS',
  'PRODUCT_PERSONALIZATION',
  'APP_FUNCTIONALITY',
  'OTHER_PURPOSES',
]);
const FASTLANE_PROTECTIONS = new Set(['DATA_USED_TO_TRACK_YOU', 'DATA_LINKED_TO_YOU', 'DATA_NOT_LINKED_TO_YOU', 'DATA_NOT_COLLECTED']);
const MANIFEST_TYPES = new Set(
  'Name EmailAddress PhoneNumber PhysicalAddress OtherUserContactInfo Health Fitness PaymentInfo CreditInfo OtherFinancialInfo PreciseLocation CoarseLocation SensitiveInfo Contacts EmailsOrTextMessages PhotosorVideos AudioData GameplayContent CustomerSupport OtherUserContent BrowsingHistory SearchHistory UserID DeviceID PurchaseHistory ProductInteraction AdvertisingData OtherUsageData CrashData PerformanceData OtherDiagnosticData EnvironmentScanning Hands Head OtherDataTypes'
    .split(' ')
    .map((t) => `NSPrivacyCollectedDataType${t}`),
);
const MANIFEST_PURPOSES = new Set(
  'ThirdPartyAdvertising DeveloperAdvertising Analytics ProductPersonalization AppFunctionality Other'
    .split(' ')
    .map((p) => `NSPrivacyCollectedDataTypePurpose${p}`),
);

interface FastlaneEntry {
  category?: string;
  purposes?: string[];
  data_protections: string[];
}

describe('apple-privacy: fastlane app_privacy_details.json', () => {
  const entries = JSON.parse(exportApplePrivacy(modelFrom(APP), 'json')) as FastlaneEntry[];

  it('uses only the ids App Store Connect publishes, each list sorted, entries by category as fastlane writes them', () => {
    for (const entry of entries) {
      expect(Object.keys(entry)).toEqual(['category', 'purposes', 'data_protections']);
      expect(FASTLANE_CATEGORIES).toContain(entry.category);
      for (const p of entry.purposes ?? []) expect(FASTLANE_PURPOSES).toContain(p);
      for (const p of entry.data_protections) expect(FASTLANE_PROTECTIONS).toContain(p);
      expect(entry.purposes).toEqual([...(entry.purposes ?? [])].sort());
      expect(entry.data_protections).toEqual([...entry.data_protections].sort());
    }
    const categories = entries.map((e) => e.category);
    expect(categories).toEqual([...categories].sort());
  });

  it('says what the file declares: types, purposes, linked, tracking; leaves out data the app never collects', () => {
    expect(entries).toEqual([
      { category: 'DEVICE_ID', purposes: ['ANALYTICS', 'THIRD_PARTY_ADVERTISING'], data_protections: ['DATA_NOT_LINKED_TO_YOU', 'DATA_USED_TO_TRACK_YOU'] },
      { category: 'EMAIL_ADDRESS', purposes: ['APP_FUNCTIONALITY'], data_protections: ['DATA_LINKED_TO_YOU'] },
      { category: 'NAME', purposes: ['APP_FUNCTIONALITY'], data_protections: ['DATA_LINKED_TO_YOU'] },
      { category: 'PHOTOS_OR_VIDEOS', purposes: ['APP_FUNCTIONALITY'], data_protections: ['DATA_LINKED_TO_YOU'] },
      {
        category: 'PRODUCT_INTERACTION',
        purposes: ['ANALYTICS', 'THIRD_PARTY_ADVERTISING'],
        data_protections: ['DATA_NOT_LINKED_TO_YOU', 'DATA_USED_TO_TRACK_YOU'],
      },
    ]);
  });

  it("declares DATA_NOT_COLLECTED, fastlane's way, when the app collects nothing", () => {
    const policy = policyFrom(APP);
    for (const category of policy.data_categories) category.stores = { in_app: false };
    expect(JSON.parse(exportApplePrivacy(normalize(policy), 'json'))).toEqual([{ data_protections: ['DATA_NOT_COLLECTED'] }]);
  });

  it('refuses, at the category, data the app collects without Apple names, rather than leave it off the label', () => {
    const policy = policyFrom(APP);
    delete policy.data_categories[0]!.stores;
    delete policy.purposes[1]!.stores;
    const error = (() => {
      try {
        exportApplePrivacy(normalize(policy), 'json');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ExportError);
    expect((error as ExportError).problems.map((p) => [p.path, p.message])).toEqual([
      [['data_categories', 0], "Data category 'account' has no Apple data types, so the App Store label cannot say whether the app collects it."],
      [['purposes', 1, 'id'], "Purpose 'ads' has no Apple purposes."],
    ]);
  });

  it('refuses a file without an app in the App Store', () => {
    const policy = policyFrom(APP);
    policy.apps![0]!.platforms = ['android'];
    expect(() => exportApplePrivacy(normalize(policy), 'json')).toThrow(/no app published in the App Store/);
  });
});

describe('apple-privacy --format xcprivacy: NSPrivacyCollectedDataTypes', () => {
  const xml = exportApplePrivacy(modelFrom(APP), 'xcprivacy');

  it('is a well-formed property list whose keys and values are the ones Apple documents', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const plist = new XMLParser({ preserveOrder: true, ignoreAttributes: false }).parse(xml) as Array<Record<string, unknown>>;
    const root = plist.find((node) => 'plist' in node) as { plist: Array<{ dict: Array<Record<string, unknown>> }> };
    const dict = root.plist[0]!.dict;
    expect(dict[0]).toEqual({ key: [{ '#text': 'NSPrivacyCollectedDataTypes' }] });
    const items = (dict[1] as { array: Array<{ dict: Array<Record<string, Array<Record<string, unknown>>>> }> }).array;
    expect(items).toHaveLength(5);
    for (const { dict: entry } of items) {
      const keys = entry.filter((n) => 'key' in n).map((n) => n.key![0]!['#text']);
      expect(keys).toEqual([
        'NSPrivacyCollectedDataType',
        'NSPrivacyCollectedDataTypeLinked',
        'NSPrivacyCollectedDataTypeTracking',
        'NSPrivacyCollectedDataTypePurposes',
      ]);
      expect(MANIFEST_TYPES).toContain(entry[1]!.string![0]!['#text']);
      expect(['true', 'false']).toContain(Object.keys(entry[3]!)[0]);
      expect(['true', 'false']).toContain(Object.keys(entry[5]!)[0]);
      const purposes = (entry[7]!.array as Array<{ string: Array<{ '#text': string }> }>).map((p) => p.string[0]!['#text']);
      expect(purposes.length).toBeGreaterThan(0);
      for (const p of purposes) expect(MANIFEST_PURPOSES).toContain(p);
    }
  });

  it('carries the same facts as the label', () => {
    expect(xml).toContain(
      '<string>NSPrivacyCollectedDataTypeDeviceID</string>\n\t\t\t<key>NSPrivacyCollectedDataTypeLinked</key>\n\t\t\t<false/>\n\t\t\t<key>NSPrivacyCollectedDataTypeTracking</key>\n\t\t\t<true/>',
    );
    expect(xml).toContain('<string>NSPrivacyCollectedDataTypePhotosorVideos</string>');
  });
});
