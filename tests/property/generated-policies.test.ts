/**
 * (a) Any policy the schema allows builds: no exception from checkSource or buildPolicy, and every
 * data category and subprocessor shows in the Markdown, the page and the text as a reader sees
 * them. FUZZ_RUNS sets the number of policies (`npm run fuzz`); CI runs a bounded few.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildPolicy } from '../../src/build.js';
import type { Policy } from '../../src/model/policy.generated.js';
import { loadYaml } from '../../src/load/index.js';
import { checkSource } from '../../src/validate/index.js';
import { compact, pageText } from '../hostile/reader.js';
import { RUNS, TIMEOUT } from './runs.js';
import { policyArbitrary } from './schema-arbitrary.js';

/** Markdown as a reader sees it: backslash escapes and entities resolved. */
function markdownText(md: string): string {
  // One pass, so an escaped '\&lt;' stays the text '&lt;'; the entities alone are escapeMarkdown's
  // (brackets in a link's text are written &#91; and &#93;, since marked reads an image there).
  const entities: Readonly<Record<string, string>> = { lt: '<', amp: '&', '#91': '[', '#93': ']' };
  return compact(
    md.replace(
      /\\([!-/:-@[-`{-~])|&(lt|amp|#91|#93);/g,
      (_, escaped: string | undefined, entity: string | undefined) => escaped ?? entities[entity ?? ''] ?? '',
    ),
  );
}

describe('policies generated from the schema', () => {
  it(
    'pass the schema as YAML, build without an exception, and name every category and provider in every format',
    () => {
      fc.assert(
        fc.property(policyArbitrary(), (generated) => {
          const source = stringify(generated);
          const { diagnostics } = checkSource(source, 'generated.yaml');
          // The generator follows the schema: only semantic rules may object.
          expect(diagnostics.filter((d) => /^(yaml|schema)\//.test(d.code))).toEqual([]);
          // Built from the YAML as loaded, exactly what the CLI builds (fast-check's records have no prototype).
          const policy = loadYaml(source, 'generated.yaml').value as Policy;
          const built = buildPolicy(policy);
          const formats = { md: markdownText(built.md), html: pageText(built.html), txt: compact(built.txt) };
          const names = [...policy.data_categories.map((c) => c.name), ...(policy.subprocessors ?? []).map((s) => s.name)];
          for (const name of names) {
            for (const [format, text] of Object.entries(formats)) expect(text, `${format} lacks ${JSON.stringify(name)}`).toContain(compact(name));
          }
        }),
        {
          numRuns: RUNS,
          examples: [
            // Found by this test: a provider without a category beside one with it failed strict
            // Handlebars; '&amp;' after a bare URL lost its escaping backslash to the autolink; the
            // text gave a bare 'www.' address twice, as itself and as the http:// URL GFM makes of it.
            [
              example({
                subprocessors: [
                  { name: 'A', purpose: 'A', category: 'Hosting', location: 'US' },
                  { name: 'B', purpose: 'B', location: 'DE' },
                ],
              }),
            ],
            [example({ data_categories: [{ id: 'a', name: 'A{{http://---&amp;' }] })],
            [example({ data_categories: [{ id: 'a', name: 'A__proto__www.a a' }] })],
            // A bracket in a linked provider's name is written as an entity, which the reader of this
            // test must resolve like any other.
            [example({ subprocessors: [{ name: 'A]a', purpose: 'A', location: 'US', url: 'https://a.example/' }] })],
          ],
        },
      );
    },
    TIMEOUT,
  );

  // Inside a bare URL GFM keeps the backslashes that escape Markdown characters; such a URL is
  // written so that it is not linked, and reads as typed.
  it('shows Markdown characters right after a bare URL as typed', () => {
    const built = buildPolicy(loadYaml(stringify(example({ data_categories: [{ id: 'a', name: 'A*http://a](' }] })), 'x.yaml').value as Policy);
    expect(pageText(built.html)).toContain('A*http://a](');
    expect(built.txt).toContain('A*http://a](');
  });

  it.each(['see www.example.com/a*b', 'https://example.com/x_ and more', 'http://a\\b'])('keeps %j as typed in the page and the text', (name) => {
    const built = buildPolicy(loadYaml(stringify(example({ data_categories: [{ id: 'a', name }] })), 'x.yaml').value as Policy);
    expect(pageText(built.html)).toContain(name.replace(/\s+/g, ''));
    expect(built.txt.replace(/\s+/g, ' ')).toContain(name);
  });
});

function example(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    effective_date: '2026-04-03',
    controller: { name: 'A', email: 'a@a.example' },
    data_categories: [{ id: 'a', name: 'A' }],
    purposes: [{ id: 'a', name: 'A' }],
    ...overrides,
  };
}
