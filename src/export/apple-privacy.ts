import type { PolicyModel } from '../model/normalize.js';
import type { AppleDataType, ApplePurpose } from '../model/policy.generated.js';
import { selectApp, storeCategories } from './app-data.js';
import { APPLE_DATA_TYPES, APPLE_PROTECTIONS, APPLE_PURPOSES } from './stores.js';
import { xmlText } from './xml.js';

export type AppleFormat = 'json' | 'xcprivacy';

/** One Apple data type the app collects, merged over every category that contains it. */
export interface AppleUsage {
  type: AppleDataType;
  purposes: ApplePurpose[];
  linked: boolean;
  tracking: boolean;
}

/**
 * The app's App Privacy details, from the store names the file gives its data categories and
 * purposes. A type in several categories is collected for all their purposes; it is linked or
 * used for tracking if any of them is. Missing names stop the export: a label that leaves data out
 * would be untrue.
 */
export function appleUsages(model: PolicyModel, appId?: string): AppleUsage[] {
  selectApp(model, 'ios', appId);
  const byType = new Map<AppleDataType, AppleUsage>();
  for (const { names, purposes } of storeCategories(model, 'apple')) {
    for (const type of names.types) {
      const usage = byType.get(type) ?? { type, purposes: [], linked: false, tracking: false };
      usage.purposes = [...new Set([...usage.purposes, ...purposes])];
      usage.linked ||= names.linked !== false;
      usage.tracking ||= names.tracking === true;
      byType.set(type, usage);
    }
  }
  return [...byType.values()];
}

/** The App Privacy details in the format of the file fastlane's upload_app_privacy_details_to_app_store reads, or a privacy manifest. */
export function exportApplePrivacy(model: PolicyModel, format: AppleFormat, appId?: string): string {
  const usages = appleUsages(model, appId);
  return format === 'json' ? fastlaneJson(usages) : privacyManifest(usages);
}

/**
 * fastlane's app_privacy_details.json: one entry per data type with its App Store Connect
 * category, purposes and data protections, each list sorted and the entries by category, as
 * fastlane's own questionnaire writes them; a single DATA_NOT_COLLECTED entry when nothing is.
 */
function fastlaneJson(usages: readonly AppleUsage[]): string {
  const entries =
    usages.length === 0
      ? [{ data_protections: [APPLE_PROTECTIONS.notCollected] }]
      : usages
          .map((u) => ({
            category: APPLE_DATA_TYPES[u.type].connect,
            purposes: u.purposes.map((p) => APPLE_PURPOSES[p].connect).sort(),
            data_protections: [u.linked ? APPLE_PROTECTIONS.linked : APPLE_PROTECTIONS.notLinked, ...(u.tracking ? [APPLE_PROTECTIONS.tracking] : [])].sort(),
          }))
          .sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/**
 * The NSPrivacyCollectedDataTypes of a privacy manifest (PrivacyInfo.xcprivacy), as a property
 * list. The file holds only what privacy.yaml declares: the tracking domains and required-reason
 * APIs are facts about the app's code, to be added beside it.
 */
function privacyManifest(usages: readonly AppleUsage[]): string {
  const entry = (u: AppleUsage): string =>
    [
      '\t\t<dict>',
      '\t\t\t<key>NSPrivacyCollectedDataType</key>',
      `\t\t\t<string>${xmlText(APPLE_DATA_TYPES[u.type].manifest)}</string>`,
      '\t\t\t<key>NSPrivacyCollectedDataTypeLinked</key>',
      `\t\t\t<${u.linked}/>`,
      '\t\t\t<key>NSPrivacyCollectedDataTypeTracking</key>',
      `\t\t\t<${u.tracking}/>`,
      '\t\t\t<key>NSPrivacyCollectedDataTypePurposes</key>',
      '\t\t\t<array>',
      ...u.purposes.map((p) => `\t\t\t\t<string>${xmlText(APPLE_PURPOSES[p].manifest)}</string>`),
      '\t\t\t</array>',
      '\t\t</dict>',
    ].join('\n');
  const sorted = [...usages].sort((a, b) => (APPLE_DATA_TYPES[a.type].manifest < APPLE_DATA_TYPES[b.type].manifest ? -1 : 1));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    '\t<key>NSPrivacyCollectedDataTypes</key>',
    sorted.length === 0 ? '\t<array/>' : ['\t<array>', ...sorted.map(entry), '\t</array>'].join('\n'),
    '</dict>',
    '</plist>',
    '',
  ].join('\n');
}
