/**
 * Hostile text that is valid input: scripts, handlers, dangerous URLs, Markdown and Handlebars in
 * values. The build succeeds, and every document shows the characters typed: the page gains no
 * element, attribute or link the clauses did not put there. (tests/hostile/browser.test.ts loads
 * the same pages in Chromium.)
 */
import { withoutOwnParts } from '../support/page-parts.js';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/build.js';
import { checkSource } from '../../src/validate/index.js';
import { bad, policyc, scratch } from './cli.js';
import { INERT } from './injection-fixtures.js';
import { attributeNames, bodyTags, compact, pageText, urls } from './reader.js';

/** The elements and attributes the clauses and the page template write, and nothing else. */
const TAGS = new Set([
  'a',
  'body',
  'code',
  'div',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'header',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'strong',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
  'del',
  'blockquote',
  'pre',
  'hr',
  'br',
  'footer',
  'span',
  'section',
  'small',
]);
const ATTRIBUTES = new Set([
  'href',
  'class',
  'id',
  'lang',
  'tabindex',
  'role',
  'aria-label',
  'aria-labelledby',
  'scope',
  'title',
  'content',
  'name',
  'charset',
  'http-equiv',
  'start',
  'dir',
  'data-label',
]);

let out: string;
beforeAll(() => {
  out = scratch('hostile-inert');
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.each(INERT)('%s', (file) => {
  it('builds, and the page holds only the markup the clauses write, every link http(s), mailto or in-page', async () => {
    const run = await policyc(['build', file, '-o', out]);
    expect(run.code, run.stderr).toBe(0);
    const name = file
      .split('/')
      .pop()!
      .replace(/\.yaml$/, '');
    const html = readFileSync(join(out, `${name}.html`), 'utf8');
    const own = withoutOwnParts(html);
    expect([...bodyTags(own)].filter((t) => !TAGS.has(t))).toEqual([]);
    expect([...attributeNames(own)].filter((a) => !ATTRIBUTES.has(a))).toEqual([]);
    for (const url of urls(html)) expect(url).toMatch(/^(?:https?:\/\/|mailto:|#)/);
  });

  it('shows every value as the characters typed, in the page and the text', () => {
    const { policy } = checkSource(readFileSync(file), file);
    const built = buildPolicy(policy!);
    const page = pageText(built.html);
    const text = compact(built.txt);
    const values = [policy!.controller.name, ...policy!.data_categories.map((c) => c.name), ...(policy!.subprocessors ?? []).map((s) => s.name)];
    for (const value of values) {
      expect(page).toContain(compact(value));
      expect(text).toContain(compact(value));
    }
  });
});

describe('__proto__ and constructor keys', () => {
  it('never pollute a prototype, through loading, checking, rendering or the CLI', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const name of ['proto-keys.yaml', 'nested-proto-keys.yaml', 'inert-handlebars.yaml']) {
      const { policy } = checkSource(readFileSync(bad(name)), name);
      if (policy) buildPolicy(policy);
    }
    const { policy } = checkSource(readFileSync(bad('inert-handlebars.yaml')), 'x.yaml');
    // A policy whose own values are named like prototype properties renders them as text.
    const polluted = { ...policy!, controller: { ...policy!.controller, name: '__proto__', trading_name: 'constructor' } };
    expect(buildPolicy(polluted).md).toContain('\\_\\_proto\\_\\_');
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });
});
