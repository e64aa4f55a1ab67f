import type { Diagnostic } from '../../diagnostics.js';
import { VERSION } from '../../version.js';
import type { Reporter } from './types.js';

/**
 * SARIF 2.1.0, the format GitHub code scanning and most security dashboards read. One run, one
 * rule per diagnostic code, columns counted in UTF-16 code units as the positions are.
 */
export const formatSarif: Reporter = (diagnostics) => {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'policyc', version: VERSION, informationUri: 'https://policyc.dev', rules: codes.map((id) => ({ id })) } },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => result(d, codes.indexOf(d.code))),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function result(d: Diagnostic, ruleIndex: number): Record<string, unknown> {
  const region =
    d.line > 0
      ? { startLine: d.line, startColumn: d.column, ...(d.endLine !== undefined ? { endLine: d.endLine, endColumn: d.endColumn } : {}) }
      : undefined;
  return {
    ruleId: d.code,
    ruleIndex,
    level: d.severity,
    message: { text: d.hint ? `${d.message}\n${d.hint}` : d.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: d.file.replaceAll('\\', '/') }, ...(region ? { region } : {}) } }],
  };
}
