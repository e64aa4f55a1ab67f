import { formatPath, type Path } from '../../diagnostics.js';
import { normalize } from '../../model/normalize.js';
import type { Policy } from '../../model/policy.generated.js';
import { renderMarkdown, type RenderOptions } from '../markdown.js';
import { parseMarkdown } from '../marked-safe.js';
import { tracedSentences } from './sentences.js';
import { createTrace, withTrace, type TracedSource } from './trace.js';

/**
 * `--explain`: every sentence of the policy with where it comes from, for a lawyer to review
 * the law base once and each company's file line by line. docs/explain.md describes the format.
 */
export interface Explanation {
  sentences: ExplainedSentence[];
}

export interface ExplainedSentence {
  /** The sentence as the policy reads, without markup. */
  text: string;
  /** The heading of its section. */
  section: string;
  /** At least one. */
  sources: ExplainSource[];
}

export type ExplainSource =
  /** A value of privacy.yaml: its path (`subprocessors[2].name`) and, when the source is known, its line. */
  | { kind: 'yaml'; path: string; line?: number }
  /** A statement of the law: the law-base entry (`gdpr.art-6-1-a`, `transfer.scc`, `ccpa`). */
  | { kind: 'law'; id: string }
  /** Fixed wording: the clause file it is written in. */
  | { kind: 'clause'; file: string };

export interface ExplainOptions extends RenderOptions {
  /** The line in privacy.yaml of a path (a source map's `locate`); without it, lines are left out. */
  lineOf?: (path: Path) => number;
}

/** Thrown when the traced rendering does not read as the policy does: a defect, never the input's fault. */
export class ExplainError extends Error {
  override readonly name = 'ExplainError';
}

/**
 * Render the policy again with markers, read its sentences and their sources, and check that,
 * markers removed, it is exactly `markdown`, the policy as built: the sentences explained are the
 * sentences published.
 */
export function explainPolicy(policy: Policy, markdown: string, options: ExplainOptions = {}): Explanation {
  const { lineOf, ...render } = options;
  const trace = createTrace(policy, render.overrides);
  const traced = withTrace(trace, () => renderMarkdown(normalize(trace.policy), render));
  if (trace.markers.strip(traced) !== markdown) {
    throw new ExplainError('the policy rendered for --explain differs from the policy built; please report this as a bug');
  }
  const sentences = tracedSentences(parseMarkdown(traced), trace.markers, trace.table, trace.conditions);
  return {
    sentences: sentences.map((s) => ({ text: s.text, section: s.section, sources: s.sources.map((source) => publicSource(source, lineOf)) })),
  };
}

function publicSource(source: TracedSource, lineOf: ((path: Path) => number) | undefined): ExplainSource {
  if (source.kind !== 'yaml') return source;
  const line = lineOf?.(source.path);
  return { kind: 'yaml', path: formatPath(source.path), ...(line === undefined || line < 1 ? {} : { line }) };
}

/** The explanation as written to `<name>.explain.json`. */
export function explanationJson(explanation: Explanation): string {
  return `${JSON.stringify(explanation, null, 2)}\n`;
}
