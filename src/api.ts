import { readFile } from 'node:fs/promises';
import { buildPolicy, type BuildOptions, type BuildOutput } from './build.js';
import type { Diagnostic, Path } from './diagnostics.js';
import { diffPolicies, type DiffResult } from './diff/index.js';
import type { Policy } from './model/policy.generated.js';
import { checkSource, type CheckOptions } from './validate/index.js';

/**
 * The programmatic API in four verbs: `loadPolicy`, `validate`, `build`, `diff`. Each accepts
 * what a script naturally has (a path, YAML text or bytes, or an already-validated Policy) and
 * runs exactly the pipeline the CLI runs.
 */

export interface ValidationResult {
  /** True when there are no errors (warnings allowed). */
  valid: boolean;
  /** The typed policy, when valid. */
  policy?: Policy;
  /** Errors and warnings, sorted by position. */
  diagnostics: Diagnostic[];
}

/** Thrown by `build` and `diff` when given YAML that does not validate. */
export class InvalidPolicyError extends Error {
  override readonly name = 'InvalidPolicyError';
  constructor(
    readonly file: string,
    readonly diagnostics: readonly Diagnostic[],
  ) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    super(`${file} is invalid (${errors.length} error${errors.length === 1 ? '' : 's'})${first ? `: ${first.line}:${first.column} ${first.message}` : ''}`);
  }
}

/** YAML text or bytes (with a file name for diagnostics), or a Policy that already validated. */
export type PolicyInput = Policy | string | Uint8Array;

/** Validate privacy.yaml text or bytes. `file` only names the source in diagnostics. */
export function validate(source: string | Uint8Array, file = 'privacy.yaml', options: CheckOptions = {}): ValidationResult {
  const { policy, diagnostics } = checkSource(source, file, options);
  return { valid: policy !== undefined, ...(policy ? { policy } : {}), diagnostics };
}

/** Read and validate a privacy.yaml file. Rejects only when the file cannot be read. */
export async function loadPolicy(path: string, options: CheckOptions = {}): Promise<ValidationResult & { file: string }> {
  return { file: path, ...validate(await readFile(path), path, options) };
}

/**
 * Build the policy documents (Markdown, HTML, text), and with `explain: true` each sentence's
 * sources (`explain`), with YAML lines when the input is YAML. Throws InvalidPolicyError for
 * invalid YAML.
 */
export function build(input: PolicyInput, options: BuildOptions & { file?: string } = {}): BuildOutput {
  const { file, ...buildOptions } = options;
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) return buildPolicy(input, buildOptions);
  const name = file ?? 'privacy.yaml';
  const { policy, diagnostics, sourceMap } = checkSource(input, name);
  if (!policy) throw new InvalidPolicyError(name, diagnostics);
  const lines = buildOptions.explain === true && sourceMap !== undefined ? { explain: { lineOf: (path: Path) => sourceMap.locate(path).line } } : {};
  return buildPolicy(policy, { ...buildOptions, ...lines });
}

/** The classified changes between two versions. Throws InvalidPolicyError for invalid YAML. */
export function diff(before: PolicyInput, after: PolicyInput, files: { before?: string; after?: string } = {}): DiffResult {
  return diffPolicies(toPolicy(before, files.before ?? 'old.yaml'), toPolicy(after, files.after ?? 'new.yaml'));
}

function toPolicy(input: PolicyInput, file: string): Policy {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) return input;
  const result = validate(input, file);
  if (!result.policy) throw new InvalidPolicyError(file, result.diagnostics);
  return result.policy;
}
