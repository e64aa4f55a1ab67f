import { charge, isBudgetExhausted, renderingItem } from './budget.js';
import { ClauseError } from './clause-error.js';
import { escapeMarkdown } from './helpers/markdown.js';
import { clauseText, conditioned, printed } from './provenance/trace.js';

/**
 * What the compiled clauses (clause-code.generated.ts, written by clause-compiler.ts) call: the
 * few pieces of Handlebars' runtime behaviour they rely on, with the same results. Clause
 * contexts hold plain data (from the YAML and view.ts), never functions, so Handlebars' calling
 * of function values is not needed.
 */

/** A Handlebars data frame: `@root`, and inside `{{#each}}` the position of the item. */
export interface Frame {
  root: unknown;
  _parent?: Frame;
  key?: unknown;
  index?: number;
  first?: boolean;
  last?: boolean;
  /** Inside `{{#each}}`: the list or object walked, so `--explain` can tell where `this` comes from. */
  items?: unknown;
}

/** A partial, called with its caller's context and data frame and the table of partials. */
export type Partial = (context: unknown, data: Frame, partials: Partials) => string;

export type Partials = Readonly<Record<string, Partial>>;

/** A clause as an environment renders it, with the partials it may call. */
export type Clause = (context: object, partials: Partials) => string;

/** One language's built-in clauses, compiled (clause-code[.<lang>].generated.ts). */
export interface ClausePack {
  CLAUSE_CODE: Readonly<Record<string, Clause>>;
  PARTIAL_CODE: Readonly<Record<string, Partial>>;
  /** English: each clause source's version, which translations record (docs/translating.md). */
  SOURCE_HASHES?: Readonly<Record<string, string>>;
  /** Another language: its clauses that translate an older version of the English. */
  STALE?: readonly string[];
}

/** What Handlebars passes as `this` to a block whose context is null or undefined. */
export const NULL_CONTEXT: object = Object.seal({});

/**
 * `{{value}}`: the value as literal Markdown text; nothing for null and undefined. `hints` name
 * the data the value was made from, as object and key pairs, for `--explain` (see
 * provenance/trace.ts); without it they are not looked at.
 */
export function escapeText(value: unknown, ...hints: unknown[]): string {
  const text = escapeMarkdown(value === undefined || value === null ? '' : String(value));
  // Every value a clause prints passes here, so this is where printed values are charged to the
  // render budget.
  charge(text.length);
  return hints.length === 0 ? text : printed(text, hints);
}

/** `{{{helper …}}}`: Markdown a helper built (a link), with the hints `escapeText` takes. */
export function sourced(markdown: string, ...hints: unknown[]): string {
  return printed(markdown, hints);
}

/** `{{#if}}`'s output, with the hints of the value it tested, which `--explain` adds to its sentences. */
export function shownFor(text: string, ...hints: unknown[]): string {
  return conditioned(text, hints);
}

/** What `{{#if}}` treats as false: falsy values (0 included) and empty arrays. */
export function isFalsy(value: unknown): boolean {
  return !value || (Array.isArray(value) && value.length === 0);
}

/** `{{#with value}}`: the block with `value` as its context unless it is empty (0 is not). */
export function withContext(value: unknown, fn: (context: unknown) => string, inverse: () => string): string {
  const empty = (!value && value !== 0) || (Array.isArray(value) && value.length === 0);
  return empty ? inverse() : fn(value);
}

/**
 * `{{#each value}}`: the block once per item of an array (or iterable) or own key of an object,
 * with one frame reused for every item, as Handlebars does; the inverse when there is none.
 */
export function each(value: unknown, data: Frame, fn: (context: unknown, data: Frame) => string, inverse: () => string): string {
  const frame: Frame = { ...data, _parent: data, items: value };
  let out = '';
  let count = 0;
  const item = (key: unknown, index: number, last: boolean, context: unknown): void => {
    frame.key = key;
    frame.index = index;
    frame.first = index === 0;
    frame.last = last;
    renderingItem(context);
    out += fn(context, frame);
  };
  if (value && typeof value === 'object') {
    const items = Array.isArray(value) ? value : Symbol.iterator in value ? Array.from(value as Iterable<unknown>) : undefined;
    if (items !== undefined) {
      for (; count < items.length; count++) if (count in items) item(count, count, count === items.length - 1, items[count]);
    } else {
      const keys = Object.keys(value);
      for (; count < keys.length; count++) {
        const key = keys[count] as string;
        item(key, count, count === keys.length - 1, (value as Record<string, unknown>)[key]);
      }
    }
  }
  return count === 0 ? inverse() : out;
}

/**
 * A property as Handlebars reads it: own properties only (a prototype's `constructor` neither),
 * so nothing inherited, such as `__proto__` or `constructor`, can be reached from a clause.
 */
export function get(object: unknown, key: string): unknown {
  const value = (object as Record<string, unknown>)[key];
  if (value === undefined || value === null) return value;
  if (!Object.prototype.hasOwnProperty.call(object, key)) return undefined;
  return key === 'constructor' && typeof value === 'function' && object === value.prototype ? undefined : value;
}

/** Strict mode's check of a printed value: the field must exist (a misspelt name is an error). */
export function strict(object: unknown, key: string, at: string): unknown {
  if (!object || !(key in (object as object))) throw new Error('"' + key + '" not defined in ' + String(object) + ' - ' + at);
  return get(object, key);
}

/** Handlebars' stack of contexts for `../`: a block with a new context pushes it. */
export function pushContext(context: unknown, depths: unknown[]): unknown[] {
  return context != depths[0] && !(context === NULL_CONTEXT && depths[0] === null) ? [context, ...depths] : depths;
}

/** Calls a partial from the table; an error inside it names the partial, as each clause does. */
export function partial(name: string, partials: Partials, context: unknown, data: Frame): string {
  try {
    return clauseText(name, (partials[name] as Partial)(context, data, partials));
  } catch (error) {
    throw isBudgetExhausted(error) ? error : named(name, error);
  }
}

/** A clause as an environment calls it, with the data frame Handlebars gives a template: `{ root }`. */
export function clause(name: string, main: Partial): Clause {
  return (context, partials) => {
    try {
      return main(context, { root: context }, partials);
    } catch (error) {
      throw isBudgetExhausted(error) ? error : named(name, error);
    }
  };
}

function named(name: string, error: unknown): ClauseError {
  if (error instanceof ClauseError) return error;
  return new ClauseError(name, error instanceof Error ? error.message : String(error));
}
