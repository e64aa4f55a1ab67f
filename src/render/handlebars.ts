import { CLAUSE_CODE, PARTIAL_CODE } from './clause-code.generated.js';
import { ClauseError } from './clause-error.js';
import { escapeText, partial, type Frame, type Partial } from './clause-runtime.js';
import { COMPILE_OPTIONS, ESCAPE, PARTIAL_PREFIX, prepareClause, withCompiler } from './clause-source.js';
import { HELPERS } from './helpers/index.js';

export { ClauseError, COMPILE_OPTIONS, prepareClause };

type Template = HandlebarsTemplateDelegate<object>;

export interface ClauseEnvironment {
  render(name: string, context: object): string;
}

/**
 * An isolated environment for a company's overrides (source, compiled here), with the built-in
 * clauses (compiled ahead of time, clause-code.generated.ts) wherever there is none. Clauses under
 * `partials/` are partials, available to every clause by the rest of their name: the company's
 * clauses call built-in partials as Handlebars partials, and built-in clauses call the company's
 * partials through their table of partials, with the caller's data frame, as Handlebars would.
 */
export function createClauseEnvironment(overrides: Readonly<Record<string, string>>): ClauseEnvironment {
  const env = withCompiler().create();
  for (const [name, helper] of Object.entries(HELPERS)) {
    env.registerHelper(name, (...args: unknown[]) => helper(...args.slice(0, -1)));
  }
  env.registerHelper(ESCAPE, escapeText);

  const partials: Record<string, Partial> = { ...PARTIAL_CODE };
  const templates = new Map<string, Template>();
  for (const name of Object.keys(overrides).sort()) {
    const template = guard(name, env.compile(prepareClause(name, overrides[name] as string), COMPILE_OPTIONS));
    if (name.startsWith(PARTIAL_PREFIX)) {
      env.registerPartial(name.slice(PARTIAL_PREFIX.length), template);
      partials[name] = (context, data) => template(context as object, { data });
    } else {
      templates.set(name, template);
    }
  }
  for (const name of Object.keys(PARTIAL_CODE)) {
    if (Object.hasOwn(overrides, name)) continue;
    env.registerPartial(name.slice(PARTIAL_PREFIX.length), ((context: unknown, options: { data: Frame }) =>
      partial(name, partials, context, options.data)) as Template);
  }
  return {
    render(name, context) {
      const template = templates.get(name);
      if (template !== undefined) return template(context);
      const clause = CLAUSE_CODE[name];
      if (clause === undefined) throw new ClauseError(name, 'no such clause');
      return clause(context, partials);
    },
  };
}

/**
 * Name the clause in any error it raises. Partials are called with Handlebars' runtime options
 * (data, @root), which must pass through.
 */
function guard(name: string, template: Template): Template {
  return (context, options) => {
    try {
      return template(context, options);
    } catch (error) {
      if (error instanceof ClauseError) throw error;
      throw new ClauseError(name, error instanceof Error ? error.message : String(error));
    }
  };
}
