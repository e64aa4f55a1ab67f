import { createHash } from 'node:crypto';
import { withoutOwnParts } from '../../support/page-parts.js';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { markdownToHtml, PAGE_IDS, type PageMeta } from '../../../src/render/html.js';
import { parseMarkdown } from '../../../src/render/marked-safe.js';
import { Marked } from 'marked';
import { unsafeParts } from '../../fixtures/markdown/allowlist.js';
import { attacks } from '../../fixtures/markdown/attacks.js';
import { golden } from '../../fixtures/markdown/golden.js';

const fixture = readFileSync(new URL('../../fixtures/markdown/policy.md', import.meta.url), 'utf8');
const meta: PageMeta = { title: 'Privacy Policy', lang: 'en' };
const page = markdownToHtml(fixture, meta);

const body = (html: string): string => html.slice(html.indexOf('<body>'));
const between = (html: string, open: string, close: string): string => {
  const start = html.indexOf(open);
  return html.slice(start, html.indexOf(close, start) + close.length);
};
const ids = (html: string): string[] => [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1] as string);

describe('the page head', () => {
  it('is a standalone HTML5 document with language, charset, viewport and title', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain('<title>Privacy Policy</title>');
    expect(page.endsWith('</body>\n</html>\n')).toBe(true);
  });

  it('escapes the title, language and description', () => {
    const html = markdownToHtml('# T', { title: '<b>Acme</b> & Co', lang: 'en"><x', description: '"quoted" <desc>' });
    expect(html).toContain('<title>&lt;b&gt;Acme&lt;/b&gt; &amp; Co</title>');
    expect(html).toContain('<html lang="en&quot;&gt;&lt;x">');
    expect(html).toContain('<meta name="description" content="&quot;quoted&quot; &lt;desc&gt;">');
  });

  it('describes itself with the introduction when no description is given, cut at a word', () => {
    const description = /<meta name="description" content="([^"]*)">/.exec(page)?.[1] ?? '';
    expect(description.startsWith('Sessionly Inc. (“Sessionly”, “we”, “us”) runs the Sessionly platform at sessionly.co,')).toBe(true);
    expect(description.endsWith('what personal data we…')).toBe(true);
    expect([...description].length).toBeLessThanOrEqual(200);
    expect(markdownToHtml('# T\n\nShort.', { ...meta, title: 'Only a title' })).toContain('content="Only a title"');
  });

  it('allows nothing but its own stylesheet and its print script, each pinned by hash', () => {
    const style = between(page, '<style>', '</style>').slice('<style>'.length, -'</style>'.length);
    const script = between(page, '<script>', '</script>').slice('<script>'.length, -'</script>'.length);
    const hash = (text: string): string => createHash('sha256').update(text).digest('base64');
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${hash(style)}'; script-src 'sha256-${hash(script)}'; base-uri 'none'; form-action 'none'">`,
    );
    expect(page.match(/<style/g)).toHaveLength(1);
    expect(page.match(/<script/g)).toHaveLength(1);
    // The script only shows the button and prints: nothing it reads or writes comes from the policy.
    expect(script).toBe(
      '(function(){var b=document.getElementById("print-page");if(!b)return;b.hidden=false;b.addEventListener("click",function(){window.print();});})();',
    );
    expect(page).toContain('<p class="print-page"><button type="button" id="print-page" hidden>Print this policy</button></p>');
    expect(page).not.toMatch(/<link|<img|<iframe|@import|url\(/i);
  });

  it('styles phone, desktop, print and dark mode', () => {
    expect(page).toContain('@media (prefers-color-scheme: dark)');
    expect(page).toContain('@media print');
    expect(page).toMatch(/@media \(min-width: [\d.]+rem\)/);
    // A measure of about 65 characters, and a table whose row names stay in view as it scrolls.
    expect(page).toContain('max-width: 40em');
    expect(page).toContain('tbody th[scope="row"], thead th:first-child { position: sticky;');
  });
});

