import { countBySeverity, type Diagnostic } from '../../diagnostics.js';
import type { Reporter } from './types.js';

/**
 * The stable machine shape, documented in docs/validate-json.md. Keys are written in a fixed
 * order so the output is byte-identical from run to run.
 */
export const formatJson: Reporter = (diagnostics, context = {}) => {
  const { errors, warnings } = countBySeverity(diagnostics);
  const files = context.files ?? [...new Set(diagnostics.map((d) => d.file))];
  const report = {
    version: 1,
    summary: { files: files.length, errors, warnings, valid: errors === 0 },
    diagnostics: diagnostics.map(shape),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};

function shape(d: Diagnostic): Record<string, unknown> {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    ...(d.endLine !== undefined ? { endLine: d.endLine, endColumn: d.endColumn } : {}),
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.hint !== undefined ? { hint: d.hint } : {}),
    ...(d.docsUrl !== undefined ? { docsUrl: d.docsUrl } : {}),
    path: d.path,
  };
}
