import Handlebars from 'handlebars';
import { compileClauseModule } from './clause-compiler.js';
import { COMPILE_OPTIONS, prepareClause } from './handlebars.js';

/**
 * The built-in clauses compiled ahead of time, as JavaScript source for scripts/gen-clauses.mjs:
 * compiling twenty templates costs more than everything else a build does, so the CLI ships them
 * compiled. The rewrite and the options are the ones overrides get at run time.
 */
export function precompileClauses(sources: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(sources).sort()) {
    out[name] = Handlebars.precompile(prepareClause(name, sources[name] as string), COMPILE_OPTIONS) as unknown as string;
  }
  return out;
}

/**
 * The same clauses as plain functions (see clause-compiler.ts), the ones a build without overrides
 * runs. Each tree is the one `precompile` compiles: Handlebars parses a parsed template again,
 * which repeats its whitespace control, so this does too.
 */
export function compileClauseCode(sources: Readonly<Record<string, string>>): string {
  const asts: Record<string, hbs.AST.Program> = {};
  // Its types accept only text, but `parse` takes a tree too, as `precompile` gives it one.
  const parse = Handlebars.parse as unknown as (input: hbs.AST.Program) => hbs.AST.Program;
  for (const name of Object.keys(sources).sort()) asts[name] = parse(prepareClause(name, sources[name] as string));
  return compileClauseModule(asts);
}
