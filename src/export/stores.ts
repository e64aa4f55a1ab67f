/**
 * The app stores' own taxonomies, as they publish them: the data types and purposes a file's
 * `stores` fields name, and the identifiers each export writes for them. Every identifier here is
 * copied from its published definition (docs/export.md names each source); the keys are what
 * privacy.yaml says, the same words in lower case, and schema/privacy.schema.json lists the same
 * keys: the `satisfies` clauses below make the compiler hold the two equal.
 */
import type { App, AppleDataType, ApplePurpose, GoogleDataType, GooglePurpose } from '../model/policy.generated.js';

export interface AppleIds {
  /** App Store Connect's appDataUsageCategories id, which fastlane's JSON carries. */
  connect: string;
  /** The NSPrivacyCollectedDataType value of a privacy manifest. */
  manifest: string;
}

/**
 * Apple's data types: the App Store Connect ids (fastlane spaceship, AppDataUsageCategory::ID)
 * and the privacy manifest values (Apple, "Describing data use in privacy manifests"). The
 * manifest's visionOS-only types (environment scanning, hands, head) have no App Store Connect id,
 * so a label could not carry them, and they are left out.
 */
export const APPLE_DATA_TYPES = {
  name: { connect: 'NAME', manifest: 'NSPrivacyCollectedDataTypeName' },
  email_address: { connect: 'EMAIL_ADDRESS', manifest: 'NSPrivacyCollectedDataTypeEmailAddress' },
  phone_number: { connect: 'PHONE_NUMBER', manifest: 'NSPrivacyCollectedDataTypePhoneNumber' },
  physical_address: { connect: 'PHYSICAL_ADDRESS', manifest: 'NSPrivacyCollectedDataTypePhysicalAddress' },
  other_contact_info: { connect: 'OTHER_CONTACT_INFO', manifest: 'NSPrivacyCollectedDataTypeOtherUserContactInfo' },
  health: { connect: 'HEALTH', manifest: 'NSPrivacyCollectedDataTypeHealth' },
  fitness: { connect: 'FITNESS', manifest: 'NSPrivacyCollectedDataTypeFitness' },
  payment_information: { connect: 'PAYMENT_INFORMATION', manifest: 'NSPrivacyCollectedDataTypePaymentInfo' },
  credit_and_fraud: { connect: 'CREDIT_AND_FRAUD', manifest: 'NSPrivacyCollectedDataTypeCreditInfo' },
  other_financial_info: { connect: 'OTHER_FINANCIAL_INFO', manifest: 'NSPrivacyCollectedDataTypeOtherFinancialInfo' },
  precise_location: { connect: 'PRECISE_LOCATION', manifest: 'NSPrivacyCollectedDataTypePreciseLocation' },
  coarse_location: { connect: 'COARSE_LOCATION', manifest: 'NSPrivacyCollectedDataTypeCoarseLocation' },
  sensitive_info: { connect: 'SENSITIVE_INFO', manifest: 'NSPrivacyCollectedDataTypeSensitiveInfo' },
  contacts: { connect: 'CONTACTS', manifest: 'NSPrivacyCollectedDataTypeContacts' },
  emails_or_text_messages: { connect: 'EMAILS_OR_TEXT_MESSAGES', manifest: 'NSPrivacyCollectedDataTypeEmailsOrTextMessages' },
  photos_or_videos: { connect: 'PHOTOS_OR_VIDEOS', manifest: 'NSPrivacyCollectedDataTypePhotosorVideos' },
  audio: { connect: 'AUDIO', manifest: 'NSPrivacyCollectedDataTypeAudioData' },
  gameplay_content: { connect: 'GAMEPLAY_CONTENT', manifest: 'NSPrivacyCollectedDataTypeGameplayContent' },
  customer_support: { connect: 'CUSTOMER_SUPPORT', manifest: 'NSPrivacyCollectedDataTypeCustomerSupport' },
  other_user_content: { connect: 'OTHER_USER_CONTENT', manifest: 'NSPrivacyCollectedDataTypeOtherUserContent' },
  browsing_history: { connect: 'BROWSING_HISTORY', manifest: 'NSPrivacyCollectedDataTypeBrowsingHistory' },
  search_history: { connect: 'SEARCH_HISTORY', manifest: 'NSPrivacyCollectedDataTypeSearchHistory' },
  user_id: { connect: 'USER_ID', manifest: 'NSPrivacyCollectedDataTypeUserID' },
  device_id: { connect: 'DEVICE_ID', manifest: 'NSPrivacyCollectedDataTypeDeviceID' },
  purchase_history: { connect: 'PURCHASE_HISTORY', manifest: 'NSPrivacyCollectedDataTypePurchaseHistory' },
  product_interaction: { connect: 'PRODUCT_INTERACTION', manifest: 'NSPrivacyCollectedDataTypeProductInteraction' },
  advertising_data: { connect: 'ADVERTISING_DATA', manifest: 'NSPrivacyCollectedDataTypeAdvertisingData' },
  other_usage_data: { connect: 'OTHER_USAGE_DATA', manifest: 'NSPrivacyCollectedDataTypeOtherUsageData' },
  crash_data: { connect: 'CRASH_DATA', manifest: 'NSPrivacyCollectedDataTypeCrashData' },
  performance_data: { connect: 'PERFORMANCE_DATA', manifest: 'NSPrivacyCollectedDataTypePerformanceData' },
  other_diagnostic_data: { connect: 'OTHER_DIAGNOSTIC_DATA', manifest: 'NSPrivacyCollectedDataTypeOtherDiagnosticData' },
  other_data: { connect: 'OTHER_DATA', manifest: 'NSPrivacyCollectedDataTypeOtherDataTypes' },
} as const satisfies Record<AppleDataType, AppleIds>;

