/* Generated from clauses/en by `npm run gen` (scripts/gen-clauses.mjs). Do not edit. */

/** The built-in clauses by name (`about`, `intro`), as the compiled packs have them. */
export const CLAUSE_NAMES: readonly string[] = [
  "about",
  "ai",
  "breaches",
  "changes",
  "children",
  "collection",
  "commitments",
  "contact",
  "cookies",
  "government-requests",
  "intro",
  "key-points",
  "legal-bases",
  "retention",
  "rights",
  "scope",
  "security",
  "sharing",
  "transfers",
  "use",
  "visibility",
];

/** The built-in partials by name (`partials/right-item`). */
export const PARTIAL_NAMES: readonly string[] = [
  "partials/audience",
  "partials/california-categories",
  "partials/commitment",
  "partials/data-category",
  "partials/device-category",
  "partials/disclosure",
  "partials/financial-incentives",
  "partials/retention-details",
  "partials/retention-period",
  "partials/retention-products",
  "partials/right-item",
  "partials/subprocessor-data",
  "partials/subprocessor-list",
  "partials/subprocessor-name",
  "partials/subprocessor-note",
  "partials/subprocessor-purpose",
  "partials/subprocessor-safeguard",
  "partials/training-data",
  "partials/verification",
];
