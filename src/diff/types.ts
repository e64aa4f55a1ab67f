import type { Path } from '../diagnostics.js';
import type { PolicyModel } from '../model/normalize.js';

/**
 * How much a change matters to the people the policy is about. `material` changes need advance
 * notice; `minor` ones are worth telling; `editorial` ones change wording, not practice.
 */
export type Level = 'material' | 'minor' | 'editorial';

/** Most important first: the order of notices and of `--fail-on` thresholds. */
export const LEVELS: readonly Level[] = ['material', 'minor', 'editorial'];

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** One classified change, as the JSON output and the notices show it. */
export interface Change {
  /** `area.what`, e.g. `subprocessor.added`; the documented table lists them all. */
  kind: string;
  level: Level;
  /** Where it is, in the new file (in the old one for removals): `subprocessors[3].location`. */
  path: string;
  /** One sentence a user understands. */
  summary: string;
  /** The old and the new value at `path`; null when absent. */
  before: JsonValue;
  after: JsonValue;
}

/** The documented facts about one kind: its default level and what it means. */
export interface KindInfo {
  level: Level;
  /** One line for the table in docs/diff.md: when this kind is reported. */
  description: string;
}

/** What a check reports; the engine adds the level and formats the path. */
export interface Found<K extends string = string> {
  kind: K;
  path: Path;
  summary: string;
  before?: unknown;
  after?: unknown;
}

export type Report<K extends string = string> = (found: Found<K>) => void;

/**
 * A change check: one area of the policy, one file, like an oasdiff check. It compares two
 * normalized policies and reports the kinds it declares, never printing anything.
 */
export interface ChangeCheck<K extends string = string> {
  /** kebab-case, also the file name. */
  id: string;
  /**
   * The fields it compares, as patterns: `controller.name`, `subprocessors` (the whole list),
   * `rights.*.rights` (`*` is any key, `[]` any list item). Listed in the docs; anything no check
   * covers is still reported, as `other.changed`.
   */
  fields: readonly string[];
  kinds: Readonly<Record<K, KindInfo>>;
  detect(before: PolicyModel, after: PolicyModel, report: Report<K>): void;
}

/** Lets a check's `report` accept only the kinds it declares. */
export function defineCheck<K extends string>(check: ChangeCheck<K>): ChangeCheck<K> {
  return check;
}
