import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClauseError, createClauseEnvironment } from '../../../src/render/handlebars.js';
import { HELPERS } from '../../../src/render/helpers/index.js';

const render = (template: string, context: object, partials: Record<string, string> = {}): string => {
  const sources: Record<string, string> = { main: template };
  for (const [name, source] of Object.entries(partials)) sources[`partials/${name}`] = source;
  return createClauseEnvironment(sources).render('main', context);
};

describe('the clause environment', () => {
  it('escapes every value for Markdown, whatever the braces', () => {
    const context = { name: '*x* <b>', list: ['# a'] };
    expect(render('{{name}}', context)).toBe('\\*x\\* \\<b>');
    expect(render('{{{name}}}', context)).toBe('\\*x\\* \\<b>');
    expect(render('{{#each list}}{{this}}{{/each}}', context)).toBe('\\# a');
    expect(render('{{capitalize name}}', context)).toBe('\\*x\\* \\<b>');
    expect(render('{{{capitalize name}}}', context)).toBe('\\*x\\* \\<b>');
    expect(render('{{{lookup . "name"}}}', context)).toBe('\\*x\\* \\<b>');
  });

  it('lets only link helpers write Markdown, with their inputs escaped', () => {
    const context = { url: 'https://x.example', label: '[evil](javascript:1)' };
    expect(render('{{{link url label}}}', context)).toBe('[&#91;evil&#93;(javascript:1)](https://x.example)');
    // Escaped as text: the bare URL that would keep the escapes is written so GFM does not link it.
    expect(render('{{link url}}', context)).toBe('\\[https\\://x.example\\](https://x.example)');
  });

  it('prints template syntax in data literally', () => {
    expect(render('{{a}}', { a: '{{b}} {{{c}}} {{> p}}' }, { p: 'PARTIAL' })).toBe('{{b}} {{{c}}} {{> p}}');
  });

  it('is strict: a misspelt field is an error naming the clause', () => {
    expect(() => render('{{nmae}}', { name: 'x' })).toThrow(ClauseError);
    expect(() => render('{{nmae}}', { name: 'x' })).toThrow(/clause 'main'.*"nmae" not defined/);
  });

  it('knows only its own helpers', () => {
    expect(() => render('{{shout name}}', { name: 'x' })).toThrow(/clause 'main'.*unknown helper shout/);
  });

  it('keeps prototype properties out of reach', () => {
    expect(render('{{#with obj}}{{lookup . "constructor"}}{{/with}}', { obj: {} })).toBe('');
    expect(render('{{#if obj.__proto__}}leak{{/if}}', { obj: {} })).toBe('');
  });

  it('passes @root into partials', () => {
    expect(render('{{#each items}}{{> item}}{{/each}}', { items: ['a'], who: 'root' }, { item: '{{this}}/{{@root.who}}\n' })).toBe('a/root');
  });

  it('reports a syntax error with the clause name', () => {
    expect(() => createClauseEnvironment({ broken: '{{#if x}}' })).toThrow(/clause 'broken'/);
  });
});

describe('helper names', () => {
  it('never equal a privacy.yaml key, so {{name}} is always data', () => {
    const schema = readFileSync(new URL('../../../schema/privacy.schema.json', import.meta.url), 'utf8');
    const keys = new Set<string>();
    JSON.parse(schema, (key, value: unknown) => {
      if (key === 'properties' && value && typeof value === 'object') for (const k of Object.keys(value)) keys.add(k);
      return value;
    });
    expect(keys.size).toBeGreaterThan(50);
    expect(Object.keys(HELPERS).filter((h) => keys.has(h))).toEqual([]);
  });
});
