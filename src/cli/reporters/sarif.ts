import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../../diagnostics.js';
import { DOCS_BASE_URL } from '../../docs-url.js';
import { RULE_CONFIG_CODES } from '../../rules/engine/config.js';
import { rules } from '../../rules/registry.js';
import { VERSION } from '../../version.js';
import type { Reporter } from './types.js';

/**
 * SARIF 2.1.0, the format GitHub code scanning and most security dashboards read. One run, one
 * rule per diagnostic code (with what it checks, which code scanning shows beside each result),
 * columns counted in UTF-16 code units as the positions are.
 */
export const formatSarif: Reporter = (diagnostics) => {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'policyc', version: VERSION, informationUri: DOCS_BASE_URL, rules: codes.map((code) => ruleOf(code, diagnostics)) } },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => result(d, codes.indexOf(d.code))),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

const DESCRIPTIONS = new Map([...rules.map((rule): [string, string] => [rule.meta.id, rule.meta.description]), ...Object.entries(RULE_CONFIG_CODES)]);

/** Codes other than the semantic rules', by their family. */
const FAMILIES: ReadonlyArray<[string, string]> = [
  ['yaml/', 'The file is not YAML that policyc can read.'],
  ['schema/', 'The file does not follow the privacy.yaml schema.'],
  ['build/', 'The policy cannot be rendered.'],
];

function ruleOf(id: string, diagnostics: readonly Diagnostic[]): Record<string, unknown> {
  const text = DESCRIPTIONS.get(id) ?? FAMILIES.find(([prefix]) => id.startsWith(prefix))?.[1];
  // Every diagnostic of one code carries the same documentation address.
  const helpUri = diagnostics.find((d) => d.code === id && d.docsUrl !== undefined)?.docsUrl;
  return { id, ...(text === undefined ? {} : { shortDescription: { text } }), ...(helpUri === undefined ? {} : { helpUri }) };
}

/**
 * A file name as a URI reference: an absolute path as a file: URI, a relative one with each
 * segment percent-encoded, so that a space or a '#' in a name does not break or end it.
 */
export function artifactUri(file: string): string {
  const path = file.replaceAll('\\', '/');
  if (isAbsolute(file) || /^[A-Za-z]:\//.test(path)) return pathToFileURL(file).href;
  return path.split('/').map(encodeURIComponent).join('/');
}

function result(d: Diagnostic, ruleIndex: number): Record<string, unknown> {
  const region =
    d.line > 0 ? { startLine: d.line, startColumn: d.column, ...(d.endLine !== undefined ? { endLine: d.endLine, endColumn: d.endColumn } : {}) } : undefined;
  return {
    ruleId: d.code,
    ruleIndex,
    level: d.severity,
    message: { text: d.hint ? `${d.message}\n${d.hint}` : d.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(d.file) }, ...(region ? { region } : {}) } }],
  };
}
