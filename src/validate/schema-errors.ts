import type { ErrorObject } from 'ajv';
import schemaJson from '../../schema/privacy.schema.json' with { type: 'json' };
import { formatPath, placeOf, type Path, type Problem } from '../diagnostics.js';
import { asPhrase, describeType, describeValue, jsonType, oneOf, plural, quote, typeAccepts } from './describe.js';
import { listForm, reason, repair, synonym } from './repairs.js';
import { didYouMean, suggest } from './suggest.js';

/** A schema (sub)object as it appears in the JSON: only the keywords the wording reads. */
interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  description?: string;
  examples?: unknown[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  anyOf?: SchemaNode[];
  [keyword: string]: unknown;
}

const schema = schemaJson as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };

export interface SchemaProblem extends Problem {
  /** `schema/<keyword>`: `schema/enum`, `schema/additional-properties`, `schema/any-of`, … */
  code: string;
}

export interface MappingContext {
  /** The value that was validated. */
  root: unknown;
  /** How a scalar was written in the source, so `1.0` is quoted as typed, not as 1. */
  sourceOf?: (path: Path) => string | undefined;
}

interface Entry {
  error: ErrorObject;
  path: Path;
}

/**
 * ajv's errors, produced with `allErrors` and `verbose`, to one problem per node and fault, in
 * words: the offending value, what is allowed, a suggestion. The wording comes from the schema's
 * own descriptions and examples, so a new field needs no new code here.
 */
export function mapSchemaErrors(errors: readonly ErrorObject[], context: MappingContext): SchemaProblem[] {
  const entries: Entry[] = [];
  const problems: SchemaProblem[] = [];
  for (const error of errors) {
    const path = toPath(error.instancePath, context.root);
    if (error.keyword === 'if') {
      // Always accompanied by the errors of the `then` or `else` branch, which say what is wrong.
      continue;
    } else if (error.keyword === 'oneOf' && (error.params as { passingSchemas?: unknown }).passingSchemas) {
      entries.push({ error, path });
    } else if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
      // ajv reports every alternative's errors, then the anyOf itself: take them back and decide.
      // A oneOf that no alternative matches reads the same way.
      const branches = takeTrailing(entries, (e) => isWithin(e.error.instancePath, error.instancePath));
      const { keep, problem } = collapseAnyOf(error, path, branches, context);
      for (const entry of keep) entries.push(entry);
      if (problem) problems.push(problem);
    } else if (error.keyword === 'propertyNames') {
      const names = resolve(error.schema as SchemaNode);
      const inner = takeTrailing(
        entries,
        (e) => e.error.instancePath === error.instancePath && (e.error.parentSchema === names || e.error.parentSchema === error.schema),
      );
      problems.push(propertyNameProblem(error, path, inner[0]?.error, names));
    } else {
      entries.push({ error, path });
    }
  }
  // concat, not push(...): a list of 200,000 wrong values gives as many problems, more than a call takes arguments.
  return dedupe(problems.concat(mapEntries(entries, context)));
}

function mapEntries(entries: readonly Entry[], context: MappingContext): SchemaProblem[] {
  // A value of the wrong type fails other keywords too (an enum, a pattern); the type says it all.
  const mistyped = new Set(entries.filter((e) => e.error.keyword === 'type').map((e) => e.error.instancePath));
  const missing = new Map<string, { path: Path; parent: SchemaNode; names: string[] }>();
  const problems: SchemaProblem[] = [];
  for (const entry of entries) {
    const { error, path } = entry;
    if (error.keyword !== 'type' && mistyped.has(error.instancePath)) continue;
    if (error.keyword === 'required') {
      const group = missing.get(error.instancePath) ?? { path, parent: error.parentSchema as SchemaNode, names: [] };
      group.names.push(String(error.params.missingProperty));
      missing.set(error.instancePath, group);
      continue;
    }
    problems.push(mapError(entry, context));
  }
  // `nme: x` where `name` is required: the unknown key is the missing one misspelled, and its
  // "did you mean" says all there is to say.
  for (const entry of entries) {
    if (entry.error.keyword !== 'additionalProperties') continue;
    const group = missing.get(entry.error.instancePath);
    const meant = group ? suggest(String(entry.error.params.additionalProperty), group.names, 1)[0] : undefined;
    if (group && meant !== undefined) group.names = group.names.filter((name) => name !== meant);
  }
  for (const { path, parent, names } of missing.values()) if (names.length > 0) problems.push(requiredProblem(path, parent, names));
  return problems;
}

