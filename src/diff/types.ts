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
  /**
   * When several changes share one cause and were merged into this one (docs/diff.md, "One change,
   * one line"): the particulars, one sentence each, and every path merged. Absent otherwise.
   */
  details?: string[];
  paths?: string[];
  /** Where a notice lists it. */
  topic: Topic;
}

/**
 * The topics of a notice, in the order a notice lists them: a reader looks for "who gets my data",
 * not for a level.
 */
export const TOPICS = {
  company: 'Who we are and how to reach us',
  scope: 'What this policy covers',
  commitments: 'Our commitments',
  collection: 'What we collect',
  use: 'How we use your data',
  sharing: 'Who we share it with',
  transfers: 'Where your data goes',
  government: 'Requests from governments and law enforcement',
  retention: 'How long we keep it',
  rights: 'Your rights',
  children: 'Children',
  cookies: 'Cookies and tracking',
  ai: 'AI',
  security: 'Security and data breaches',
  changes: 'How we tell you about changes',
  other: 'Other changes',
} as const;

export type Topic = keyof typeof TOPICS;

/**
 * What several changes have in common when one fact caused them all (one exception added to every
 * retention entry, one address used by several contacts): changes with the same `key` become one
 * line, `summary`, with each change's `detail` listed under it.
 */
export interface Cause {
  key: string;
  /** The one line; a fixed shape with names and quoted words of the company, never spliced text. */
  summary: string;
  /** This change's particular, for the list under the line. */
  detail: string;
}

/** The documented facts about one kind: its default level and what it means. */
export interface KindInfo {
  level: Level;
  /** One line for the table in docs/diff.md: when this kind is reported. */
  description: string;
  /** Where a notice lists it, when not under its check's topic. */
  topic?: Topic;
}

/** What a check reports; the engine adds the level and formats the path. */
export interface Found<K extends string = string> {
  kind: K;
  path: Path;
  summary: string;
  before?: unknown;
  after?: unknown;
  /** Set when the same fact may cause this change in several places: see Cause. */
  cause?: Cause;
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
  /** Where a notice lists its changes. */
  topic: Topic;
  kinds: Readonly<Record<K, KindInfo>>;
  detect(before: PolicyModel, after: PolicyModel, report: Report<K>): void;
}

/** Lets a check's `report` accept only the kinds it declares. */
export function defineCheck<K extends string>(check: ChangeCheck<K>): ChangeCheck<K> {
  return check;
}
