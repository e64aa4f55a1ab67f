import { words } from '../../i18n/active.js';
import { policyLanguage } from '../../i18n/language-codes.js';
import { overridesFor } from '../../i18n/overrides.js';
import type { Path } from '../../diagnostics.js';
import type { Policy } from '../../model/policy.generated.js';
import { citationLaws } from '../helpers/law.js';
import { derivedLaws, derivedSources, valueIn } from './derived.js';
import { chooseNonce, createMarkers, type Markers } from './markers.js';

/**
 * The state of one render for `--explain`: the markers in use and the table of sources they
 * stand for. Rendering is synchronous, so the trace of the render under way is a module variable,
 * set only for its duration; with none set, every function here returns its text unchanged and a
 * render is exactly what it is without `--explain`.
 */

/** Where a piece of text comes from, as rendering knows it. */
export type TracedSource = { kind: 'yaml'; path: Path } | { kind: 'law'; id: string } | { kind: 'clause'; file: string };

export interface Trace {
  readonly markers: Markers;
  /** The sources each marker id stands for. */
  readonly table: TracedSource[][];
  /** The policy being rendered, each object and list carrying its path (see `annotate`). */
  readonly policy: Policy;
  /** The clauses' root context, once built: its derived fields have sources of their own. */
  root?: object;
  /** The id of each set of sources in the table, by its JSON (with `if` before a condition's). */
  readonly ids: Map<string, number>;
  /** Ids of sources that are conditions: why a text is shown, not what wrote it. */
  readonly conditions: Set<number>;
  /** The file a clause is read from: the company's own (`policy.clauses`) where it overrides one. */
  readonly clauseFile: (name: string) => string;
}

let active: Trace | undefined;

/** The symbol under which an annotated policy's objects and lists keep their path. */
const PATH = Symbol('policyc.path');

/**
 * A trace for rendering `policy` with the company's clauses (`overrides`, by name): the nonce is one
 * neither contains.
 */
export function createTrace(policy: Policy, overrides: Readonly<Record<string, string>> = {}): Trace {
  const markers = createMarkers(chooseNonce([JSON.stringify(policy), ...Object.values(overrides)]));
  const folder = policy.policy?.clauses?.replace(/\/+$/, '');
  const own = policyLanguage(policy);
  // The file of the language being written: the company's (`de/about.hbs` in its folder) or the built-in one.
  const clauseFile = (name: string): string => {
    const language = words().code;
    const company = overridesFor(overrides, language, own);
    if (folder === undefined || !Object.hasOwn(company, name)) return `clauses/${language}/${name}.hbs`;
    return `${folder}/${language === own && Object.hasOwn(overrides, name) ? '' : `${language}/`}${name}.hbs`;
  };
  return { markers, table: [], ids: new Map(), conditions: new Set(), policy: annotate(policy, []) as Policy, clauseFile };
}

/** Run `render` with `trace` active. */
export function withTrace<T>(trace: Trace, render: () => T): T {
  const outer = active;
  active = trace;
  try {
    return render();
  } finally {
    active = outer;
  }
}

/** The trace of the render under way, if it is traced. */
export function activeTrace(): Trace | undefined {
  return active;
}

/**
 * A copy of the policy in which every object and list holds its own path under a symbol. The
 * symbol is an own enumerable property, so the `{ ...item, extra }` copies the model and the view
 * make keep it, while keys, JSON and Handlebars never see it.
 */
function annotate(value: unknown, path: Path): unknown {
  if (Array.isArray(value)) {
    const copy = value.map((item, index) => annotate(item, [...path, index]));
    Object.defineProperty(copy, PATH, { value: path, enumerable: true });
    return copy;
  }
  if (value !== null && typeof value === 'object') {
    const copy: Record<string | symbol, unknown> = {};
    // Defined, not assigned: a key such as `__proto__` stays a key, as it is in the value.
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(copy, key, { value: annotate(item, [...path, key]), enumerable: true, writable: true, configurable: true });
    }
    copy[PATH] = path;
    return copy;
  }
  return value;
}

/**
 * `change` applied to the text after any markers it starts with, so a helper that looks at the
 * first word ("the GDPR" → "The GDPR") sees the word, not a marker, and the marker stays in front.
 */
