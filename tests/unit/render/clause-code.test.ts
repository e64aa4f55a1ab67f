import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { CLAUSE_CODE } from '../../../src/render/clause-code.generated.js';
import { compileClauseModule } from '../../../src/render/clause-compiler.js';
import { createClauseEnvironment, prepareClause, type ClauseEnvironment } from '../../../src/render/handlebars.js';
import { INTRO, SECTION_ORDER } from '../../../src/render/sections.js';
import { buildContext, type ClauseContext } from '../../../src/render/view.js';
import { checkSource } from '../../../src/validate/index.js';
import { RUNS, TIMEOUT } from '../../property/runs.js';
import { policyArbitrary } from '../../property/schema-arbitrary.js';

// The compiled clauses must say exactly what Handlebars says with the same templates: the same
// bytes, or the same error. Handlebars renders them here from their sources, given to an
// environment as overrides of every built-in clause.
const CLAUSES_DIR = new URL('../../../clauses/en/', import.meta.url);
const SOURCES: Record<string, string> = Object.fromEntries(
  readdirSync(CLAUSES_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.hbs'))
    .map((file) => [file.split('\\').join('/').slice(0, -'.hbs'.length), readFileSync(new URL(file, CLAUSES_DIR), 'utf8').replace(/\r\n?/g, '\n')]),
);
const handlebars = createClauseEnvironment(SOURCES);
const compiled = createClauseEnvironment({});
const CLAUSE_NAMES = [INTRO, ...SECTION_ORDER];

type Outcome = { text: string } | { error: string };

function outcome(render: () => string): Outcome {
  try {
    return { text: render() };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

function expectSame(context: object, label: string, code: ClauseEnvironment = compiled, reference: ClauseEnvironment = handlebars): void {
  for (const name of CLAUSE_NAMES) {
    expect(CLAUSE_CODE[name], name).toBeDefined();
    expect(
      outcome(() => code.render(name, context)),
      `${label}: ${name}`,
    ).toEqual(outcome(() => reference.render(name, context)));
  }
}

/** Every valid policy among the fixtures and examples. */
function fixturePolicies(): Array<[string, Policy]> {
  const root = new URL('../../../', import.meta.url);
  const files = [
    ...readdirSync(new URL('examples/', root)).map((name) => `examples/${name}/privacy.yaml`),
    ...readdirSync(new URL('tests/fixtures/', root), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => `tests/fixtures/${file}`),
  ];
  return files.flatMap((file): Array<[string, Policy]> => {
    const { policy } = checkSource(readFileSync(new URL(file, root)), file);
    return policy === undefined ? [] : [[file, policy]];
  });
}

describe('the compiled clauses', () => {
  const policies = fixturePolicies();

  it('render every valid fixture and example exactly as Handlebars does', () => {
    expect(policies.length).toBeGreaterThan(10);
    for (const [file, policy] of policies) expectSame(buildContext(normalize(policy)), file);
  });

  it(
    'render policies generated from the schema exactly as Handlebars does',
    () => {
      fc.assert(
        fc.property(policyArbitrary(), (generated) => {
          const policy = parse(stringify(generated)) as Policy;
          const context = outcome(() => JSON.stringify(buildContext(normalize(policy))));
          if ('error' in context) return;
          expectSame(buildContext(normalize(policy)), 'generated');
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it('fail where Handlebars fails, with its message: a missing field, a missing object', () => {
    const [, policy] = policies.find(([file]) => file.endsWith('sessionlinked/privacy.yaml')) as [string, Policy];
    const full = buildContext(normalize(policy));
    const without = (edit: (context: Record<string, unknown>) => void): object => {
      const copy = structuredClone(full) as unknown as Record<string, unknown>;
      edit(copy);
      return copy;
    };
    const cases: object[] = [
      without((c) => delete c.company),
      without((c) => delete c.sharing),
      without((c) => delete (c.presentation as Record<string, unknown>).title),
      without((c) => ((c.sharing as ClauseContext['sharing']).processors as unknown[]).push(null)),
      without((c) => ((c.sharing as ClauseContext['sharing']).processors as unknown[]).push({})),
    ];
    for (const context of cases) expectSame(context, 'damaged context');
    const errors = cases.flatMap((context) => CLAUSE_NAMES.map((name) => outcome(() => compiled.render(name, context))));
    expect(errors.filter((o) => 'error' in o).length).toBeGreaterThan(3);
  });

  it('call a company’s partials, and are called by its clauses, as Handlebars does', () => {
    const overrideSets: Array<Record<string, string>> = [
      { 'partials/right-item': '**{{label}}** ({{@root.company}}, {{../pd}})' },
      { 'partials/data-category': '{{name}}{{#if @last}} (last){{/if}}{{> retention-period}}' },
      {
        collection: '## Data\n\n{{#each collection}}{{#each categories}}- {{> data-category}}\n{{/each}}{{/each}}',
        'partials/subprocessor-name': '[{{name}}]',
      },
      {
        sharing: '{{#each sharing.processors}}{{> subprocessor-name}}: {{> subprocessor-note}}\n{{/each}}',
        'partials/disclosure': '{{#with this}}{{nope}}{{/with}}',
      },
    ];
    for (const overrides of overrideSets) {
      const [code, reference] = [createClauseEnvironment(overrides), createClauseEnvironment({ ...SOURCES, ...overrides })];
      for (const [file, policy] of policies) expectSame(buildContext(normalize(policy)), `${file} with ${JSON.stringify(overrides)}`, code, reference);
    }
  });

  it('never read an inherited property', () => {
    const asts = { main: prepareClause('main', '{{#if constructor}}A{{/if}}{{#if toString}}B{{/if}}{{#if obj.__proto__}}C{{/if}}{{obj.hasOwnProperty}}') };
    const source = compileClauseModule(asts);
    expect(source).not.toMatch(/\.(constructor|toString|__proto__|hasOwnProperty)\b/);
  });

  it('refuse what they do not implement, at generation time', () => {
    const compile = (source: string): string => compileClauseModule({ main: prepareClause('main', source) });
    expect(() => compile('{{#each items as |item|}}{{item}}{{/each}}')).toThrow(/block parameters/);
    expect(() => compile('{{> other}}')).toThrow(/no clause 'partials\/other'/);
    expect(() => compile('{{#if a includeZero=true}}x{{/if}}')).toThrow(/hash arguments/);
    expect(() => compile('{{{lookup . "name"}}}')).toThrow(/lookup/);
  });
});
