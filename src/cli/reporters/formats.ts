/**
 * The formats of `policyc validate`'s report, apart from the reporters: the launcher reads them to
 * recognise a validate command line (src/cli/commands/validate-line.ts) without loading any reporter.
 */
export const REPORT_FORMATS = ['pretty', 'json', 'github', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
