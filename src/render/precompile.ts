import Handlebars from 'handlebars';
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
