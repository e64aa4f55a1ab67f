import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { CLAUSE_CODE } from '../../../src/render/clause-code.generated.js';
import { compileClauseModule } from '../../../src/render/clause-compiler.js';
import { CLAUSES } from '../../../src/render/clauses.generated.js';
import { createClauseEnvironment, prepareClause } from '../../../src/render/handlebars.js';
import { INTRO, SECTION_ORDER } from '../../../src/render/sections.js';
import { buildContext, type ClauseContext } from '../../../src/render/view.js';
import { loadYaml } from '../../../src/load/index.js';
import { checkSource } from '../../../src/validate/index.js';
import { RUNS, TIMEOUT } from '../../property/runs.js';
import { policyArbitrary } from '../../property/schema-arbitrary.js';

// The compiled clauses must say exactly what Handlebars says with the same templates, which
// builds with a company's overrides still run: the same bytes, or the same error.
const handlebars = createClauseEnvironment(CLAUSES);
const CLAUSE_NAMES = [INTRO, ...SECTION_ORDER];

type Outcome = { text: string } | { error: string };

function outcome(render: () => string): Outcome {
  try {
    return { text: render() };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

function expectSame(context: object, label: string): void {
  for (const name of CLAUSE_NAMES) {
    const code = CLAUSE_CODE[name];
    expect(code, name).toBeDefined();
    expect(outcome(() => (code as (c: object) => string)(context)), `${label}: ${name}`).toEqual(outcome(() => handlebars.render(name, context)));
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

  it('render policies generated from the schema exactly as Handlebars does', () => {
    fc.assert(
      fc.property(policyArbitrary(), (generated) => {
        const policy = loadYaml(stringify(generated), 'generated.yaml').value as Policy;
        const context = outcome(() => JSON.stringify(buildContext(normalize(policy))));
        if ('error' in context) return;
        expectSame(buildContext(normalize(policy)), 'generated');
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

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
    const errors = cases.flatMap((context) => CLAUSE_NAMES.map((name) => outcome(() => (CLAUSE_CODE[name] as (c: object) => string)(context))));
    expect(errors.filter((o) => 'error' in o).length).toBeGreaterThan(3);
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
