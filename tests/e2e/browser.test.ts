/**
 * The policy page in real Chromium (Debian's, driven by playwright-core): axe-core finds no
 * accessibility violation on a phone, on a desktop, in light and dark; the page makes no request
 * but for itself; and no hostile Markdown runs a script, opens a dialog or loads anything, with
 * the Content-Security-Policy in place and, to prove the markup itself is inert, without it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/render/html.js';
import { OWN_PARTS_IN_PAGE } from '../support/page-parts.js';
import { attacks } from '../fixtures/markdown/attacks.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) {
  console.warn(`SKIPPED browser tests: ${CHROMIUM} is not installed (apt-get install -y chromium).`);
}

const root = new URL('../../', import.meta.url);
const axeSource = readFileSync(new URL('node_modules/axe-core/axe.min.js', root), 'utf8');
const policyMarkdown = readFileSync(new URL('tests/fixtures/markdown/policy.md', root), 'utf8');
const attackMarkdown = ['# Attacks', ...attacks.map((a) => `## ${a.name}\n\n${a.markdown}`)].join('\n\n');

const VIEWPORTS = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

interface Opened {
  page: Page;
  requests: string[];
  dialogs: string[];
  close: () => Promise<void>;
}

// Scripts run in the page are strings: the project compiles without the DOM library.
async function inPage<T = unknown>(page: Page, expression: string): Promise<T> {
  return (await page.evaluate(expression)) as T;
}

/** How far the page is wider than the window: anything above 0 means sideways scrolling. */
const OVERFLOW = 'document.documentElement.scrollWidth - window.innerWidth';

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

