import { ESCAPE, PARTIAL_PREFIX } from './clause-source.js';
import { HELPERS, MARKDOWN_HELPERS, PRINTED_ARGUMENTS } from './helpers/index.js';

/**
 * Compiles the built-in clauses, ahead of time, into plain JavaScript functions: the source of
 * src/render/clause-code.generated.ts (scripts/gen-clauses.mjs). Handlebars' own runtime spends
 * most of a build's rendering time on its machinery (an options object and a wrapped helper call
 * for every `{{#if}}`, helpers re-wrapped for every clause rendered); these functions do the same
 * lookups, tests and helper calls, and nothing else.
 *
 * Input is the tree Handlebars itself compiles: parsed, whitespace-controlled and rewritten by
 * `prepareClause`, so every value still goes through `escapeText`. Semantics follow Handlebars
 * 4 with COMPILE_OPTIONS (strict, known helpers only, no HTML escaping) for the part of the
 * language the built-in clauses use: content, `{{value}}`, `{{helper …}}` and `(helper …)`,
 * `{{#if}}`, `{{#unless}}`, `{{#each}}`, `{{#with}}` with `{{else}}` chains, `{{> partial}}`,
 * `this`, `../`, `@root`, `@index`, `@first`, `@last`, literals. Anything else is refused here,
 * at generation time; company overrides keep running on Handlebars. A test renders every fixture
 * both ways and requires the same bytes.
 */

type Node = hbs.AST.Node;
type Expression = hbs.AST.Expression;

const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);

// Names a plain object, array, string, number or boolean inherits (clause data is nothing else),
// but for `length`, which arrays and strings have as their own. Handlebars never reads an
// inherited property (its prototype-access rule) and a direct `object.name` would, so these go
// through `get`; any other name reads the same either way.
const INHERITED = new Set<string>(
  [Object.prototype, Array.prototype, String.prototype, Number.prototype, Boolean.prototype]
    .flatMap((proto) => Object.getOwnPropertyNames(proto))
    .filter((name) => name !== 'length'),
);
INHERITED.add('__proto__');

class ClauseCompileError extends Error {
  override name = 'ClauseCompileError';
}

interface Template {
  name: string;
  /** Some path climbs with `../`, so programs carry Handlebars' stack of contexts. */
  useDepths: boolean;
}

/**
 * JavaScript source of a module exporting CLAUSE_CODE, each top-level clause as
 * `(context, partials) => string`, and PARTIAL_CODE, each partial as `(context, data, partials)
 * => string`. Partials are looked up in the table a clause is given, so an environment can put a
 * company's own in their place.
 */
export function compileClauseModule(asts: Readonly<Record<string, hbs.AST.Program>>): string {
  const compiler = new ModuleCompiler(asts);
  return compiler.module();
}

class ModuleCompiler {
  private readonly functions: string[] = [];
  private readonly ids = new Map<string, string>();

  constructor(private readonly asts: Readonly<Record<string, hbs.AST.Program>>) {}

  module(): string {
    const names = Object.keys(this.asts).sort();
    const clauses: string[] = [];
    const partials: string[] = [];
    for (const name of names) {
      const main = this.template(name);
      if (name.startsWith(PARTIAL_PREFIX)) partials.push(`  ${JSON.stringify(name)}: ${main},`);
      else clauses.push(`  ${JSON.stringify(name)}: clause(${JSON.stringify(name)}, ${main}),`);
    }
    return [
      "import { HELPERS as H } from './helpers/index.js';",
      "import { clause, each, escapeText, get, isFalsy, NULL_CONTEXT, partial, pushContext, shownFor, sourced, strict, withContext } from './clause-runtime.js';",
      "import type { Clause, Partial } from './clause-runtime.js';",
      '',
      ...this.functions,
      '',
      '/** The built-in clauses by name (`about`, `intro`). */',
      'export const CLAUSE_CODE: Readonly<Record<string, Clause>> = {',
      ...clauses,
      '};',
      '',
      '/** The built-in partials by name (`partials/right-item`). */',
      'export const PARTIAL_CODE: Readonly<Record<string, Partial>> = {',
      ...partials,
      '};',
      '',
    ].join('\n');
  }

  /** The function for a whole clause (its main program), compiled once. */
  private template(name: string): string {
    const existing = this.ids.get(name);
    if (existing !== undefined) return existing;
    const ast = this.asts[name];
    if (ast === undefined) throw new ClauseCompileError(`no clause '${name}'`);
    const id = `${identifier(name)}_main`;
    if ([...this.ids.values()].includes(id)) throw new ClauseCompileError(`two clauses compile to the name ${id}`);
    this.ids.set(name, id);
    const template: Template = { name, useDepths: usesDepths(ast) };
    const body = this.program(ast, template, id);
    // A clause or partial starts with its context as the only entry of the context stack.
    this.functions.push(
      template.useDepths ? `function ${id}(c, d, p) { return ${body}(c, d, p, [c]); }` : `function ${id}(c, d, p) { return ${body}(c, d, p); }`,
    );
    return id;
  }