function mapError({ error, path }: Entry, context: MappingContext): SchemaProblem {
  const parent = (error.parentSchema ?? {}) as SchemaNode;
  const where = placeOf(path);
  const code = `schema/${kebab(error.keyword)}`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(parent.properties ?? {});
      const hint =
        key === '<<'
          ? 'policyc reads YAML 1.2, which has no merge keys (<<): write the keys out in full.'
          : (didYouMean(key, allowed) ?? belongsUnder(key, parent) ?? `Allowed keys: ${allowed.join(', ')}.`);
      return { code, path: [...path, key], onKey: true, message: `Unknown key ${quote(key)} in ${where}.`, hint };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = String(error.data);
      const meant = synonym(definitionName(parent), value, allowed);
      const list = listForm(definitionName(parent), value, allowed, typeof path[path.length - 1] === 'number');
      const suggestion = list ?? (meant !== undefined ? `Did you mean ${quote(meant)}?` : didYouMean(value, allowed));
      // A law policyc has no rules for can still be named, in words.
      const elsewhere = definitionName(parent) === 'jurisdiction' && suggestion === undefined ? 'Name any other law in other_laws, in words.' : undefined;
      return { code, path, message: `${quote(value)} is not ${enumNoun(parent, path)}.`, hint: join(suggestion, `Allowed: ${oneOf(allowed)}.`, elsewhere) };
    }
    case 'type':
      return typeProblem(path, describeType(error.schema), error.data, context, code);
    case 'pattern':
    case 'format': {
      const value = String(error.data);
      const fix = repair(definitionName(parent), value);
      const why = reason(definitionName(parent), value);
      return {
        code,
        path,
        message: `${quote(value)} is not ${phraseFor(parent)}.${why ? ` ${why}` : ''}`,
        hint: join(fix ? `Did you mean ${quote(fix)}?` : undefined, examplesOf(parent)),
      };
    }
    case 'minItems':
    case 'maxItems': {
      const limit = Number(params.limit);
      const bound = error.keyword === 'minItems' ? 'at least' : 'at most';
      return {
        code,
        path,
        message: `${where} must list ${bound} ${plural(limit, 'item')}, but lists ${(error.data as unknown[]).length}.`,
        hint: parent.description,
      };
    }
    case 'uniqueItems': {
      const [later, earlier] = [Number(params.i), Number(params.j)];
      const item = (error.data as unknown[])[later];
      const shown = typeof item === 'string' ? quote(item) : `item ${later + 1}`;
      return {
        code,
        path: [...path, later],
        message: `${shown} appears twice in ${where} (also at ${formatPath([...path, earlier])}).`,
        hint: 'Remove one of them.',
      };
    }
    case 'minLength':
    case 'maxLength': {
      const limit = Number(params.limit);
      const length = [...String(error.data)].length;
      if (error.keyword === 'minLength' && limit === 1) return { code, path, message: `${where} is empty.`, hint: 'Write a value, or remove the key.' };
      const bound = error.keyword === 'minLength' ? 'at least' : 'at most';
      return { code, path, message: `${where} is ${plural(length, 'character')} long; it must be ${bound} ${limit}.` };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        code,
        path,
        message: `${where} must be ${COMPARISONS[String(params.comparison)] ?? String(params.comparison)} ${String(params.limit)}, but is ${String(error.data)}.`,
        hint: parent.description,
      };
    case 'const':
      return {
        code,
        path,
        message: `${where} must be ${JSON.stringify(error.schema)}, not ${describeValue(error.data, context.sourceOf?.(path))}.`,
        hint: parent.description,
      };
    case 'oneOf':
      return {
        code,
        path,
        message: `${capitalize(where)} fits more than one of the forms allowed here, so its meaning is ambiguous.`,
        hint: parent.description,
      };
    default:
      return { code, path, message: `${where} does not satisfy the schema's '${error.keyword}' rule.`, hint: parent.description };
  }
}

const COMPARISONS: Readonly<Record<string, string>> = { '<=': 'at most', '>=': 'at least', '<': 'less than', '>': 'more than' };

function typeProblem(path: Path, expected: string, value: unknown, context: MappingContext, code: string): SchemaProblem {
  const where = placeOf(path);
  if (jsonType(value) === 'null')
    return { code, path, message: `${where} has no value; expected ${expected}.`, hint: 'Write a value after the colon, or remove the key.' };
  const source = context.sourceOf?.(path);
  return { code, path, message: `Expected ${expected} for ${where}, got ${describeValue(value, source)}.`, hint: typeHint(expected, value, source) };
}

