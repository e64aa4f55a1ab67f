import { createRequire } from 'node:module';
import { ClauseError } from './clause-error.js';
import { HELPERS, MARKDOWN_HELPERS } from './helpers/index.js';

/**
 * Clauses as Handlebars templates, read for compiling. Handlebars escapes for HTML through a function shared by
 * every environment, and clauses produce Markdown, so instead of swapping that function the
 * templates are rewritten before compilation: every `{{…}}` becomes `{{escapeText …}}`, which
 * escapes for Markdown. Triple braces output raw Markdown only for the helpers that build it
 * (links); `{{{value}}}` of plain data is escaped all the same, so no template, built-in or
 * override, can let a YAML value through as Markdown, HTML or template syntax.
 *
 * Templates compile in strict mode (a misspelt field is an error, not an empty string) with
 * known helpers only; prototype access stays blocked, as Handlebars does by default. The built-in
 * clauses go through the same rewrite and are compiled ahead of time (scripts/gen-clauses.mjs) to
 * plain functions (clause-compiler.ts), so a build without overrides never loads Handlebars.
 */

/** The helper the rewrite inserts; not meant to be called by templates. */
export const ESCAPE = 'escapeText';

/** Clauses under this folder are partials, called by the rest of their name. */
export const PARTIAL_PREFIX = 'partials/';

/** The options every clause is compiled with, ahead of time or at run time. */
export const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  noEscape: true,
  knownHelpers: Object.fromEntries([ESCAPE, ...Object.keys(HELPERS)].map((name) => [name, true])),
} as const;

type Handlebars = typeof import('handlebars');

let compiler: Handlebars | undefined;

/**
 * Handlebars with its compiler, which only a company's own clauses need. Required on first use
 * rather than imported, so that a build without overrides never loads or evaluates it.
 */
export function withCompiler(): Handlebars {
  compiler ??= createRequire(import.meta.url)('handlebars') as Handlebars;
  return compiler;
}

/** A clause parsed and rewritten so that everything it prints is escaped (see above). */
export function prepareClause(name: string, source: string): hbs.AST.Program {
  let ast: hbs.AST.Program;
  try {
    // A partial is a fragment placed inside a line (`- {{> data-category}}`), so the newline
    // that ends its file must not end that line.
    ast = withCompiler().parse(name.startsWith(PARTIAL_PREFIX) ? source.replace(/\r?\n$/, '') : source);
  } catch (error) {
    throw new ClauseError(name, error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
  }
  escapeMustaches(ast);
  return ast;
}

/** Rewrite every output statement in the tree so that it escapes for Markdown (see above). */
function escapeMustaches(node: hbs.AST.Node | undefined): void {
  if (node === undefined || node === null) return;
  switch (node.type) {
    case 'Program':
      for (const statement of (node as hbs.AST.Program).body) escapeMustaches(statement);
      return;
    case 'BlockStatement':
    case 'PartialBlockStatement':
    case 'DecoratorBlock': {
      const block = node as hbs.AST.BlockStatement;
      escapeMustaches(block.program);
      escapeMustaches(block.inverse);
      return;
    }
    case 'MustacheStatement':
      wrap(node as hbs.AST.MustacheStatement);
      return;
    default:
      return;
  }
}

function wrap(mustache: hbs.AST.MustacheStatement): void {
  const path = mustache.path;
  const helperName = path.type === 'PathExpression' ? (path as hbs.AST.PathExpression).original : undefined;
  const isHelperCall = helperName !== undefined && Object.hasOwn(HELPERS, helperName);
  if (!mustache.escaped && isHelperCall && MARKDOWN_HELPERS.has(helperName)) return;
  if (isHelperCall || mustache.params.length > 0 || (mustache.hash && mustache.hash.pairs.length > 0)) {
    const call: hbs.AST.SubExpression = {
      type: 'SubExpression',
      path: path as hbs.AST.PathExpression,
      params: mustache.params,
      hash: mustache.hash,
      loc: mustache.loc,
    };
    mustache.params = [call];
  } else {
    // A plain value keeps strict mode's check that it exists, which it would lose as a parameter.
    (path as hbs.AST.PathExpression & { strict?: boolean }).strict = true;
    mustache.params = [path];
  }
  mustache.path = { type: 'PathExpression', data: false, depth: 0, parts: [ESCAPE], original: ESCAPE, loc: mustache.loc };
  mustache.hash = { type: 'Hash', pairs: [], loc: mustache.loc };
}