describe('the table of contents', () => {
  const nav = between(page, '<nav', '</nav>');
  const sections = between(page, '<div class="sections"', '</main>');

  it('is a labelled navigation landmark listing every ## section, in order', () => {
    expect(nav).toMatch(/^<nav class="toc" aria-labelledby="contents">\n<h2 id="contents">Contents<\/h2>/);
    const links = [...nav.matchAll(/<li><a href="#([^"]+)">([^<]+)<\/a><\/li>/g)].map((m) => [m[1], m[2]]);
    const headings = [...sections.matchAll(/<h2 id="([^"]+)"><a class="self-link" href="#\1">([^<]+)<\/a><\/h2>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual(headings);
    expect(links.map((l) => l[1])).toEqual([
      'Who we are',
      'What we collect',
      'How we use it and on what legal basis',
      'Who we share it with',
      'How long we keep it',
      'Your rights',
      'Changes to this policy',
      'Contact',
    ]);
    expect(nav).not.toContain('Information you give us');
  });

  it('comes after the introduction, and a skip link jumps over it', () => {
    expect(page.indexOf('<header class="lead">')).toBeLessThan(page.indexOf('<nav'));
    expect(body(page)).toMatch(/^<body>\n<a class="skip-link" href="#policy">Skip to the policy<\/a>\n<main class="page" id="content">/);
    expect(page).toContain('<div class="sections" id="policy" tabindex="-1">');
  });

  it('uses the labels given for other languages', () => {
    const html = markdownToHtml('# Datenschutz\n\n## Wer wir sind', {
      title: 'Datenschutz',
      lang: 'de',
      labels: { contents: 'Inhalt', skipContents: 'Zum Text' },
    });
    expect(html).toContain('<h2 id="contents">Inhalt</h2>');
    expect(html).toContain('>Zum Text</a>');
  });

  it('is left out, with the skip link, when there are no sections', () => {
    const html = markdownToHtml('# Notice\n\nNothing changed.', meta);
    expect(html).not.toContain('<nav');
    expect(html).not.toContain('skip-link"');
    expect(body(html)).toContain('<main class="page" id="content">\n<h1 id="notice">Notice</h1>\n<p>Nothing changed.</p>\n</main>');
  });
});

