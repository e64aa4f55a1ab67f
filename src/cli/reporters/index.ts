import type { Reporter } from './types.js';

export type { ReportContext, Reporter } from './types.js';

export const REPORT_FORMATS = ['pretty', 'json', 'github', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

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
