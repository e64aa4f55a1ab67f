import { appliesTo, retentionOverriddenFor, type PolicyModel } from '../model/normalize.js';

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
      // Data that stays on the person's device is not collected.
      collects_personal_data: !model.collectsNothing,
      privacy_email: model.privacyEmail,
      rights_email: model.rightsEmail,
      rights_by_email: model.rightsByEmail,
      storage: model.storage,
      subprocessors: model.subprocessors.map((s) => ({
        name: s.name,
        // Absent when the file names none: an empty list would read as "nowhere".
        ...(s.location === undefined ? {} : { locations: s.locations }),
        outside: s.outside,
        transfer: s.transfer,
        safeguards: s.safeguards,
      })),
      // Only for a policy that declares products, so that other policies' exports keep their bytes.
      ...(model.products.size === 0 ? {} : { products: productLists(model) }),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Each product with what applies to it: the entries scoped to it and those scoped to none, but for
 * a retention entry that another entry for the same data and this product replaces.
 */
function productLists(model: PolicyModel): Array<Record<string, unknown>> {
  const policy = model.source;
  return [...model.products.values()].map((product) => ({
    id: product.id,
    name: product.name,
    data_categories: policy.data_categories.filter((c) => appliesTo(c.products, product.id)).map((c) => c.id),
    purposes: policy.purposes.filter((p) => appliesTo(p.products, product.id)).map((p) => p.id),
    subprocessors: model.subprocessors.filter((s) => appliesTo(s.products, product.id)).map((s) => s.name),
    retention: model.retention.flatMap((r, index) =>
      appliesTo(r.products, product.id) && !retentionOverriddenFor(model.retention, index).includes(product.id) ? [index] : [],
    ),
    cookies: policy.cookies !== undefined && appliesTo(policy.cookies.products, product.id),
  }));
}
