import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml } from '../../../src/render/entities.js';
import { markdownToHtml } from '../../../src/render/html.js';
import { withoutOwnParts } from '../../support/page-parts.js';
import { MarkdownTooDeepError, MAX_NESTING, markdownToFragment } from '../../../src/render/marked-safe.js';
import { displayUrl, safeUrl } from '../../../src/render/safe-url.js';
import { markdownToText } from '../../../src/render/text.js';
import { unsafeParts } from '../../fixtures/markdown/allowlist.js';
import { attacks } from '../../fixtures/markdown/attacks.js';
import { RUNAWAY_MS } from '../../support/guards.js';

describe('hostile Markdown', () => {
  it.each(attacks)('$name: rendered as harmless text', ({ markdown, shows }) => {
    const html = markdownToFragment(markdown);
    expect(unsafeParts(html)).toEqual([]);
    if (shows !== undefined) {
      expect(html).toContain(escapeHtml(shows));
      expect(markdownToText(markdown)).toContain(shows);
    }
  });

  it.each(attacks)('$name: no unsafe link in the plain text', ({ markdown }) => {
    const text = markdownToText(markdown);
    expect(text).not.toMatch(/\((?:javascript|vbscript|data|file):/i);
  });

  it('the whole attack fixture, as one page, only links where it may', () => {
    const page = markdownToHtml(attacks.map((a) => `## ${a.name}\n\n${a.markdown}`).join('\n\n'), { title: 'Attacks', lang: 'en' });
    const body = page.slice(page.indexOf('<body>'));
    const hrefs = [...body.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const href of hrefs) expect(href).toMatch(/^(?:https?:\/\/|mailto:|#)/);
    // The only fragment links are the page's own (skip link, contents), each to an existing id.
    const ids = new Set([...body.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]));
    const fragments = hrefs.filter((h) => h?.startsWith('#'));
    expect(fragments.length).toBeGreaterThan(attacks.length);
    for (const fragment of fragments) expect(ids).toContain(fragment?.slice(1));
    expect(body).not.toContain('href="#top"');
    // One script, the page's own (the print button), with nothing of the policy in it.
    expect(withoutOwnParts(page).match(/<script|<img|<iframe|<svg|<object|<link|<base|<form/gi)).toBeNull();
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page.match(/<style/g)).toHaveLength(1);
    expect(page.match(/<meta/g)).toHaveLength(5);
  });
});

describe('links that are allowed', () => {
  it('keeps http, https and mailto links, with their text', () => {
    const html = markdownToFragment('[site](https://example.com/a?b=1&c=2) [old](http://example.org) [mail](mailto:privacy@example.com)');
    expect(html).toContain('<a href="https://example.com/a?b=1&amp;c=2">site</a>');
    expect(html).toContain('<a href="http://example.org">old</a>');
    expect(html).toContain('<a href="mailto:privacy@example.com">mail</a>');
  });

  it('links bare URLs and email addresses (GFM autolinks)', () => {
    const html = markdownToFragment('See https://example.com/x or write to privacy@example.com.');
    expect(html).toContain('<a href="https://example.com/x" class="bare">https://example.com/x</a>');
    expect(html).toContain('<a href="mailto:privacy@example.com" class="bare">privacy@example.com</a>');
  });

  it('turns an image into a link to it, never an <img>', () => {
    expect(markdownToFragment('![Our logo](https://example.com/logo.png)')).toBe('<p><a href="https://example.com/logo.png">Our logo</a></p>\n');
  });

  it('escapes link titles', () => {
    expect(markdownToFragment('[x](https://example.com "a \\"quoted\\" <b>title</b>")')).toContain('title="a &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt;"');
  });
});

describe('text', () => {
  it('shows Markdown escapes and character references as the characters they stand for', () => {
    expect(markdownToFragment('\\*not emphasis\\* &copy; 2026 AT&amp;T &#60;b&#62;')).toBe('<p>*not emphasis* © 2026 AT&amp;T &lt;b&gt;</p>\n');
  });

  it('decodes a reference once: an escaped reference stays visible', () => {
    expect(markdownToFragment('&amp;amp; and &#38;lt;')).toBe('<p>&amp;amp; and &amp;lt;</p>\n');
  });
});

describe('absurd nesting', () => {
  const deep = {
    quotes: `${'>'.repeat(5000)} x`,
    lists: Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
    'bullets on one line': `${'- '.repeat(3000)}x`,
    emphasis: `${'**'.repeat(3000)}x${'**'.repeat(3000)}`,
  };

  it.each(Object.entries(deep))('%s: refused with a clear error, quickly, in every format', (_, markdown) => {
    const started = performance.now();
    expect(() => markdownToHtml(markdown, { title: 'T', lang: 'en' })).toThrow(MarkdownTooDeepError);
    expect(() => markdownToText(markdown)).toThrow(/nests quotes, lists or emphasis more than 100 levels deep/);
    expect(performance.now() - started).toBeLessThan(RUNAWAY_MS);
  });

  it('renders nesting up to the limit', () => {
    const lists = Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    expect(markdownToFragment(lists)).toContain('<li>level 50</li>');
    expect(markdownToText(`${'>'.repeat(MAX_NESTING)} x`)).toContain('x');
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://example.com/privacy', 'https://example.com/privacy'],
    ['HTTP://EXAMPLE.COM', 'HTTP://EXAMPLE.COM'],
    ['  https://example.com  ', 'https://example.com'],
    ['https://example.com/?a=1&amp;b=2', 'https://example.com/?a=1&b=2'],
    ['mailto:privacy@example.com', 'mailto:privacy@example.com'],
  ])('accepts %j', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'jav&#x61;script:alert(1)',
    '&#104;ttps&#58;//example.com\u0000',
    'https://',
    'https:example.com',
    'https://exa mple.com',
    'https://example.com/\u202egnp.exe',
    'mailto:',
    '//example.com',
    '/relative',
    '#fragment',
    'ftp://example.com',
    'data:text/plain,hi',
    'https://example.com/\ud800',
    // Credentials, and mail headers: a link carries neither.
    'https://user:pw@example.com/',
    'https://user@example.com/',
    'mailto:privacy@example.com?subject=Hi',
    'mailto:x?bcc=spy%40evil.example&body=hi@minimal.example',
    'mailto:privacy@example.com%3Fbcc=spy@evil.example',
  ])('refuses %j', (input) => {
    expect(safeUrl(input)).toBeNull();
  });

  it('shows a mailto link as its bare address', () => {
    expect(displayUrl('mailto:privacy@example.com')).toBe('privacy@example.com');
    expect(displayUrl('https://example.com/?a=b')).toBe('https://example.com/?a=b');
  });
});

describe('decodeEntities and escapeHtml', () => {
  it('decodes numeric and common named references in one pass', () => {
    expect(decodeEntities('&#x61;&#98;&amp;&copy;&amp;lt;&nosuch;&#0;&#x110000;&#xD800;')).toBe('ab&©&lt;&nosuch;\ufffd\ufffd\ufffd');
  });

  it('does not decode inherited object keys', () => {
    expect(decodeEntities('&constructor; &toString; &__proto__;')).toBe('&constructor; &toString; &__proto__;');
  });

  it('escapes every character that matters in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
