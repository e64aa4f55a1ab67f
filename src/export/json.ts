import type { PolicyModel } from '../model/normalize.js';

/** The published schema of this export; its version changes only when the shape does. */
export const EXPORT_SCHEMA_ID = 'https://policyc.dev/schema/policy-export.v1.schema.json';

/**
 * The normalised policy as JSON, for other tools: the file as written (`policy`, the shape of
 * schema/privacy.schema.json) and the facts policyc derives from it once (`derived`). Described by
 * schema/policy-export.v1.schema.json. Keys keep the file's order; the output is byte-stable.
 */
export function exportJson(model: PolicyModel): string {
  const document = {
    $schema: EXPORT_SCHEMA_ID,
    version: 1,
    policy: model.source,
    derived: {
      company_name: model.companyName,
      legal_name: model.legalName,
      service_name: model.serviceName,
      title: model.title,
      jurisdictions: [...model.jurisdictions],
      gdpr_like: model.gdprLike,
      privacy_email: model.privacyEmail,
      rights_email: model.rightsEmail,
      storage: model.storage,
      subprocessors: model.subprocessors.map((s) => ({
        name: s.name,
        locations: s.locations,
        outside: s.outside,
        transfer: s.transfer,
        safeguards: s.safeguards,
      })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
