import { Lexer, type Token } from 'marked';
import { withoutOwnParts } from '../../support/page-parts.js';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/build.js';
import { loadFixture } from './load-fixture.js';

/** Every token of a Markdown document, nested ones included. */
function tokens(markdown: string): Token[] {
  const all: Token[] = [];
  const walk = (list: readonly Token[]): void => {
    for (const token of list) {
      all.push(token);
      const t = token as { tokens?: Token[]; items?: Token[]; header?: Array<{ tokens: Token[] }>; rows?: Array<Array<{ tokens: Token[] }>> };
      if (t.tokens) walk(t.tokens);
      if (t.items) walk(t.items);
      if (t.header) for (const cell of t.header) walk(cell.tokens);
      if (t.rows) for (const row of t.rows) for (const cell of row) walk(cell.tokens);
    }
  };
  walk(new Lexer({ gfm: true }).lex(markdown));
  return all;
}

describe('hostile values (tests/fixtures/render/injection.yaml)', () => {
  const out = buildPolicy(loadFixture('injection.yaml'));

  it('produce Markdown with no HTML, no image and only http(s)/mailto links', () => {
    const all = tokens(out.md);
    expect(all.filter((t) => t.type === 'html')).toEqual([]);
    expect(all.filter((t) => t.type === 'image')).toEqual([]);
    const hrefs = all.filter((t) => t.type === 'link').map((t) => (t as { href: string }).href);
    expect(hrefs.length).toBeGreaterThan(0);
    // The key points link to the policy's own sections.
    for (const href of hrefs) expect(href).toMatch(/^(?:https?:\/\/|mailto:|#[a-z0-9-]+$)/);
  });

  it('keep the document structure: one title, only built-in and custom headings, tables intact', () => {
    const all = tokens(out.md);
    const headings = all.filter((t) => t.type === 'heading').map((t) => `${(t as { depth: number }).depth} ${(t as { text: string }).text}`);
    expect(headings.filter((h) => h.startsWith('1 '))).toHaveLength(1);
    expect(headings.filter((h) => h.startsWith('2 '))).toEqual([
      '2 Key points',
      '2 Who we are',
      '2 \\<h1>Custom\\</h1>',
      '2 What this policy covers',
      '2 Our commitments',
      '2 What personal data we collect',
      '2 How we use your personal data',
      '2 Our legal bases for using your personal data',
      '2 How we share your personal data',
      '2 Where we store and transfer your personal data',
      '2 Requests from governments and law enforcement',
      '2 How long we keep your personal data',
      '2 Contact us',
    ]);
    // A product's name heads its list of providers, as text.
    expect(headings.filter((h) => h.startsWith('4 '))).toEqual(["4 \\<script>alert('product')\\</script> \\| cell"]);
    const table = all.find((t) => t.type === 'table') as { rows: unknown[][] } | undefined;
    expect(table?.rows).toHaveLength(2);
    expect(table?.rows.every((row) => row.length === 2)).toBe(true);
    expect(all.filter((t) => t.type === 'list').length).toBeGreaterThan(0);
    expect(all.filter((t) => t.type === 'blockquote' || t.type === 'code' || t.type === 'del' || t.type === 'em')).toEqual([]);
  });

  it('produce HTML with no element, attribute or link from the data', () => {
    const own = withoutOwnParts(out.html);
    expect(own).not.toMatch(/<(?:script|img|iframe|button|h1>Custom)/i);
    expect(own).not.toMatch(/<[^>]*\sonerror=/i);
    expect(own).not.toMatch(/href="(?!https?:|mailto:|#)/);
    expect(out.html).toContain('&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Policy');
  });

  it('show every value as typed in the plain text', () => {
    for (const text of [
      "<script>alert('title')</script> Policy",
      '*bold* _em_ `code` [click](javascript:alert(1)) {{constructor}} {{{raw}}}',
      '<img src=x onerror=alert(1)> & Co | Ltd',
      '# Not a heading',
      '{{#each this}}loop{{/each}} ~~strike~~',
      '&lt;escaped&gt;',
      'ftp://files.example/x',
      '=== setext',
      '--- rule',
    ]) {
      expect(out.txt.replace(/\s+/g, ' ')).toContain(text);
    }
  });
});