export function afterLeadingMarkers(text: string, change: (text: string) => string): string {
  const lead = active?.markers.leading(text) ?? 0;
  return lead === 0 ? change(text) : text.slice(0, lead) + change(text.slice(lead));
}

/** The path in privacy.yaml of an object or list of the annotated policy (or a copy of one). */
export function pathOf(value: unknown): Path | undefined {
  return value !== null && typeof value === 'object' ? ((value as Record<symbol, Path | undefined>)[PATH] ?? undefined) : undefined;
}

/** The id of a set of sources in the trace's table, the same set getting the same id. */
function sourceId(trace: Trace, sources: readonly TracedSource[], condition = false): number {
  const key = `${condition ? 'if' : ''}${JSON.stringify(sources)}`;
  const found = trace.ids.get(key);
  if (found !== undefined) return found;
  const id = trace.table.push([...sources]) - 1;
  trace.ids.set(key, id);
  if (condition) trace.conditions.add(id);
  return id;
}

/** `text` marked as coming from `sources` (unchanged when not tracing, or when there are none). */
export function marked(text: string, sources: readonly TracedSource[]): string {
  const trace = active;
  if (trace === undefined || text === '' || sources.length === 0) return text;
  return trace.markers.wrap(text, sourceId(trace, sources));
}

/**
 * A phrase that states the law, marked with the law-base entries it states ("Art. 6(1)(a) GDPR":
 * `gdpr.art-6-1-a`). Law helpers return their phrases through this, so wherever the phrase goes
 * (into a list, a heading, the view), its sentence knows which law it cites.
 */
export function lawPhrase(text: string, ids: readonly string[]): string {
  return marked(
    text,
    ids.map((id) => ({ kind: 'law', id })),
  );
}

/**
 * A printed value, marked with where it comes from. `hints` name the data the clause read to
 * print it, as pairs of object and key (a null key: the current item of an `{{#each}}`, with the
 * data frame as the object).
 */
export function printed(text: string, hints: readonly unknown[]): string {
  const trace = active;
  if (trace === undefined || text === '' || hints.length === 0) return text;
  const sources: TracedSource[] = [];
  for (let i = 0; i + 1 < hints.length; i += 2) {
    for (const source of valueSources(trace, hints[i], hints[i + 1])) {
      if (!sources.some((s) => sameSource(s, source))) sources.push(source);
    }
  }
  return marked(text, sources);
}

function sameSource(a: TracedSource, b: TracedSource): boolean {
  if (a.kind === 'yaml') return b.kind === 'yaml' && samePath(a.path, b.path);
  if (a.kind === 'law') return b.kind === 'law' && a.id === b.id;
  return b.kind === 'clause' && a.file === b.file;
}

/** The law-base entries that marked phrases in `text` cite. */
function lawIn(trace: Trace, text: unknown): TracedSource[] {
  if (typeof text !== 'string') return [];
  const out: TracedSource[] = [];
  for (const part of trace.markers.scan(text)) {
    if (typeof part === 'string' || part.kind !== 'open') continue;
    for (const source of trace.table[part.id] ?? []) if (source.kind === 'law' && !out.some((s) => sameSource(s, source))) out.push(source);
  }
  return out;
}

/** Where the value at `container[key]` comes from: privacy.yaml, or the law the view cites. */
function valueSources(trace: Trace, container: unknown, key: unknown): TracedSource[] {
  if (container === null || typeof container !== 'object' || typeof key !== 'string')
    return valuePaths(trace, container, key).map((path) => ({ kind: 'yaml', path }));
  const value = (container as Record<string, unknown>)[key];
  const law = container === trace.root ? undefined : LAW_FIELDS[key];
  if (law !== undefined && Object.hasOwn(container, law)) {
    const cited = lawIn(trace, (container as Record<string, unknown>)[law]);
    return key === 'label' ? [...listedAt(trace.policy, (container as { right?: unknown }).right, cited), ...cited] : cited;
  }
  if (container === trace.root && key === 'citation' && typeof value === 'string') {
    return citationLaws(value).map((id) => ({ kind: 'law', id }));
  }
  return valuePaths(trace, container, key).map((path) => ({ kind: 'yaml', path }));
}

