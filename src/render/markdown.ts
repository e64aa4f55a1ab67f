import type { PolicyModel } from '../model/normalize.js';
import type { SectionId } from '../model/policy.generated.js';
import { ClauseError } from './clause-error.js';
import { CLAUSE_CODE, PARTIAL_CODE } from './clause-code.generated.js';
import { createClauseEnvironment, type ClauseEnvironment } from './handlebars.js';
import { neutraliseMarkdown } from './helpers/markdown.js';
import { arrange, checkOverrides, INTRO, SECTION_ORDER } from './sections.js';
import { PAGE_IDS } from './html.js';
import { parseMarkdown } from './marked-safe.js';
import { buildContext, type ClauseContext } from './view.js';

export interface RenderOptions {
  /** Clause sources that replace built-in ones of the same name (`about`, `partials/right-item`). */
  overrides?: Readonly<Record<string, string>>;
}

/** The built-in clauses, compiled ahead of time to plain functions (clause-compiler.ts). */
const BUILT_IN: ClauseEnvironment = {
  render(name, context) {
    const clause = CLAUSE_CODE[name];
    if (clause === undefined) throw new ClauseError(name, 'no such clause');
    return clause(context, PARTIAL_CODE);
  },
};

/** Handlebars environments for a company's overrides, by override set. */
const environments = new Map<string, ClauseEnvironment>();

function environment(overrides: Readonly<Record<string, string>> | undefined): ClauseEnvironment {
  if (overrides === undefined || Object.keys(overrides).length === 0) return BUILT_IN;
  const key = JSON.stringify(Object.entries(overrides).sort(([a], [b]) => (a < b ? -1 : 1)));
  let env = environments.get(key);
  if (env === undefined) {
    checkOverrides(overrides ?? {});
    env = createClauseEnvironment(overrides);
    // Override sets are usually one per policy; keep the cache from growing without bound.
    if (environments.size > 16) environments.clear();
    environments.set(key, env);
  }
  return env;
}

/**
 * The policy as Markdown: `# title`, the dates and an introduction, then one `##` section per
 * built-in clause that has something to say, with the company's own sections in their places.
 * Pure: the same model and overrides always give the same bytes.
 */
export function renderMarkdown(model: PolicyModel, options: RenderOptions = {}): string {
  const env = environment(options.overrides);
  const context = buildContext(model);
  // Built-in clauses escape everything they print (a test holds them to it); a company's own
  // clauses may write raw HTML or unsafe links, and any section may include one of them.
  const overridden = options.overrides !== undefined && Object.keys(options.overrides).length > 0;
  const render = (name: string, view: ClauseContext = context): string => {
    const text = env.render(name, view);
    return tidy(overridden ? neutraliseMarkdown(text) : text);
  };
  const builtIn = new Map<SectionId, string>();
  for (const id of SECTION_ORDER) {
    const text = render(id);
    // A clause with nothing to say for this policy renders at most its heading.
    if (/\S/.test(text.replace(/^#{1,6} .*$/m, ''))) builtIn.set(id, text);
  }
  const intro = render(INTRO);
  const sections = arrange(builtIn, model.source.sections ?? []);
  if (model.source.policy?.key_points === false) return `${[intro, ...sections].join('\n\n')}\n`;
  // The key points come first and link to the sections after them, whose anchors are known only
  // once they are written: a heading's anchor depends on the headings before it.
  const placeholder = `## ${KEY_POINTS_HEADING}`;
  const anchors = sectionAnchors([intro, placeholder, ...sections], builtIn);
  const keyPoints = render(KEY_POINTS, { ...context, keyPoints: { ...context.keyPoints, anchors } });
  return `${[intro, keyPoints, ...sections].join('\n\n')}\n`;
}

/** The clause of the key points, and the heading it starts with. */
export const KEY_POINTS = 'key-points';
const KEY_POINTS_HEADING = 'Key points';

/** `#anchor` of each built-in section's heading, as the page and Markdown viewers make them. */
function sectionAnchors(parts: readonly string[], builtIn: ReadonlyMap<SectionId, string>): Partial<Record<SectionId, string>> {
  // Only the headings matter, so only they are read: every one takes an anchor, in order.
  const headingLines = parts.map((part) => part.split('\n').filter((line) => /^#{1,6} /.test(line)));
  const { headings } = parseMarkdown(headingLines.flat().join('\n\n'), PAGE_IDS);
  const anchors: Partial<Record<SectionId, string>> = {};
  let index = 0;
  const firstHeading = new Map<string, number>();
  parts.forEach((part, i) => {
    firstHeading.set(part, index);
    index += headingLines[i]?.length ?? 0;
  });
  for (const [id, text] of builtIn) {
    const at = firstHeading.get(text);
    const heading = at === undefined ? undefined : headings[at];
    if (heading !== undefined) anchors[id] = `#${heading.id}`;
  }
  return anchors;
}

/** Lines that start a block of their own, which must stay on their own line. */
const BLOCK_START = /^(?: {0,3}(?:#{1,6}(?:\s|$)|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|>|\||```|~~~)| {4}|\t)/;

/**
 * Clauses are written one sentence per line; join each paragraph's lines into one, drop trailing
 * spaces and keep at most one blank line between blocks. Lists, tables and headings stay as they
 * are.
 */
export function tidy(markdown: string): string {
  let out = '';
  let block: string[] = [];
  // A block is a run of lines with something on them (trailing blanks dropped).
  const flush = (): void => {
    if (block.length === 0) return;
    const text = block.some((line) => BLOCK_START.test(line))
      ? // Optional cells leave runs of spaces in table rows; data itself never has them.
        block.map((line) => (line.startsWith('|') ? line.replace(/ {2,}/g, ' ') : line)).join('\n')
      : block.map((line) => line.trim()).join(' ');
    out = out === '' ? text : `${out}\n\n${text}`;
    block = [];
  };
  for (const line of markdown.split('\n')) {
    const trimmed = line.trimEnd();
    if (trimmed === '') flush();
    else block.push(trimmed);
  }
  flush();
  return out;
}
