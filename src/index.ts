// The programmatic API: `import { loadPolicy, validate, build, diff } from 'policyc'`.
// The CLI is a thin layer over these functions; docs/api.md describes them.
export { loadPolicy, validate, build, diff, InvalidPolicyError, type ValidationResult, type PolicyInput } from './api.js';
export type { Diagnostic, Severity, Path } from './diagnostics.js';
export type * from './model/policy.generated.js';
export { sortDiagnostics, formatPath, countBySeverity } from './diagnostics.js';
export { checkSource, type CheckOptions, type CheckResult } from './validate/index.js';
export { buildPolicy, FORMATS, type Format, type BuildOptions, type BuildOutput } from './build.js';
export { explanationJson, type Explanation, type ExplainedSentence, type ExplainSource } from './render/provenance/explain.js';
export { normalize, type PolicyModel } from './model/normalize.js';
export { exportJson, EXPORT_SCHEMA_ID } from './export/json.js';
export { exportSubprocessors, type SubprocessorFormat, type ListDate } from './export/subprocessors.js';
export { exportFeed, lastListChange, type PolicyVersion } from './export/feed.js';
export { exportApplePrivacy, type AppleFormat } from './export/apple-privacy.js';
export { exportPlayDataSafety } from './export/play-data-safety.js';
export { exportRopa, type RopaFormat } from './export/ropa.js';
export { ExportError, type ExportProblem } from './export/problems.js';
export { rules } from './rules/registry.js';
export { defineRule, type Rule, type RuleMeta, type Finding } from './rules/types.js';
export type { RuleLevel } from './rules/engine/config.js';
export { loadYaml, DEFAULT_LIMITS, type LoadLimits, type LoadResult, type SourceMap, type Span, type LocateOptions } from './load/index.js';
export { formatPretty } from './cli/reporters/pretty.js';
export { formatJson } from './cli/reporters/json.js';
export { formatGithub } from './cli/reporters/github.js';
export { formatSarif } from './cli/reporters/sarif.js';
export type { Reporter, ReportContext } from './cli/reporters/types.js';
export {
  diffPolicies,
  buildNotice,
  renderNotice,
  changeKinds,
  type Change,
  type DiffResult,
  type Level,
  type Notice,
  type NoticeFormat,
} from './diff/index.js';