/**
 * Words of a right the view states beside its provisions (its name, what it lets you do): they
 * state the law its reference cites.
 */
const LAW_FIELDS: Readonly<Record<string, string>> = { label: 'reference', explanation: 'reference', statement: 'reference' };

/**
 * Where the file lists a right: in `rights.everyone`, and under each law whose provision the right's
 * reference cites. (A right listed for everyone cites the laws that also grant it.)
 */
function listedAt(policy: Policy, right: unknown, cited: readonly TracedSource[]): TracedSource[] {
  const rights = policy.rights as Record<string, unknown> | undefined;
  if (typeof right !== 'string' || rights === undefined) return [];
  const laws = new Set(cited.flatMap((s) => (s.kind === 'law' ? [s.id.split('.')[0] as string] : [])));
  const lists: Path[] = [['everyone'], ...[...laws].map((law) => [law, 'rights'])];
  return lists.flatMap((list): TracedSource[] => {
    const items = valueIn(policy, ['rights', ...list]);
    const index = Array.isArray(items) ? items.indexOf(right) : -1;
    return index === -1 ? [] : [{ kind: 'yaml', path: ['rights', ...list, index] }];
  });
}

/** Where the value at `container[key]` comes from in privacy.yaml. */
function valuePaths(trace: Trace, container: unknown, key: unknown): Path[] {
  if (container === null || typeof container !== 'object') return [];
  if (key === null) {
    // `this` inside `{{#each}}`: the item of the list being walked.
    const frame = container as { items?: unknown; key?: unknown };
    const list = pathOf(frame.items);
    return list === undefined || (typeof frame.key !== 'number' && typeof frame.key !== 'string') ? [] : [[...list, frame.key]];
  }
  if (typeof key !== 'string') return [];
  const base = pathOf(container);
  if (base !== undefined && Object.hasOwn(container, key) && fieldOfSource(trace.policy, base, key)) {
    const value = (container as Record<string, unknown>)[key];
    const items = Array.isArray(value) ? itemPaths(value) : [];
    // A list's item read by position (`used.[0]`) has that number in its path.
    return items.length > 0 ? items : [[...base, Array.isArray(container) && /^\d+$/.test(key) ? Number(key) : key]];
  }
  const value = (container as Record<string, unknown>)[key];
  const derived = derivedSources({ policy: trace.policy, container, key, value, base, root: container === trace.root });
  if (derived.length > 0) return derived;
  // A list of the policy's own objects, taken whole (the providers outside the EEA): each item.
  return Array.isArray(value) ? itemPaths(value) : [];
}

/** The paths of the items of a list of the policy's objects: their names, where they have one. */
function itemPaths(list: readonly unknown[]): Path[] {
  const out: Path[] = [];
  for (const item of list) {
    const path = pathOf(item);
    if (path === undefined || Array.isArray(item)) continue;
    out.push(typeof (item as { name?: unknown }).name === 'string' ? [...path, 'name'] : path);
  }
  return out;
}

/** Whether `key` is a field the file itself has at `base`, not one the model or view added to a copy. */
function fieldOfSource(policy: Policy, base: Path, key: string): boolean {
  const node = valueIn(policy, base);
  return node !== null && typeof node === 'object' && Object.hasOwn(node, key);
}

export function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

/**
 * Text a clause shows only when a value says so (`{{#if sells}}`, `{{#unless …}}`), marked with
 * that value's place in the file, so each of its sentences also names the fact it depends on. Only
 * values the file states and a clause tests as such (a flag, a word) count: a list tested for
 * being empty is no fact of any one sentence.
 */
export function conditioned(text: string, hints: readonly unknown[]): string {
  const trace = active;
  if (trace === undefined || text === '' || hints.length === 0) return text;
  const sources: TracedSource[] = [];
  for (let i = 0; i + 1 < hints.length; i += 2) {
    const container = hints[i];
    const key = hints[i + 1];
    if (container === null || typeof container !== 'object' || typeof key !== 'string') continue;
    const value = (container as Record<string, unknown>)[key];
    if (value === null || typeof value === 'object') continue;
    for (const source of valueSources(trace, container, key)) if (source.kind === 'yaml' && !sources.some((s) => sameSource(s, source))) sources.push(source);
    // A fact the view derives from the law (the rights a declared law gives beyond the list) is shown for that law too.
    for (const id of derivedLaws({ policy: trace.policy, container, key, value, base: pathOf(container), root: container === trace.root })) {
      if (!sources.some((s) => s.kind === 'law' && s.id === id)) sources.push({ kind: 'law', id });
    }
  }
  if (sources.length === 0) return text;
  return around(trace, text, sourceId(trace, sources, true));
}

