import type { PolicyModel } from '../model/normalize.js';
import type { SectionId } from '../model/policy.generated.js';
import { ClauseBudget } from './clause-budget.js';
import type { Path } from '../diagnostics.js';
import { MAX_PRINTED_CHARACTERS, renderingClause, withRenderBudget } from './budget.js';
import { ClauseError } from './clause-error.js';
import { CLAUSE_PACKS } from './clause-packs.generated.js';
import type { ClausePack } from './clause-runtime.js';
import { createClauseEnvironment, type ClauseEnvironment } from './handlebars.js';
import { activeTrace, sectionText } from './provenance/trace.js';
import { fillEmptyCells } from './not-stated.js';
import { sanitiseMarkdown } from './sanitise-markdown.js';
import { arrange, checkOverrides, INTRO, SECTION_ORDER } from './sections.js';
import { PAGE_IDS } from './html.js';
import { parseMarkdown } from './marked-safe.js';
import { buildContext, type ClauseContext } from './view.js';
import { inLanguage, words } from '../i18n/active.js';
import { catalogOf, policyLanguage, type LanguageCode } from '../i18n/languages.js';
import { overridesFor } from '../i18n/overrides.js';

export interface RenderOptions {
  /** Clause sources that replace built-in ones of the same name (`about`, `partials/right-item`). */
  overrides?: Readonly<Record<string, string>>;
  /** The render budget (budget.ts); the default suits every real policy. */
  maxPrintedCharacters?: number;
  /** The language to write in (src/i18n/languages.ts); the policy's own (`policy.language`) by default. */
  language?: LanguageCode;
}

/** A language's built-in clauses, compiled ahead of time to plain functions (clause-compiler.ts). */
function builtIn({ CLAUSE_CODE, PARTIAL_CODE }: ClausePack): ClauseEnvironment {
  return {
    render(name, context) {
      const clause = CLAUSE_CODE[name];
      if (clause === undefined) throw new ClauseError(name, 'no such clause');
      return clause(context, PARTIAL_CODE);
    },
  };
}

/**
 * The clause pack of a language (`clauses/<lang>/`). A clause the language does not have yet is
 * the English one; the pack lists it as stale, so build says so (docs/translating.md).
 */
export function clausePack(language: string): ClausePack {
  const pack = CLAUSE_PACKS[language];
  const english = CLAUSE_PACKS['en'];
  if (pack === undefined || english === undefined) throw new ClauseError(language, 'no clauses in this language');
  if (pack === english) return pack;
  return { ...pack, CLAUSE_CODE: { ...english.CLAUSE_CODE, ...pack.CLAUSE_CODE }, PARTIAL_CODE: { ...english.PARTIAL_CODE, ...pack.PARTIAL_CODE } };
}

/** Handlebars environments for a company's overrides, by language and override set. */
const environments = new Map<string, ClauseEnvironment>();

function environment(overrides: Readonly<Record<string, string>> | undefined, language: string): ClauseEnvironment {
  const pack = clausePack(language);
  if (overrides === undefined || Object.keys(overrides).length === 0) return builtIn(pack);
  const key = JSON.stringify([language, ...Object.entries(overrides).sort(([a], [b]) => (a < b ? -1 : 1))]);
  let env = environments.get(key);
  if (env === undefined) {
    checkOverrides(overrides ?? {});
    env = createClauseEnvironment(overrides, pack);
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
  const own = policyLanguage(model.source);
  const language = options.language ?? own;
  const overrides = overridesFor(options.overrides, language, own);
  return inLanguage(catalogOf(language), () => renderIn(model, { ...options, overrides }, language));
}

function renderIn(model: PolicyModel, options: RenderOptions, language: LanguageCode): string {
  const env = environment(options.overrides, language);
  // Values are charged as they are printed, so an input that multiplies them (an alias reused
  // hundreds of times) stops at the budget instead of filling the heap (budget.ts).
  return withRenderBudget(
    options.maxPrintedCharacters ?? MAX_PRINTED_CHARACTERS,
    (item) => entryPath(model.source, item),
    () => {
      const context = buildContext(model);
      const notStated = words().page.notStated;
      const budget = new ClauseBudget();
      const trace = activeTrace();
      if (trace !== undefined) trace.root = context;
      // Under --explain, each section says which clause file its words come from.
      const clause = (name: string, text: string): string =>
        trace === undefined ? text : sectionText(text, [{ kind: 'clause', file: trace.clauseFile(name) }]);
      // Built-in clauses escape everything they print (a test holds them to it); a company's own
      // clauses may write raw HTML or unsafe links, and any section may include one of them.
      const overridden = options.overrides !== undefined && Object.keys(options.overrides).length > 0;
      const render = (name: string, view: ClauseContext = context): string => {
        renderingClause(name);
        const text = env.render(name, view, budget);
        // Theirs is read and re-written like a section body (sanitise-markdown.ts), headings kept.
        // Either way a table cell the file gives no value for says so (not-stated.ts).
        return overridden
          ? tidy(sanitiseMarkdown(trace === undefined ? text : trace.markers.offDelimiters(text), 1, notStated))
          : fillEmptyCells(tidy(text), notStated);
      };
      const builtIn = new Map<SectionId, string>();
      for (const id of SECTION_ORDER) {
        const text = render(id);
        // A clause with nothing to say for this policy renders at most its heading.
        if (/\S/.test(text.replace(/^#{1,6} .*$/m, ''))) builtIn.set(id, clause(id, text));
      }
      const intro = clause(INTRO, render(INTRO));
      renderingClause('sections');
      const sections = arrange(builtIn, model.source.sections ?? [], notStated);
      if (model.source.policy?.key_points === false) return `${[intro, ...sections].join('\n\n')}\n`;
      // The key points come first and link to the sections after them, whose anchors are known only
      // once they are written: a heading's anchor depends on the headings before it.
      const placeholder = `## ${words().page.keyPoints}`;
      const anchors = sectionAnchors([intro, placeholder, ...sections], builtIn);
      const keyPoints = clause(KEY_POINTS, render(KEY_POINTS, { ...context, keyPoints: { ...context.keyPoints, anchors } }));
      return `${[intro, keyPoints, ...sections].join('\n\n')}\n`;
    },
  );
}

/**
 * Where in the policy the item a clause was printing comes from: the first list entry with its
 * `id` (or, for entries without one, its `name`), as `purposes[57]`. Views copy entries, so they
 * are found by these keys, not by identity. Empty when there is no such entry.
 */
function entryPath(policy: object, item: unknown): Path {
  if (item === null || typeof item !== 'object') return [];
  const { id, name } = item as { id?: unknown; name?: unknown };
  const matches = (entry: unknown): boolean =>
    entry !== null &&
    typeof entry === 'object' &&
    (id !== undefined ? (entry as { id?: unknown }).id === id : name !== undefined && (entry as { name?: unknown }).name === name);
  for (const [key, value] of Object.entries(policy)) {
    if (!Array.isArray(value)) continue;
    const index = value.findIndex(matches);
    if (index !== -1) return [key, index];
  }
  return [];
}

/** The clause of the key points, and the heading it starts with. */
export const KEY_POINTS = 'key-points';

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
