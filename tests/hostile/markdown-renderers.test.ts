/**
 * The `.md` policyc writes is inert wherever it goes, not only on policyc's own page: rendered by
 * a stock GFM renderer (marked, with its defaults) and by a second CommonMark implementation
 * (markdown-it, with raw HTML and linkify on, as permissive as sites run it), a policy whose
 * custom sections hold adversarial Markdown (backtick runs, link destinations on the next line,
 * reference definitions to `<javascript:…>`, unclosed fences, raw HTML, setext underlines) gains
 * no element or attribute that can run script or load a resource, no link but http(s), mailto and
 * in-page anchors, and no heading above its section's own level (so no h1/h2, no contents entry).
 */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/build.js';
import type { Policy } from '../../src/model/policy.generated.js';
import { decodeEntities } from '../../src/render/entities.js';
import { checkSource } from '../../src/validate/index.js';
import { RUNS, TIMEOUT } from '../property/runs.js';
import { root } from './cli.js';

const markdownIt = new MarkdownIt({ html: true, linkify: true });
const renderers: ReadonlyArray<[string, (md: string) => string]> = [
  ['marked', (md) => marked.parse(md, { async: false, gfm: true })],
  ['markdown-it', (md) => markdownIt.render(md)],
];

/** What plain Markdown renders to in either: nothing here runs script or loads anything. */
const TAGS = new Set([
  'p',
  'a',
  'em',
  'strong',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'del',
  's',
]);

/** Every problem with rendered HTML: a tag or attribute outside plain Markdown's, a link elsewhere. */
function problems(html: string): string[] {
  const found: string[] = [];
  for (const [, name, attributes] of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    const tag = (name as string).toLowerCase();
    if (!TAGS.has(tag)) found.push(`element <${tag}>`);
    for (const [, attribute, value = ''] of (attributes as string).matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)) {
      const key = (attribute as string).toLowerCase();
      const text = decodeEntities(value);
      if (key === 'href' && tag === 'a') {
        if (!/^(?:https?:\/\/|mailto:|#)/i.test(text)) found.push(`link ${text}`);
      } else if (key === 'style') {
        if (!/^text-align: ?(?:left|right|center);?$/.test(text)) found.push(`style ${text}`);
      } else if (!['title', 'align', 'start'].includes(key)) {
        found.push(`attribute ${key}="${text}" on <${tag}>`);
      }
    }
  }
  return found;
}

const headingsAbove3 = (html: string): number => [...html.matchAll(/<h[12][\s>]/g)].length;

const FRAGMENTS = [
  '`',
  '``',
  '```',
  '````',
  '~~~',
  '\n```\n',
  '\n~~~js\n',
  '[x]',
  '(javascript:alert(1))',
  '\n(javascript:alert(1))',
  '[r]: <javascript:alert(1)>',
  '\n[r]: javascript:alert(1)\n',
  '[r]',
  '[x][r]',
  '[r][]',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="javascript:x">',
  '<!--',
  '-->',
  '\n---\n',
  '\n===\n',
  '---',
  '===',
  '#',
  '# ',
  '##',
  '#Heading',
  '-x',
  '*',
  '_',
  '**',
  '<',
  '>',
  '&',
  '&#106;avascript:',
  '&#x3C;',
  'javascript:alert(1)',
  'data:text/html,x',
  '![i](',
  'https://ok.example',
  'mailto:a@b.example?bcc=c@d.example',
  'a@b.example',
  'www.x.example',
  '<https://x.example>',
  '<javascript:alert(1)>',
  ']',
  ')',
  '(',
  '"',
  "'",
  '|',
  '| a | b |\n|---|---|\n',
  '\\',
  '    ',
  '\t',
  '\n',
  '\n\n',
  ' ',
  '> ',
  '1. ',
  '- ',
  '* ',
  '<details open ontoggle=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src=//evil>',
  '&lt;script&gt;',
  'text',
  'vbscript:',
  '<style>',
  '[a](<javascript:alert(1)>)',
  '[a](https://ok.example "t\\"onmouseover=x")',
  '![x](https://e.example/p.png)',
  '<http://a.example/"onmouseover="x>',
  '[a](https://user:pw@x.example)',
  '![',
  '](',
  '<div>',
  '</div>',
  '<p',
  'onerror=',
  '=alert(1)',
  '\n- [ ] ',
  '<input type=checkbox>',
];

const body = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), {
    minLength: 1,
    maxLength: 40,
  })
  .map((parts) => (parts.join('').trim() === '' ? 'x' : parts.join('')));

const minimal = checkSource(readFileSync(join(root, 'tests/fixtures/good/minimal.yaml')), 'minimal.yaml').policy as Policy;
const withSections = (bodies: readonly string[]): Policy => ({
  ...minimal,
  sections: bodies.map((b, i) => ({ id: `s${i}`, title: `Section ${i}`, body: b, ...(i % 2 === 0 ? { after: 'use' as const } : {}) })),
});

describe('the .md from custom sections, rendered by marked and markdown-it', () => {
  it.each([
    ['#Heading\n---'],
    ['-x\n==='],
    ['``a`b``` <img src=x onerror=alert(1)> ``'],
    ['[x]\n(javascript:alert(1))'],
    ['[r]: <javascript:alert(1)>\n\n[click][r] and [r]'],
    ['```\nunclosed fence\n\n<img src=x onerror=alert(1)>'],
    ['~~~~\n```\n~~~\n<script>alert(1)</script>'],
    ['<details open ontoggle=alert(1)>x</details>'],
    ['[a](https://user:pw@evil.example) [m](mailto:a@b.example?bcc=spy@evil.example)'],
    // marked reads an image inside a link's text despite escaped brackets (found by the property below)
    ['\\<http://a.example/"onmouseover="x>![x](https://e.example/p.png)`'],
    ['www.x.example#![x](https://e.example/p.png)`'],
  ])('%j', (text) => {
    const md = buildPolicy(withSections([text])).md;
    const baseline = buildPolicy(withSections(['x'])).md;
    for (const [name, render] of renderers) {
      const html = render(md);
      expect(problems(html), name).toEqual([]);
      expect(headingsAbove3(html), name).toBe(headingsAbove3(render(baseline)));
    }
  });

  it(
    'holds for generated adversarial bodies',
    () => {
      const baseline = new Map(
        renderers.map(([name, render]) => [name, [1, 2, 3].map((n) => headingsAbove3(render(buildPolicy(withSections(Array(n).fill('x'))).md)))]),
      );
      fc.assert(
        fc.property(fc.array(body, { minLength: 1, maxLength: 3 }), (bodies) => {
          const md = buildPolicy(withSections(bodies)).md;
          for (const [name, render] of renderers) {
            const html = render(md);
            expect(problems(html), `${name}\n${md}`).toEqual([]);
            expect(headingsAbove3(html), `${name}\n${md}`).toBe(baseline.get(name)?.[bodies.length - 1]);
          }
        }),
        { numRuns: RUNS * 5 },
      );
    },
    TIMEOUT,
  );
});