/** Apple's purposes: App Store Connect ids (AppDataUsagePurpose::ID) and manifest values. */
export const APPLE_PURPOSES = {
  third_party_advertising: { connect: 'THIRD_PARTY_ADVERTISING', manifest: 'NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising' },
  developers_advertising: { connect: 'DEVELOPERS_ADVERTISING', manifest: 'NSPrivacyCollectedDataTypePurposeDeveloperAdvertising' },
  analytics: { connect: 'ANALYTICS', manifest: 'NSPrivacyCollectedDataTypePurposeAnalytics' },
  product_personalization: { connect: 'PRODUCT_PERSONALIZATION', manifest: 'NSPrivacyCollectedDataTypePurposeProductPersonalization' },
  app_functionality: { connect: 'APP_FUNCTIONALITY', manifest: 'NSPrivacyCollectedDataTypePurposeAppFunctionality' },
  other_purposes: { connect: 'OTHER_PURPOSES', manifest: 'NSPrivacyCollectedDataTypePurposeOther' },
} as const satisfies Record<ApplePurpose, AppleIds>;

/** The data protections of App Store Connect (AppDataUsageDataProtection::ID). */
export const APPLE_PROTECTIONS = {
  tracking: 'DATA_USED_TO_TRACK_YOU',
  linked: 'DATA_LINKED_TO_YOU',
  notLinked: 'DATA_NOT_LINKED_TO_YOU',
  notCollected: 'DATA_NOT_COLLECTED',
} as const;

export interface GoogleRow {
  /** The data-type question the type is answered under: PSL_DATA_TYPES_PERSONAL. */
  group: string;
  /** Its response id: PSL_NAME. */
  id: string;
  /** The Play Console's words: "Personal info / Name". */
  label: string;
}

const google = (group: string, id: string, label: string): GoogleRow => ({ group: `PSL_DATA_TYPES_${group}`, id, label });

/**
 * Google Play's data types, in the order of the Play Console's Data safety CSV template: the
 * question and response ids of its rows and their human-friendly labels.
 */
