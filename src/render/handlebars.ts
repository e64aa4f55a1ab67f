import { isBudgetExhausted } from './budget.js';
import { ClauseBudget } from './clause-budget.js';
import * as ENGLISH from './clause-code.generated.js';
import { ClauseError } from './clause-error.js';
import { escapeText, partial, type ClausePack, type Frame, type Partial } from './clause-runtime.js';
import { COMPILE_OPTIONS, ESCAPE, PARTIAL_PREFIX, prepareClause, withCompiler } from './clause-source.js';
import { HELPERS } from './helpers/index.js';
import { checkOverrides } from './sections.js';
import { overridesByLanguage } from '../i18n/overrides.js';

export { ClauseError, COMPILE_OPTIONS, prepareClause };

type Template = HandlebarsTemplateDelegate<object>;

export interface ClauseEnvironment {
  /** One clause; the clauses of one document share a budget, so together they are bounded too. */
  render(name: string, context: object, budget?: ClauseBudget): string;
}

type HelperOptions = { fn: (context: unknown, options?: unknown) => string } & Record<string, unknown>;

/**
 * An isolated environment for a company's overrides (source, compiled here), with the built-in
 * clauses (compiled ahead of time, clause-code.generated.ts) wherever there is none. Clauses under
 * `partials/` are partials, available to every clause by the rest of their name: the company's
 * clauses call built-in partials as Handlebars partials, and built-in clauses call the company's
 * partials through their table of partials, with the caller's data frame, as Handlebars would.
 */
export function createClauseEnvironment(overrides: Readonly<Record<string, string>>, pack: ClausePack = ENGLISH): ClauseEnvironment {
  const { CLAUSE_CODE, PARTIAL_CODE } = pack;
  const env = withCompiler().create();
  // The budget of the document being rendered; `render` sets it.
  let budget = new ClauseBudget();
  for (const [name, helper] of Object.entries(HELPERS)) {
    env.registerHelper(name, (...args: unknown[]) => budget.produced(helper(...args.slice(0, -1))));
  }
  env.registerHelper(ESCAPE, (value: unknown) => budget.produced(escapeText(value)));
  // Handlebars' `{{log}}` prints with console.info, into the documents `build --stdout` and
  // `diff --format json` print: a clause has no way to write anywhere but its own text.
  env.registerHelper('log', () => {
    throw new Error('{{log}} is not available in clauses: a clause writes only its own text');
  });
  env.log = () => undefined;
  // Every loop pass (`{{#each}}`, and a block over a list, which Handlebars runs through `each`)
  // and every partial call, inline and block partials included, goes through the budget.
  const each = env.helpers['each'] as (this: unknown, context: unknown, options: HelperOptions) => string;
  env.registerHelper('each', function (this: unknown, context: unknown, options: HelperOptions) {
    const fn = options.fn;
    return each.call(this, context, { ...options, fn: (item: unknown, frame?: unknown) => (budget.step(), budget.produced(fn(item, frame))) });
  });
  const runtime = env.VM as unknown as { invokePartial: (this: unknown, partial: unknown, context: unknown, options: { name?: string }) => string };
  const invokePartial = runtime.invokePartial;
  (env as unknown as { VM: unknown }).VM = {
    ...runtime,
    invokePartial(this: unknown, partial: unknown, context: unknown, options: { name?: string }) {
      return budget.nested(options.name ?? 'a partial', () => invokePartial.call(this, partial, context, options));
    },
  };

  const partials: Record<string, Partial> = { ...PARTIAL_CODE };
  const templates = new Map<string, Template>();
  for (const name of Object.keys(overrides).sort()) {
    const template = guard(name, env.compile(prepareClause(name, overrides[name] as string), COMPILE_OPTIONS));
    if (name.startsWith(PARTIAL_PREFIX)) {
      env.registerPartial(name.slice(PARTIAL_PREFIX.length), template);
      partials[name] = (context, data) => budget.nested(name, () => template(context as object, { data }));
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
    render(name, context, given = new ClauseBudget()) {
      budget = given;
      const template = templates.get(name);
      if (template !== undefined) return template(context);
      const clause = CLAUSE_CODE[name];
      if (clause === undefined) throw new ClauseError(name, 'no such clause');
      return clause(context, partials);
    },
  };
}

/**
 * Whether a company's clauses would be accepted by a build: each names a built-in clause and
 * parses. Undefined when they would; what `validate` reports when not.
 */
export function checkClauseSources(overrides: Readonly<Record<string, string>>, own = 'en'): ClauseError | undefined {
  try {
    // Each language's clauses (`de/about.hbs`) are checked as that language's.
    for (const [, set] of overridesByLanguage(overrides, own)) {
      checkOverrides(set);
      for (const name of Object.keys(set).sort()) prepareClause(name, set[name] as string);
    }
    return undefined;
  } catch (error) {
    if (error instanceof ClauseError) return error;
    throw error;
  }
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
      if (error instanceof ClauseError || isBudgetExhausted(error)) throw error;
      throw new ClauseError(name, error instanceof Error ? error.message : String(error));
    }
  };
}