  private counter = 0;

  /** Declares a function for one program (a block's body) and returns its name. */
  private program(program: hbs.AST.Program, template: Template, prefix: string): string {
    if (program.blockParams !== undefined && program.blockParams.length > 0) this.unsupported(template, 'block parameters', program);
    const id = `${prefix}_${this.counter++}`;
    const parts = program.body.flatMap((statement) => this.statement(statement, template, prefix));
    const params = template.useDepths ? 'c, d, p, ds' : 'c, d, p';
    this.functions.push(`function ${id}(${params}) { return ${parts.length === 0 ? '""' : parts.join(' + ')}; }`);
    return id;
  }

  private statement(node: Node, template: Template, prefix: string): string[] {
    switch (node.type) {
      case 'ContentStatement': {
        const value = (node as hbs.AST.ContentStatement).value;
        return value === '' ? [] : [JSON.stringify(value)];
      }
      case 'CommentStatement':
        return [];
      case 'MustacheStatement':
        return [this.mustache(node as hbs.AST.MustacheStatement, template)];
      case 'BlockStatement':
        return [this.block(node as hbs.AST.BlockStatement, template, prefix)];
      case 'PartialStatement':
        return [this.partial(node as hbs.AST.PartialStatement, template)];
      default:
        return this.unsupported(template, node.type, node);
    }
  }

  private mustache(node: hbs.AST.MustacheStatement, template: Template): string {
    const name = helperName(node.path);
    if (name === undefined || (name !== ESCAPE && !MARKDOWN_HELPERS.has(name))) {
      return this.unsupported(template, 'a value not escaped by escapeText', node);
    }
    // What the value was read from, for --explain: passed along, looked at only when tracing.
    const hints = node.params.flatMap((param) => this.hints(param, template));
    const value = this.call(name, node.params, node.hash, template, node, name === ESCAPE ? hints : []);
    if (name === ESCAPE) return value;
    // Handlebars prints null and undefined as nothing; escapeText never returns either.
    return hints.length === 0 ? `(${value} ?? "")` : `sourced(${value} ?? "", ${hints.join(', ')})`;
  }

  /**
   * The data an expression prints, as `object, "key"` pairs of JavaScript: each path it reads
   * (the current item of an `{{#each}}` as `d, null`), through the arguments of the helpers it
   * calls whose words it repeats. Data variables other than `@root` carry no words.
   */
  private hints(node: Expression, template: Template): string[] {
    if (node.type === 'SubExpression') {
      const sub = node as hbs.AST.SubExpression;
      const name = helperName(sub.path) ?? '';
      const printed = PRINTED_ARGUMENTS[name];
      return sub.params.flatMap((param, i) => (printed === undefined || printed.includes(i) ? this.hints(param, template) : []));
    }
    if (node.type !== 'PathExpression') return [];
    const path = node as hbs.AST.PathExpression;
    if (path.parts.length === 0) return path.data || path.depth > 0 ? [] : ['d, null'];
    if (path.data && path.parts[0] !== 'root') return [];
    const container = this.path({ ...path, parts: path.parts.slice(0, -1), strict: false } as hbs.AST.PathExpression, template);
    return [`${container}, ${JSON.stringify(path.parts[path.parts.length - 1])}`];
  }

  private call(
    name: string,
    params: readonly Expression[],
    hash: hbs.AST.Hash | undefined,
    template: Template,
    node: Node,
    hints: readonly string[] = [],
  ): string {
    if (hash !== undefined && hash.pairs.length > 0) this.unsupported(template, 'hash arguments', node);
    const args = params.map((p) => this.expression(p, template)).join(', ');
    if (name === ESCAPE) return `escapeText(${[args, ...hints].join(', ')})`;
    if (!Object.hasOwn(HELPERS, name)) return this.unsupported(template, `the helper '${name}'`, node);
    return `${property('H', name)}(${args})`;
  }

  private expression(node: Expression, template: Template): string {
    switch (node.type) {
      case 'PathExpression':
        return this.path(node as hbs.AST.PathExpression, template);
      case 'SubExpression': {
        const sub = node as hbs.AST.SubExpression;
        const name = helperName(sub.path);
        if (name === undefined || (name === ESCAPE && sub.params.length !== 1)) return this.unsupported(template, 'a subexpression', node);
        return this.call(name, sub.params, sub.hash, template, node);
      }
      case 'StringLiteral':
        return JSON.stringify((node as hbs.AST.StringLiteral).value);
      case 'NumberLiteral':
        return String((node as hbs.AST.NumberLiteral).value);
      case 'BooleanLiteral':
        return String((node as hbs.AST.BooleanLiteral).value);
      case 'UndefinedLiteral':
        return 'undefined';
      case 'NullLiteral':
        return 'null';
      default:
        return this.unsupported(template, node.type, node);
    }
  }

