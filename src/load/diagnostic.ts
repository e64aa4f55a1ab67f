import type { Diagnostic } from '../diagnostics.js';
import type { Span } from './source-map.js';

/** A loader error: it concerns the file as YAML, so it has a position but no path. */
export function loadDiagnostic(file: string, code: string, message: string, hint: string | undefined, span: Span): Diagnostic {
  return { code, severity: 'error', message, file, ...span, path: [], ...(hint ? { hint } : {}) };
}
