import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCS_BASE_URL, RULE_CONFIG_DOCS_URL, ruleDocsUrl } from '../../src/docs-url.js';
import { rules } from '../../src/rules/registry.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { repository: { url: string } };
const rulesDoc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');

/** GitHub's anchor for a Markdown heading (ours are ids and plain words). */
function anchors(markdown: string): Set<string> {
  return new Set(
    [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map(([, text = '']) =>
      text
        .trim()
        .toLowerCase()
        .replace(/[^\w\- ]/g, '')
        .replace(/ /g, '-'),
    ),
  );
}

describe('documentation addresses', () => {
  it('point into the docs folder of the repository package.json names', () => {
    const repository = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(DOCS_BASE_URL).toBe(`${repository}/blob/main/docs/`);
  });

  it('lead to a section of docs/rules.md for every rule, and for configuring rules', () => {
    const present = anchors(rulesDoc);
    for (const url of [...rules.map((rule) => ruleDocsUrl(rule.meta.id)), RULE_CONFIG_DOCS_URL]) {
      const [page, anchor = ''] = url.slice(DOCS_BASE_URL.length).split('#');
      expect(page).toBe('rules.md');
      expect(present, url).toContain(anchor);
    }
  });
});
