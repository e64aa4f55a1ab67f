import type { ReportFormat } from './formats.js';
import type { Reporter } from './types.js';

export type { ReportContext, Reporter } from './types.js';
export { REPORT_FORMATS, type ReportFormat } from './formats.js';

/** Loads only the formatter asked for: the pretty one pulls in chalk and @babel/code-frame. */
export async function loadReporter(format: ReportFormat): Promise<Reporter> {
  switch (format) {
    case 'pretty':
      return (await import('./pretty.js')).formatPretty;
    case 'json':
      return (await import('./json.js')).formatJson;
    case 'github':
      return (await import('./github.js')).formatGithub;
    case 'sarif':
      return (await import('./sarif.js')).formatSarif;
  }
}