function typeHint(expected: string, value: unknown, source: string | undefined): string | undefined {
  const actual = jsonType(value);
  const written = source ?? String(value);
  if (expected === 'text' && actual !== 'array' && actual !== 'object') return `Put it in quotes: "${written}".`;
  // `- Login times: first and last` in a list of text: the ': ' made a key and a value of it.
  const entries = actual === 'object' ? Object.entries(value as Record<string, unknown>) : [];
  const [only] = entries;
  if (expected === 'text' && entries.length === 1 && only !== undefined && ['string', 'number', 'boolean'].includes(typeof only[1])) {
    const text = `${only[0]}: ${String(only[1])}`;
    return `Its ': ' makes YAML read a key and a value. Put it in quotes: '${text.replaceAll("'", "''")}'.`;
  }
  if (expected.startsWith('true or false') && actual === 'string') return 'Write true or false, without quotes (YAML 1.2 reads yes and no as text).';
  if (expected.startsWith('a list') && actual !== 'object') return "Write a list: one item per line, each starting with '- ', or [a, b] on one line.";
  if (expected.startsWith('a mapping')) return 'Write its keys on the following lines, indented under it.';
  if (/number/.test(expected) && actual === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(String(value))) return 'Write the number without quotes.';
  return undefined;
}

function requiredProblem(path: Path, parent: SchemaNode, names: readonly string[]): SchemaProblem {
  const where = path.length === 0 ? 'The policy' : formatPath(path);
  const explained = names.map((name) => {
    const property = parent.properties?.[name];
    const description = property?.description ?? (property ? resolve(property).description : undefined);
    const example = exampleOf(property);
    return `${name}: ${description ?? ''}${example === undefined ? '' : ` For example: ${name}: ${example}`}`.trim();
  });
  return {
    code: 'schema/required',
    path,
    onKey: true,
    message: `${where} is missing ${oneOf(names.map((n) => quote(n))).replace(/ or (?=[^ ]*$)/, ' and ')}.`,
    hint: explained.join('\n'),
  };
}

/**
 * An anyOf failed. Judge by the value's type which alternative was meant: if only one fits,
 * its own errors are the story; if none fits, it is a type error; if several fit (a duration or a
 * keyword, both text), one problem naming them all.
 */
function collapseAnyOf(error: ErrorObject, path: Path, branches: Entry[], context: MappingContext): { keep: Entry[]; problem?: SchemaProblem } {
  const alternatives = (error.schema as SchemaNode[]).map(resolve);
  const fitting = alternatives.filter((a) => typeAccepts(a.type, error.data));
  const atNode = (e: Entry): boolean => e.error.instancePath === error.instancePath;
  if (fitting.length === 1) return { keep: branches.filter((e) => !atNode(e) || e.error.parentSchema === fitting[0]) };

  const parent = (error.parentSchema ?? {}) as SchemaNode;
  const expected = parent.description ? asPhrase(parent.description) : oneOf(alternatives.map((a) => describeType(a.type)));
  if (fitting.length === 0) {
    const problem = typeProblem(path, expected, error.data, context, 'schema/type');
    return { keep: [], problem: { ...problem, hint: join(problem.hint, examplesOf(parent)) } };
  }

  const value = String(error.data);
  const suggestions = fitting.flatMap((a) =>
    a.enum ? suggest(value, a.enum.map(String)) : [repair(definitionName(a), value)].filter((s): s is string => s !== undefined),
  );
  const explained = fitting.map((a) => {
    const noun = withArticle((definitionName(a) ?? 'value').replaceAll('_', ' '));
    return a.enum ? `${noun} is one of ${oneOf(a.enum)}` : `${noun} looks like ${oneOf((a.examples ?? []).map(String))}`;
  });
  const hint = join(
    suggestions.length > 0 ? `Did you mean ${oneOf(suggestions.slice(0, 3).map((s) => quote(s)))}?` : undefined,
    `${capitalize(explained.join('; '))}.`,
  );
  const why = fitting.map((a) => reason(definitionName(a), value)).find((r) => r !== undefined);
  return {
    keep: branches.filter((e) => !atNode(e)),
    problem: { code: `schema/${kebab(error.keyword)}`, path, message: `${quote(value)} is not ${expected}.${why ? ` ${why}` : ''}`, hint },
  };
}

