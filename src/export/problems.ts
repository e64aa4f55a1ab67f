/**
 * What an export needs and the file does not say (an app's data category without its store
 * names, a feed without any history). Reported like any diagnostic, at the path in the file, and
 * nothing is written.
 */
export interface ExportProblem {
  path: ReadonlyArray<string | number>;
  message: string;
  hint?: string;
}

export class ExportError extends Error {
  override readonly name = 'ExportError';
  constructor(readonly problems: readonly ExportProblem[]) {
    super(problems.map((p) => p.message).join(' '));
  }
}
