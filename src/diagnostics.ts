/**
 * Diagnostics are data. The loader, the schema validator and the semantic rules all produce this
 * one shape; reporters only format it.
 */
export type Severity = 'error' | 'warning';

/** A path into the document, as keys and list indexes (a JSON pointer, unescaped). */
export type Path = ReadonlyArray<string | number>;

export interface Diagnostic {
  /** Stable identifier: a rule id (`purpose-needs-basis`), `schema/<keyword>` or `yaml/<code>`. */
  code: string;
  severity: Severity;
  /** One sentence: what is wrong, with the offending value quoted. */
  message: string;
  file: string;
  /** 1-based; 0 when the problem is not tied to a position (an unreadable file). */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  path: Path;
  /** What is valid, or what to do: "Did you mean 'subprocessors'?" */
  hint?: string;
  /** Where the rule that reported it is documented (its section of docs/rules.md). */
  docsUrl?: string;
}

/** A problem as a check sees it: a path, not yet a position. */
export interface Problem {
  path: Path;
  message: string;
  hint?: string;
  /** Point at the key rather than its value (right for "unknown property"). */
  onKey?: boolean;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** Stable order: by file, then position, then code, so output never depends on check order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.code, b.code) || compare(a.message, b.message),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Where a path is, for a message: "controller.name", or "the top level of the file" for the root. */
export function placeOf(path: Path): string {
  return path.length === 0 ? 'the top level of the file' : formatPath(path);
}

export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  return out || '(root)';
}
