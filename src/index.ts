// The programmatic API. The CLI is a thin layer over these functions.
export type { Diagnostic, Severity, Path } from './diagnostics.js';
export type * from './model/policy.generated.js';
export { sortDiagnostics, formatPath, countBySeverity } from './diagnostics.js';
export { checkSource, type CheckOptions, type CheckResult } from './validate/index.js';
export { loadYaml, locate, DEFAULT_LIMITS, type LoadLimits, type LoadResult, type Span, type LocateOptions } from './load/index.js';
export { formatPretty } from './cli/reporters/pretty.js';
export { formatJson } from './cli/reporters/json.js';
export { formatGithub } from './cli/reporters/github.js';
export { formatSarif } from './cli/reporters/sarif.js';
export type { Reporter, ReportContext } from './cli/reporters/types.js';
export { diffPolicies, buildNotice, renderNotice, changeKinds, type Change, type DiffResult, type Level, type Notice, type NoticeFormat } from './diff/index.js';
