import Handlebars from 'handlebars';
import { compileClauseModule } from './clause-compiler.js';
import { prepareClause } from './clause-source.js';

/**
 * The built-in clauses compiled ahead of time, as JavaScript source for scripts/gen-clauses.mjs
 * (see clause-compiler.ts). Each is parsed and rewritten as a company's overrides are at run
 * time, then parsed again, as Handlebars does when it compiles a parsed template (which repeats
 * its whitespace control), so the trees are the ones Handlebars would compile.
 */
export function compileClauseCode(sources: Readonly<Record<string, string>>): string {
  const asts: Record<string, hbs.AST.Program> = {};
  // Its types accept only text, but `parse` takes a tree too, as `precompile` gives it one.
  const parse = Handlebars.parse as unknown as (input: hbs.AST.Program) => hbs.AST.Program;
  for (const name of Object.keys(sources).sort()) asts[name] = parse(prepareClause(name, sources[name] as string));
  return compileClauseModule(asts);
}