/**
 * `text` between an open and a close marker, inside its block syntax and leading and trailing
 * blanks, and before the bar that closes a table row.
 */
function around(trace: Trace, text: string, id: number): string {
  const start = blockPrefix(text);
  if (start === undefined) return text;
  const end = wordsEnd(text);
  if (end <= start) return text;
  return `${text.slice(0, start)}${trace.markers.marker('open', id)}${text.slice(start, end)}${trace.markers.marker('close', id)}${text.slice(end)}`;
}

/**
 * Where the words of a text end: before the blank space it ends with and, when it ends a table
 * row, before the row's closing bar. A mark after that bar would be a cell of its own, past the
 * table's columns, which Markdown drops: the clause's span would never close, and its file would
 * be credited for every sentence after it.
 */
function wordsEnd(text: string): number {
  const end = text.length - (/\s*$/.exec(text)?.[0].length ?? 0);
  if (text[end - 1] !== '|') return end;
  // A bar after an odd number of backslashes is text (`\|`, which a company's clause may write), not the row's.
  const backslashes = /\\*$/.exec(text.slice(0, end - 1))?.[0].length ?? 0;
  return backslashes % 2 === 1 ? end : text.slice(0, end - 1).trimEnd().length;
}

/**
 * Text rendered by a clause or partial, marked with its file. The marks go inside any block
 * syntax the text starts with (`- `, `## `, `| `) and before the blank space (and a table row's
 * closing bar) it ends with, so every line still starts and ends as it did. Text that starts a code block is left unmarked.
 */
export function clauseText(name: string, text: string): string {
  const trace = active;
  if (trace === undefined) return text;
  return around(trace, text, sourceId(trace, [{ kind: 'clause', file: trace.clauseFile(name) }]));
}

/**
 * A section of the document (a clause, or the company's own section), marked with where its
 * words come from: every sentence up to the next section's mark has this source, unless a
 * nearer one says more.
 */
export function sectionText(text: string, sources: readonly TracedSource[]): string {
  const trace = active;
  if (trace === undefined || sources.length === 0) return text;
  const start = blockPrefix(text) ?? codeStart(text);
  if (start === undefined) return text;
  return `${text.slice(0, start)}${trace.markers.marker('scope', sourceId(trace, sources))}${text.slice(start)}`;
}

/**
 * Where a section that opens with a code block (a company's clause may) can take its mark: in
 * the code's first line of content, after an indented block's indent or on the line after a
 * fence, which the block shows as written. Undefined for a fence with no content line.
 */
function codeStart(text: string): number | undefined {
  const indented = /^\s*?\n?( {4}|\t)/.exec(text);
  const fence = /^\s*?( {0,3})(`{3,}|~{3,})[^\n]*\n/.exec(text);
  if (fence !== null) {
    const rest = text.slice(fence[0].length);
    return rest === '' || /^ {0,3}(?:`{3,}|~{3,})\s*(?:\n|$)/.test(rest) || rest.startsWith('\n') ? undefined : fence[0].length;
  }
  return indented === null ? undefined : indented[0].length;
}

/**
 * Where the words of a block start, past blank lines and the syntax that opens it (a heading's
 * `#`, a list item's bullet, a quote's `>`, a table row's `|`); undefined for a code block,
 * whose every character is content.
 */
function blockPrefix(text: string): number | undefined {
  const match = /^\s*(?:(?:#{1,6}|[-*+]|\d{1,9}[.)]|>)[ \t]+|\|[ \t]*)*/.exec(text);
  const start = match?.[0].length ?? 0;
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1);
  if (/^(?: {4}|\t| {0,3}(?:```|~~~))/.test(line)) return undefined;
  return start;
}
