/**
 * Where policyc's documentation is read: the docs/ folder of the repository, as GitHub renders it.
 * The one place this address is written (package.json's `repository` must agree; a test checks).
 * Diagnostics link a rule to its section of docs/rules.md, SARIF as `helpUri`.
 */
export const DOCS_BASE_URL = 'https://github.com/policyc/policyc/blob/main/docs/';

/** The section of docs/rules.md about one rule; its heading is the rule id, so the anchor is too. */
export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE_URL}rules.md#${id}`;
}

/** The section of docs/rules.md that explains `policy.rules`. */
export const RULE_CONFIG_DOCS_URL = `${DOCS_BASE_URL}rules.md#configuring-rules`;