describe('heading anchors', () => {
  it('are unique in the page, also against the page’s own ids', () => {
    const html = markdownToHtml('# T\n\n## Contents\n\n## Policy\n\n## Content\n\n## Print page\n\n## FAQ\n\n### FAQ\n\n## FAQ', meta);
    const all = ids(html);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(['content', 't', 'print-page', 'contents', 'policy', 'contents-1', 'policy-1', 'content-1', 'print-page-1', 'faq', 'faq-1', 'faq-2']);
  });

  it('are github-slugger slugs of the heading words, without markup', () => {
    const html = markdownToHtml('# T\n\n## Your *rights* under [GDPR](https://gdpr.eu) & the UK', meta);
    expect(html).toContain('<h2 id="your-rights-under-gdpr--the-uk">');
    expect(html).toContain('<li><a href="#your-rights-under-gdpr--the-uk">Your rights under GDPR &amp; the UK</a></li>');
  });

  it('are the ids github-slugger gives the headings in turn', () => {
    const texts = fc.array(fc.constantFrom('FAQ', 'faq', 'FAQ 1', 'faq-1', 'faq-1-1', 'Contents', 'policy-1', 'Who we are'), { maxLength: 12 });
    fc.assert(
      fc.property(texts, (headings) => {
        const slugger = new GithubSlugger();
        for (const reserved of PAGE_IDS) slugger.slug(reserved);
        const markdown = ['# T', ...headings.map((text) => `## ${text}`)].join('\n\n');
        expect(parseMarkdown(markdown, PAGE_IDS).headings.map((h) => h.id)).toEqual(['t', ...headings].map((text) => slugger.slug(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('link to themselves, except the title and a heading that holds a link already', () => {
    const html = markdownToHtml('# Title\n\n## Who we are\n\n### [Stripe](https://stripe.com)\n\ntext', meta);
    expect(html).toContain('<h1 id="title">Title</h1>');
    expect(html).toContain('<h2 id="who-we-are"><a class="self-link" href="#who-we-are">Who we are</a></h2>');
    expect(html).toMatch(/<h3 id="stripe"><a href="https:\/\/stripe\.com"[^>]*>Stripe<\/a><\/h3>/);
  });

  it('exist even for a heading with no words', () => {
    expect(markdownToHtml('# T\n\n## 🔒\n\n## !!!', meta)).toMatch(
      /<h2 id="section"><a class="self-link" href="#section">🔒<\/a><\/h2>\n[^]*<h2 id="section-1"><a class="self-link" href="#section-1">!!!<\/a><\/h2>\n/,
    );
  });

  it('are stable: a document renders the same after rendering another', () => {
    const other = markdownToHtml('# Other\n\n## Who we are\n\n## Who we are', meta);
    expect(markdownToHtml(fixture, meta)).toBe(page);
    expect(markdownToHtml('# Other\n\n## Who we are\n\n## Who we are', meta)).toBe(other);
  });
});

describe('tables', () => {
  const table = between(page, '<div class="table-scroll"', '</div>');

  it('scroll sideways in a focusable region named by their section heading', () => {
    expect(table).toMatch(/^<div class="table-scroll" role="region" aria-labelledby="who-we-share-it-with" tabindex="0">/);
    expect(ids(page)).toContain('who-we-share-it-with');
  });

  it('have column headers and row headers with scope', () => {
    expect(table).toContain('<thead>\n<tr><th scope="col">Provider</th><th scope="col">Purpose</th>');
    expect(table).toContain('<tr><th scope="row">Stripe, Inc.</th><td data-label="Purpose">Payment processing');
  });

  it('do not make an empty cell a header', () => {
    const html = markdownToHtml('# T\n\n| | A |\n| --- | --- |\n| | 1 |', meta);
    expect(html).toContain('<tr><td></td><th scope="col">A</th></tr>');
    expect(html).toContain('<tr><td></td><td data-label="A">1</td></tr>');
  });

  it('show a cell the writer filled as "not stated" muted, apart from the values, never as a blank or a dash that reads as "none"', () => {
    const html = markdownToHtml('# T\n\n| Name | Note |\n| --- | --- |\n| x | *not stated* |', meta);
    expect(html).toContain('<tr><th scope="row">x</th><td data-label="Note"><span class="not-stated">not stated</span></td></tr>');
  });

  it('add no words of their own: an empty cell in Markdown the writer did not fill stays empty, and other emphasis stays emphasis', () => {
    const html = markdownToHtml('# T\n\n| Name | Note |\n| --- | --- |\n| x | |\n| y | *not yet* |', meta);
    expect(html).toContain('<tr><th scope="row">x</th><td data-label="Note"></td></tr>');
    expect(html).toContain('<td data-label="Note"><em>not yet</em></td>');
  });

  it('keep column alignment as a class (inline styles are not allowed)', () => {
    expect(markdownToHtml('# T\n\n| A | B |\n| :-: | --: |\n| 1 | 2 |', meta)).toContain(
      '<th scope="col" class="align-center">A</th><th scope="col" class="align-right">B</th>',
    );
  });
});

describe('the body', () => {
  it('contains only allowed tags and attributes, and no URL but the document’s own links', () => {
    const content = between(page, '<main', '</main>');
    // The page's own parts around the policy: its landmarks, and the print button the script above shows.
    const own = withoutOwnParts(content).replace(/^<main class="page" id="content">|<\/?(?:main|header|nav)[^>]*>/g, '');
    expect(unsafeParts(own)).toEqual([]);
    const urls = [...fixture.matchAll(/https?:\/\/[^\s)>\]]*[^\s)>\].]|mailto:[^\s)]+/g)].map((m) => m[0]);
    const emails = [...fixture.matchAll(/[\w.]+@[\w]+\.co\b/g)].map((m) => `mailto:${m[0]}`);
    const hrefs = [...body(page).matchAll(/href="([^"#][^"]*)"/g)].map((m) => (m[1] as string).replace(/&amp;/g, '&'));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect([...urls, ...emails]).toContain(href);
    expect(body(page)).not.toMatch(/\ssrc=/);
  });

  it('is deterministic, and matches the reviewed golden file', () => {
    expect(markdownToHtml(fixture, meta)).toBe(page);
    expect(page).toBe(golden('policy.golden.html', page));
  });

  it('the allow-list check catches what plain marked lets through', () => {
    // Proof that the safety tests can fail: marked's default output is unsafe for most attacks.
    const plain = new Marked();
    const unsafe = attacks.filter((a) => unsafeParts(plain.parse(a.markdown, { async: false })).length > 0);
    expect(unsafe.length).toBeGreaterThan(attacks.length * 0.75);
    expect(unsafeParts('<a href="&#106;avascript:x">x</a><p onclick="x">y</p><img src=x>')).toHaveLength(3);
  });
});
