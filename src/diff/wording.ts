import type { Path } from '../diagnostics.js';
import { sameSet } from './match.js';
import type { KindInfo, Report } from './types.js';

/**
 * `text.changed` is shared: every area has free text (descriptions, notes, headings) whose
 * rewording changes what people read but not what is done with their data. Each check reports
 * it for its own fields, because only the check knows what the text belongs to.
 */
export const TEXT_CHANGED: KindInfo = {
  level: 'editorial',
  description: 'A description, note, heading or other free text is added, reworded or removed; the practice it describes is unchanged.',
};

/** `what` names the text: "the description of “Session recordings”". */
export function compareText(report: Report<'text.changed'>, path: Path, what: string, before: string | undefined, after: string | undefined): void {
  if (before === after) return;
  const summary =
    before === undefined ? `We added ${what}.` : after === undefined ? `We removed ${what}.` : `We reworded ${what}.`;
  report({ kind: 'text.changed', path, summary, before, after });
}

/** A list of free-text items, compared without regard to order. */
export function compareTextList(report: Report<'text.changed'>, path: Path, what: string, before: readonly string[] | undefined, after: readonly string[] | undefined): void {
  if (sameSet(before, after)) return;
  const summary = !before?.length ? `We added ${what}.` : !after?.length ? `We removed ${what}.` : `We reworded ${what}.`;
  report({ kind: 'text.changed', path, summary, before, after });
}

/** Several text fields of one object: `fields` maps each key to how the summary names it. */
export function compareFields<T extends object>(
  report: Report<'text.changed'>,
  path: Path,
  before: T | undefined,
  after: T | undefined,
  fields: Partial<Record<keyof T & string, string>>,
): void {
  for (const [key, what] of Object.entries(fields) as Array<[keyof T & string, string]>) {
    const old = before?.[key];
    const now = after?.[key];
    compareText(report, [...path, key], what, asText(old), asText(now));
  }
}

function asText(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}