/** A key that `propertyNames` rejects, reported at the key itself. */
function propertyNameProblem(error: ErrorObject, path: Path, inner: ErrorObject | undefined, names: SchemaNode): SchemaProblem {
  const key = String((error.params as Record<string, unknown>).propertyName);
  const where = placeOf(path);
  const keyPath = [...path, key];
  if (names.enum) {
    const allowed = names.enum.map(String);
    return {
      code: 'schema/property-names',
      path: keyPath,
      onKey: true,
      message: `${quote(key)} is not ${enumNoun(names, path)}, so it cannot be a key in ${where}.`,
      hint: join(didYouMean(key, allowed), `Allowed: ${oneOf(allowed)}.`),
    };
  }
  const examples = ((error.parentSchema as SchemaNode | undefined)?.examples ?? []).flatMap((e) => (e && typeof e === 'object' ? Object.keys(e) : []));
  const rule = inner?.keyword === 'pattern' ? ` (it must match ${String((inner.params as Record<string, unknown>).pattern)})` : '';
  return {
    code: 'schema/property-names',
    path: keyPath,
    onKey: true,
    message: `${quote(key)} is not a valid key in ${where}${rule}.`,
    hint: examples.length > 0 ? `Keys look like ${oneOf(examples)}.` : undefined,
  };
}

/** "a lawful basis" (a named definition), "a valid source" (a property), or what the list holds. */
function enumNoun(parent: SchemaNode, path: Path): string {
  const definition = definitionName(parent);
  if (definition) return withArticle(definition.replaceAll('_', ' '));
  const last = path[path.length - 1];
  if (typeof last === 'string') return `a valid ${last.replaceAll('_', ' ')}`;
  return `an allowed value for ${formatPath(path.slice(0, -1))}`;
}

/** What a pattern or format expects, from the description of the schema that holds it. */
function phraseFor(parent: SchemaNode): string {
  return parent.description ? asPhrase(parent.description) : `in the expected form (${String(parent.pattern ?? parent.format)})`;
}

/** The schema's examples as a person would write them in YAML: `US` or `[US, IE]`. */
function examplesOf(node: SchemaNode): string | undefined {
  const shown = (node.examples ?? []).flatMap((e) =>
    typeof e === 'string' ? [e] : Array.isArray(e) && e.every((i) => typeof i === 'string') ? [`[${e.join(', ')}]`] : [],
  );
  return shown.length > 0 ? `For example: ${oneOf(shown)}.` : undefined;
}

function exampleOf(property: SchemaNode | undefined): string | undefined {
  if (!property) return undefined;
  const example = (property.examples ?? resolve(property).examples ?? [])[0];
  return typeof example === 'string' || typeof example === 'number' || typeof example === 'boolean' ? String(example) : undefined;
}

/**
 * A key that is no key here but is one of a mapping here (`country` at the top, where `controller`
 * has one): most likely a line that lost its indentation.
 */
function belongsUnder(key: string, parent: SchemaNode): string | undefined {
  const owners = Object.entries(parent.properties ?? {})
    .filter(([, node]) => Object.hasOwn(resolve(node).properties ?? {}, key))
    .map(([name]) => name);
  if (owners.length === 0) return undefined;
  return `'${key}' is a key of ${oneOf(owners.map((o) => `'${o}'`))}: if it belongs there, indent it under that key.`;
}

function resolve(node: SchemaNode): SchemaNode {
  let current = node;
  for (let hops = 0; current.$ref?.startsWith('#/$defs/') && hops < 8; hops++) {
    current = schema.$defs[current.$ref.slice('#/$defs/'.length)] ?? current;
  }
  return current;
}

/** The `$defs` name of a schema object, by identity: the compiled validator shares the JSON. */
function definitionName(node: SchemaNode): string | undefined {
  for (const [name, definition] of Object.entries(schema.$defs)) if (definition === node) return name;
  return undefined;
}

/** A JSON pointer (`/purposes/0/lawful_basis`) as path segments, indexes as numbers. */
function toPath(pointer: string, root: unknown): Path {
  if (pointer === '') return [];
  const path: Array<string | number> = [];
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    const key = Array.isArray(current) ? Number(segment) : segment;
    path.push(key);
    current = current !== null && typeof current === 'object' ? (current as Record<string | number, unknown>)[key] : undefined;
  }
  return path;
}

function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/** Removes and returns the run of entries at the end of the list that match. */
function takeTrailing(entries: Entry[], match: (entry: Entry) => boolean): Entry[] {
  let start = entries.length;
  while (start > 0 && match(entries[start - 1] as Entry)) start--;
  return entries.splice(start);
}

function dedupe(problems: readonly SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${formatPath(p.path)}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

function join(...parts: Array<string | undefined>): string | undefined {
  const present = parts.filter((p): p is string => p !== undefined && p.length > 0);
  return present.length > 0 ? present.join(' ') : undefined;
}

function kebab(keyword: string): string {
  return keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Where in the file a key sits, as a reader says it: "the top level of the file" or "controller.address". */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