describe.skipIf(!available)('the policy page in Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    dir = mkdtempSync(join(tmpdir(), 'policyc-browser-'));
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens `html` from a file:// URL, recording every request and dialog. */
  async function open(
    name: string,
    html: string,
    options: { width?: number; height?: number; scheme?: 'light' | 'dark'; bypassCSP?: boolean; javaScript?: boolean } = {},
  ): Promise<Opened> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      colorScheme: options.scheme ?? 'light',
      // Only to inject axe: the page's own CSP would (rightly) block its script tag.
      bypassCSP: options.bypassCSP ?? false,
      javaScriptEnabled: options.javaScript ?? true,
    });
    const page = await context.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // Runs before the page's own content: records anything the CSP had to block.
    await page.addInitScript({
      content: `window.__violations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__violations.push(event.violatedDirective + ' ' + event.blockedURI);
        });`,
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, requests, dialogs, close: () => context.close() };
  }

  async function axeViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: axeSource });
    const violations = await inPage<AxeViolation[]>(page, `axe.run(document, { resultTypes: ['violations'] }).then((results) => results.violations)`);
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
  }

  describe.each(VIEWPORTS)('on a $name ($width px)', ({ name, width, height }) => {
    it.each(SCHEMES)(
      '%s scheme: no axe violations, no requests, no sideways scrolling',
      async (scheme) => {
        const html = markdownToHtml(policyMarkdown, { title: 'Privacy Policy', lang: 'en' });
        const opened = await open(`policy-${name}-${scheme}`, html, { width, height, scheme, bypassCSP: true });
        try {
          expect(await axeViolations(opened.page)).toEqual([]);
          expect(opened.requests).toEqual([opened.page.url()]);
          expect(await inPage<number>(opened.page, OVERFLOW)).toBeLessThanOrEqual(0);
          // The scheme really applies: a light page is light and a dark page is dark.
          const background = await inPage<string>(opened.page, 'getComputedStyle(document.body).backgroundColor');
          const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
          const lightness = (r + g + b) / 3;
          if (scheme === 'dark') expect(lightness).toBeLessThan(50);
          else expect(lightness).toBeGreaterThan(230);
        } finally {
          await opened.close();
        }
      },
      60_000,
    );
  });

  it('shows each table row as a card on a 390 px phone, every cell inside the window, and no citation broken', async () => {
    const html = readFileSync(new URL('examples/sessionly/privacy.html', root), 'utf8');
    const opened = await open('cards-390', html, { width: 390, height: 844 });
    try {
      const result = await inPage<{ cells: number; outside: string[]; labels: string[]; broken: string[]; overflow: number }>(
        opened.page,
        `(() => {
          const cells = [...document.querySelectorAll('.table-scroll th, .table-scroll td')].filter((c) => c.closest('tbody'));
          const outside = cells.filter((c) => { const r = c.getBoundingClientRect(); return r.left < 0 || r.right > window.innerWidth; }).map((c) => c.textContent);
          const labels = [...document.querySelectorAll('#how-we-share-your-personal-data ~ .table-scroll td')].slice(0, 4).map((c) => getComputedStyle(c, '::before').content);
          // A citation is on one line: its box is one line high.
          const broken = [...document.querySelectorAll('.nowrap')].filter((s) => s.getClientRects().length > 1).map((s) => s.textContent);
          return { cells: cells.length, outside, labels, broken, overflow: ${OVERFLOW} };
        })()`,
      );
      expect(result.cells).toBeGreaterThan(20);
      expect(result.outside).toEqual([]);
      expect(result.labels).toEqual(['"What they do"', '"Data shared"', '"Location"', '"Safeguard"']);
      expect(result.broken).toEqual([]);
      expect(result.overflow).toBeLessThanOrEqual(0);
    } finally {
      await opened.close();
    }
  }, 60_000);

  it('opens with the key points, linked to their sections, and ends each section with a way back to the contents', async () => {
    const html = readFileSync(new URL('examples/sessionly/privacy.html', root), 'utf8');
    const opened = await open('key-points', html, { width: 1280 });
    try {
      const result = await inPage<{ before: boolean; words: number; targets: boolean[]; backs: number; sections: number }>(
        opened.page,
        `(() => {
          const points = document.getElementById('key-points');
          const firstSection = document.querySelector('.sections h2');
          const links = [...points.querySelectorAll('a[href^="#"]:not(.self-link)')];
          return {
            before: Boolean(points.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING),
            words: points.innerText.trim().split(/\\s+/).length,
            targets: links.map((a) => document.getElementById(a.getAttribute('href').slice(1))?.tagName === 'H2'),
            backs: document.querySelectorAll('.sections .to-contents a[href="#contents"]').length,
            sections: document.querySelectorAll('.sections h2').length,
          };
        })()`,
      );
      expect(result.before).toBe(true);
      expect(result.words).toBeGreaterThanOrEqual(40);
      expect(result.words).toBeLessThanOrEqual(200);
      expect(result.targets).toEqual([true, true, true, true, true, true]);
      expect(result.backs).toBe(result.sections);
    } finally {
      await opened.close();
    }
  }, 60_000);

  it('offers a print button that prints, under the page’s own CSP, and shows none where scripts do not run', async () => {
    const html = readFileSync(new URL('examples/sessionly/privacy.html', root), 'utf8');
    const opened = await open('print-button', html, { width: 390, height: 844 });
    try {
      const button = opened.page.locator('#print-page');
      expect(await button.isVisible()).toBe(true);
      expect(await button.textContent()).toBe('Print this policy');
      await inPage(opened.page, 'window.__printed = 0; window.print = () => { window.__printed += 1; }');
      await button.click();
      expect(await inPage<number>(opened.page, 'window.__printed')).toBe(1);
      expect(await inPage<string[]>(opened.page, 'window.__violations')).toEqual([]);
      expect(opened.requests).toEqual([opened.page.url()]);
    } finally {
      await opened.close();
    }
    const still = await open('print-button-no-js', html, { width: 390, height: 844, javaScript: false });
    try {
      expect(await still.page.locator('#print-page').isVisible()).toBe(false);
      // Nor an empty line where it would be.
      expect(await inPage<string>(still.page, 'getComputedStyle(document.querySelector(".print-page")).display').catch(() => 'none')).toBe('none');
    } finally {
      await still.close();
    }
  }, 60_000);

  it('lays the contents beside the text on a wide screen, and above it on a phone', async () => {
    const html = markdownToHtml(policyMarkdown, { title: 'Privacy Policy', lang: 'en' });
    const boxes = async (width: number): Promise<{ nav: number; text: number; navTop: number; textTop: number }> => {
      const opened = await open(`layout-${width}`, html, { width });
      try {
        return await inPage(
          opened.page,
          `(() => {
            const nav = document.querySelector('nav').getBoundingClientRect();
            const text = document.querySelector('.sections').getBoundingClientRect();
            return { nav: nav.right, text: text.left, navTop: nav.bottom, textTop: text.top };
          })()`,
        );
      } finally {
        await opened.close();
      }
    };
    const wide = await boxes(1440);
    expect(wide.nav).toBeLessThanOrEqual(wide.text);
    const phone = await boxes(375);
    expect(phone.navTop).toBeLessThanOrEqual(phone.textTop);
  }, 60_000);

  it('every contents link leads to its section', async () => {
    const html = markdownToHtml(policyMarkdown, { title: 'Privacy Policy', lang: 'en' });
    const opened = await open('toc', html);
    try {
      const missing = await inPage<string[]>(
        opened.page,
        `[...document.querySelectorAll('nav a, a.skip-link')]
          .map((a) => a.getAttribute('href'))
          .filter((href) => document.getElementById(href.slice(1)) === null)`,
      );
      expect(missing).toEqual([]);
      await opened.page.click('nav a[href="#what-we-collect"]');
      expect(await inPage<string>(opened.page, 'location.hash')).toBe('#what-we-collect');
      const top = await inPage<number>(opened.page, `document.getElementById('what-we-collect').getBoundingClientRect().top`);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(100);
    } finally {
      await opened.close();
    }
  }, 60_000);

  it('prints the contents, numbered pages, whole table rows and link targets spelled out', async () => {
    const html = markdownToHtml(policyMarkdown, { title: 'Privacy Policy', lang: 'en' });
    const opened = await open('print', html);
    try {
      await opened.page.emulateMedia({ media: 'print' });
      const printed = await inPage(
        opened.page,
        `({
          nav: getComputedStyle(document.querySelector('nav')).display,
          after: getComputedStyle(document.querySelector('a[href="https://sessionly.co"]'), '::after').content,
          bare: getComputedStyle(document.querySelector('a.bare[href^="https:"]'), '::after').content,
          wrap: getComputedStyle(document.querySelector('a[href="https://sessionly.co"]'), '::after').overflowWrap,
          row: getComputedStyle(document.querySelector('tbody tr')).breakInside,
          pageNumbers: [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).some((rule) => rule instanceof CSSMediaRule && [...rule.cssRules].some((r) => r instanceof CSSPageRule && r.cssText.includes('counter(page)'))),
        })`,
      );
      expect(printed).toEqual({ nav: 'block', after: '" (https://sessionly.co)"', bare: 'none', wrap: 'break-word', row: 'avoid', pageNumbers: true });
    } finally {
      await opened.close();
    }
  }, 60_000);

  describe('the injection fixture', () => {
    const page = markdownToHtml(attackMarkdown, { title: 'Attacks', lang: 'en' });
    const withoutCsp = page.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, '');

    it('the test page without CSP really has none', () => {
      expect(withoutCsp).not.toContain('Content-Security-Policy');
      expect(withoutCsp.length).toBeLessThan(page.length);
    });

    it.each([
      ['with its Content-Security-Policy', page],
      ['without it (the markup alone is inert)', withoutCsp],
    ])(
      '%s: runs no script, opens no dialog, loads nothing',
      async (label, html) => {
        const opened = await open(`attacks-${label.startsWith('with its') ? 'csp' : 'nocsp'}`, html);
        try {
          // Give event-handler payloads every chance: hover, focus and click-free events on everything.
          await inPage(
            opened.page,
            `for (const element of document.querySelectorAll('body *')) {
            for (const type of ['mouseover', 'mouseenter', 'focus', 'toggle', 'load', 'error']) {
              element.dispatchEvent(new Event(type));
            }
          }`,
          );
          await opened.page.waitForTimeout(200);
          const state = await inPage(
            opened.page,
            `({
            pwned: window.__pwned ?? null,
            violations: window.__violations,
            active: [...document.querySelectorAll('script, img, iframe, svg, math, object, embed, form, link, base, details, textarea')]
              .filter(${OWN_PARTS_IN_PAGE})
              .map((e) => e.tagName),
            scripts: document.querySelectorAll('script').length,
            styles: document.querySelectorAll('style').length,
            metas: document.querySelectorAll('meta').length,
            title: document.title,
          })`,
          );
          expect(state).toEqual({
            pwned: null,
            violations: [],
            active: [],
            // The page's own print script, and nothing else.
            scripts: 1,
            styles: 1,
            metas: html === page ? 5 : 4,
            title: 'Attacks',
          });
          expect(opened.dialogs).toEqual([]);
          expect(opened.requests).toEqual([opened.page.url()]);
          // The attacks are shown, as text.
          const text = await inPage<string>(opened.page, 'document.body.innerText');
          expect(text).toContain('<script>window.__pwned = "script"</script>');
        } finally {
          await opened.close();
        }
      },
      60_000,
    );

    it('is still accessible', async () => {
      const opened = await open('attacks-axe', page, { bypassCSP: true });
      try {
        expect(await axeViolations(opened.page)).toEqual([]);
      } finally {
        await opened.close();
      }
    }, 60_000);
  });

  // The committed example policies, once they have been built.
  const examplesDir = new URL('examples/', root);
  const examples = (existsSync(examplesDir) ? readdirSync(examplesDir, { withFileTypes: true }) : [])
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`examples/${entry.name}/privacy.html`, root)))
    .map((entry) => entry.name);

  it.each(examples)(
    'example %s: no axe violations on a phone in dark mode or on a desktop, no requests',
    async (example) => {
      const html = readFileSync(new URL(`examples/${example}/privacy.html`, root), 'utf8');
      for (const [width, scheme] of [
        [375, 'dark'],
        [1280, 'light'],
      ] as const) {
        const opened = await open(`example-${example}-${width}`, html, { width, scheme, bypassCSP: true });
        try {
          expect(await axeViolations(opened.page)).toEqual([]);
          expect(opened.requests).toEqual([opened.page.url()]);
          expect(await inPage<number>(opened.page, OVERFLOW)).toBeLessThanOrEqual(0);
        } finally {
          await opened.close();
        }
      }
    },
    120_000,
  );
});
