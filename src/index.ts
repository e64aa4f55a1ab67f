// The programmatic API. The CLI is a thin layer over these functions.
export type { Diagnostic, Severity, Path } from './diagnostics.js';
export type * from './model/policy.generated.js';