  /**
   * A path, looked up as Handlebars' strict mode does: every part but the last read plainly (a
   * missing object throws), and the last, for a value printed on its own, checked to exist.
   */
  private path(node: hbs.AST.PathExpression, template: Template): string {
    const path = node as hbs.AST.PathExpression & { strict?: boolean };
    let base: string;
    if (path.data) {
      if (path.depth > 0) this.unsupported(template, 'a data path with ../', node);
      base = 'd';
    } else if (path.depth > 0) {
      base = `ds[${path.depth}]`;
    } else {
      base = 'c';
    }
    const parts = path.parts;
    // `this`, `.` and `..` push the context itself, with no lookup and no check.
    if (parts.length === 0) return base;
    const last = parts.length - 1;
    let out = base;
    parts.forEach((part, i) => {
      if (i === last && path.strict === true) {
        const at = `${path.loc.start.line}:${path.loc.start.column}`;
        out = `strict(${out}, ${JSON.stringify(part)}, ${JSON.stringify(at)})`;
      } else {
        out = property(out, part);
      }
    });
    return out;
  }

  private block(node: hbs.AST.BlockStatement, template: Template, prefix: string): string {
    const name = helperName(node.path);
    if (name === undefined || !BLOCK_HELPERS.has(name))
      return this.unsupported(
        template,
        `the block '${node.path.type === 'PathExpression' ? (node.path as hbs.AST.PathExpression).original : node.path.type}'`,
        node,
      );
    if (node.params.length !== 1) return this.unsupported(template, `#${name} without exactly one argument`, node);
    if (node.hash !== undefined && node.hash.pairs.length > 0) return this.unsupported(template, 'hash arguments', node);
    const value = this.expression(node.params[0] as Expression, template);
    const depths = template.useDepths;
    // Handlebars calls a block with its context as `this`, an empty object standing in for none.
    const self = 'c ?? NULL_CONTEXT';
    const run = (program: hbs.AST.Program | undefined, context: string): string => {
      if (program === undefined) return '""';
      const id = this.program(program, template, prefix);
      return depths ? `${id}(${context}, d, p, pushContext(${context}, ds))` : `${id}(${context}, d, p)`;
    };
    // For --explain, what `{{#if}}` tested: the text it shows is there because of that value.
    const hints = name === 'if' || name === 'unless' ? this.hints(node.params[0] as Expression, template) : [];
    const shown = (text: string): string => (hints.length === 0 ? text : `shownFor(${text}, ${hints.join(', ')})`);
    switch (name) {
      case 'if':
        return shown(`(isFalsy(${value}) ? ${run(node.inverse, self)} : ${run(node.program, self)})`);
      case 'unless':
        return shown(`(isFalsy(${value}) ? ${run(node.program, self)} : ${run(node.inverse, self)})`);
      case 'with':
        return `withContext(${value}, (v) => ${run(node.program, 'v')}, () => ${run(node.inverse, self)})`;
      default: {
        const body = this.program(node.program, template, prefix);
        const item = depths ? `(v, f) => ${body}(v, f, p, pushContext(v, ds))` : `(v, f) => ${body}(v, f, p)`;
        return `each(${value}, d, ${item}, () => ${run(node.inverse, self)})`;
      }
    }
  }

  private partial(node: hbs.AST.PartialStatement, template: Template): string {
    if (node.params.length > 0 || (node.hash !== undefined && node.hash.pairs.length > 0)) {
      return this.unsupported(template, 'a partial with a context or arguments', node);
    }
    if (node.indent) return this.unsupported(template, 'an indented standalone partial', node);
    if (node.name.type !== 'PathExpression') return this.unsupported(template, 'a dynamic partial', node);
    const name = `${PARTIAL_PREFIX}${(node.name as hbs.AST.PathExpression).original}`;
    // Compiled to check that it exists; called through the table, which overrides may change. The
    // partial sees its caller's context and data frame, as Handlebars passes them.
    this.template(name);
    return `partial(${JSON.stringify(name)}, p, c, d)`;
  }

  private unsupported(template: Template, what: string, node: Node): never {
    const at = node.loc ? ` at ${node.loc.start.line}:${node.loc.start.column}` : '';
    throw new ClauseCompileError(`clause '${template.name}'${at}: ${what} is not supported by the clause compiler`);
  }
}

function helperName(path: Node): string | undefined {
  if (path.type !== 'PathExpression') return undefined;
  const p = path as hbs.AST.PathExpression;
  return p.data || p.depth > 0 || p.parts.length !== 1 ? undefined : p.original;
}

function property(object: string, key: string): string {
  if (INHERITED.has(key)) return `get(${object}, ${JSON.stringify(key)})`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${object}.${key}` : `${object}[${JSON.stringify(key)}]`;
}

function identifier(name: string): string {
  return `c_${name.replace(/[^A-Za-z0-9]+/g, '_')}`;
}

/** Whether any path in the clause climbs to an outer context (`../name`). */
function usesDepths(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return false;
  const n = node as { type?: unknown; depth?: unknown; data?: unknown };
  if (n.type === 'PathExpression' && typeof n.depth === 'number' && n.depth > 0) return true;
  return Object.values(node).some((child) => (Array.isArray(child) ? child.some(usesDepths) : typeof child === 'object' && usesDepths(child)));
}