export const GOOGLE_DATA_TYPES = {
  name: google('PERSONAL', 'PSL_NAME', 'Personal info / Name'),
  email_address: google('PERSONAL', 'PSL_EMAIL', 'Personal info / Email address'),
  user_ids: google('PERSONAL', 'PSL_USER_ACCOUNT', 'Personal info / User IDs'),
  address: google('PERSONAL', 'PSL_ADDRESS', 'Personal info / Address'),
  phone_number: google('PERSONAL', 'PSL_PHONE', 'Personal info / Phone number'),
  race_and_ethnicity: google('PERSONAL', 'PSL_RACE_ETHNICITY', 'Personal info / Race and ethnicity'),
  political_or_religious_beliefs: google('PERSONAL', 'PSL_POLITICAL_RELIGIOUS', 'Personal info / Political or religious beliefs'),
  sexual_orientation: google('PERSONAL', 'PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY', 'Personal info / Sexual orientation'),
  other_personal_info: google('PERSONAL', 'PSL_OTHER_PERSONAL', 'Personal info / Other info'),
  user_payment_info: google('FINANCIAL', 'PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER', 'Financial info / User payment info'),
  purchase_history: google('FINANCIAL', 'PSL_PURCHASE_HISTORY', 'Financial info / Purchase history'),
  credit_score: google('FINANCIAL', 'PSL_CREDIT_SCORE', 'Financial info / Credit score'),
  other_financial_info: google('FINANCIAL', 'PSL_OTHER', 'Financial info / Other financial info'),
  approximate_location: google('LOCATION', 'PSL_APPROX_LOCATION', 'Location / Approximate location'),
  precise_location: google('LOCATION', 'PSL_PRECISE_LOCATION', 'Location / Precise location'),
  web_browsing_history: google('SEARCH_AND_BROWSING', 'PSL_WEB_BROWSING_HISTORY', 'Web browsing / Web browsing history'),
  emails: google('EMAIL_AND_TEXT', 'PSL_EMAILS', 'Messages / Emails'),
  sms_or_mms: google('EMAIL_AND_TEXT', 'PSL_SMS_CALL_LOG', 'Messages / SMS or MMS'),
  other_in_app_messages: google('EMAIL_AND_TEXT', 'PSL_OTHER_MESSAGES', 'Messages / Other in-app messages'),
  photos: google('PHOTOS_AND_VIDEOS', 'PSL_PHOTOS', 'Photos and videos / Photos'),
  videos: google('PHOTOS_AND_VIDEOS', 'PSL_VIDEOS', 'Photos and videos / Videos'),
  voice_or_sound_recordings: google('AUDIO', 'PSL_AUDIO', 'Audio files / Voice or sound recordings'),
  music_files: google('AUDIO', 'PSL_MUSIC', 'Audio files / Music files'),
  other_audio_files: google('AUDIO', 'PSL_OTHER_AUDIO', 'Audio files / Other audio files'),
  health_info: google('HEALTH_AND_FITNESS', 'PSL_HEALTH', 'Health and fitness / Health info'),
  fitness_info: google('HEALTH_AND_FITNESS', 'PSL_FITNESS', 'Health and fitness / Fitness info'),
  contacts: google('CONTACTS', 'PSL_CONTACTS', 'Contacts / Contacts'),
  calendar_events: google('CALENDAR', 'PSL_CALENDAR', 'Calendar / Calendar events'),
  crash_logs: google('APP_PERFORMANCE', 'PSL_CRASH_LOGS', 'App info and performance / Crash logs'),
  diagnostics: google('APP_PERFORMANCE', 'PSL_PERFORMANCE_DIAGNOSTICS', 'App info and performance / Diagnostics'),
  other_app_performance_data: google('APP_PERFORMANCE', 'PSL_OTHER_PERFORMANCE', 'App info and performance / Other app performance data'),
  files_and_docs: google('FILES_AND_DOCS', 'PSL_FILES_AND_DOCS', 'Files and docs / Files and docs'),
  app_interactions: google('APP_ACTIVITY', 'PSL_USER_INTERACTION', 'App activity / App interactions'),
  in_app_search_history: google('APP_ACTIVITY', 'PSL_IN_APP_SEARCH_HISTORY', 'App activity / In-app search history'),
  installed_apps: google('APP_ACTIVITY', 'PSL_APPS_ON_DEVICE', 'App activity / Installed apps'),
  other_user_generated_content: google('APP_ACTIVITY', 'PSL_USER_GENERATED_CONTENT', 'App activity / Other user-generated content'),
  other_actions: google('APP_ACTIVITY', 'PSL_OTHER_APP_ACTIVITY', 'App activity / Other actions'),
  device_or_other_ids: google('IDENTIFIERS', 'PSL_DEVICE_ID', 'Device or other IDs / Device or other IDs'),
} as const satisfies Record<GoogleDataType, GoogleRow>;

/** Google Play's purposes (collection and sharing alike): response id and label, in the template's order. */
export const GOOGLE_PURPOSES = {
  app_functionality: { id: 'PSL_APP_FUNCTIONALITY', label: 'App functionality' },
  analytics: { id: 'PSL_ANALYTICS', label: 'Analytics' },
  developer_communications: { id: 'PSL_DEVELOPER_COMMUNICATIONS', label: 'Developer communications' },
  fraud_prevention_security: { id: 'PSL_FRAUD_PREVENTION_SECURITY', label: 'Fraud prevention, security, and compliance' },
  advertising: { id: 'PSL_ADVERTISING', label: 'Advertising or marketing' },
  personalization: { id: 'PSL_PERSONALIZATION', label: 'Personalization' },
  account_management: { id: 'PSL_ACCOUNT_MANAGEMENT', label: 'Account management' },
} as const satisfies Record<GooglePurpose, { id: string; label: string }>;

/** The Play Console's account creation methods (PSL_SUPPORTED_ACCOUNT_CREATION_METHODS). */
export const GOOGLE_ACCOUNT_CREATION = {
  username_password: { id: 'PSL_ACM_USER_ID_PASSWORD', label: 'Username and password' },
  username_other_auth: { id: 'PSL_ACM_USER_ID_OTHER_AUTH', label: 'Username and other authentication' },
  username_password_other_auth: { id: 'PSL_ACM_USER_ID_PASSWORD_OTHER_AUTH', label: 'Username, password, and other authentication' },
  oauth: { id: 'PSL_ACM_OAUTH', label: 'OAuth' },
  other: { id: 'PSL_ACM_OTHER', label: 'Other' },
  none: { id: 'PSL_ACM_NONE', label: 'My app does not allow users to create an account' },
} as const satisfies Record<AccountCreation, { id: string; label: string }>;

/** The purposes that are advertising in either store's words: what "used for tracking" needs. */
export const ADVERTISING: { apple: readonly ApplePurpose[]; google: readonly GooglePurpose[] } = {
  apple: ['third_party_advertising', 'developers_advertising'],
  google: ['advertising'],
};

type AccountCreation = NonNullable<App['account_creation']>[number];
