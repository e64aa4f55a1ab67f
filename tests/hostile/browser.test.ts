/**
 * The full policy built by the CLI from each injection fixture, loaded in real Chromium (Debian's,
 * via playwright-core): no script runs, no dialog opens, nothing is requested but the page itself,
 * with the page's Content-Security-Policy and, to prove the markup alone is inert, without it.
 * (tests/e2e/browser.test.ts covers hostile Markdown rendered directly; this covers every value of
 * a policy as it reaches the page.)
 */
import { OWN_PARTS_IN_PAGE } from '../support/page-parts.js';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyc, scratch } from './cli.js';
import { INERT } from './injection-fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`SKIPPED hostile browser tests: ${CHROMIUM} is not installed.`);

/** Every event a payload might hang on, fired at every element. */
const PROVOKE = `for (const element of document.querySelectorAll('body *')) {
  for (const type of ['mouseover', 'mouseenter', 'focus', 'click', 'toggle', 'load', 'error', 'animationstart']) {
    element.dispatchEvent(new Event(type));
  }
}`;

describe.skipIf(!available)('injection fixtures, built and opened in Chromium', () => {
  let browser: Browser;
  let out: string;

  beforeAll(async () => {
    out = scratch('hostile-browser');
    for (const file of INERT) {
      const run = await policyc(['build', file, '-o', out, '--formats', 'html']);
      if (run.code !== 0) throw new Error(`build of ${file} failed: ${run.stderr}`);
    }
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
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  const cases = INERT.flatMap((file) => [
    [file.split('/').pop()!, 'with its Content-Security-Policy', true] as const,
    [file.split('/').pop()!, 'without it', false] as const,
  ]);

  it.each(cases)(
    '%s %s: no script, no dialog, no request',
    async (name, _, keepCsp) => {
      const built = join(out, name.replace(/\.yaml$/, '.html'));
      const page = keepCsp ? built : built.replace(/\.html$/, '.nocsp.html');
      if (!keepCsp) {
        const html = readFileSync(built, 'utf8');
        const stripped = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, '');
        expect(stripped.length).toBeLessThan(html.length);
        writeFileSync(page, stripped);
      }
      const context = await browser.newContext({ javaScriptEnabled: true });
      try {
        const tab = await context.newPage();
        const requests: string[] = [];
        const dialogs: string[] = [];
        const errors: string[] = [];
        tab.on('request', (request) => requests.push(request.url()));
        tab.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        tab.on('pageerror', (error) => errors.push(error.message));
        await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
        await tab.evaluate(PROVOKE);
        await tab.waitForTimeout(200);
        const state = (await tab.evaluate(`({
        pwned: window.__pwned ?? null,
        scripts: [...document.scripts].filter(${OWN_PARTS_IN_PAGE}).length,
        active: [...document.querySelectorAll('iframe, img, svg, object, embed, form, link, base, details, video, audio, input, button, textarea, meta[http-equiv="refresh"]')].filter(${OWN_PARTS_IN_PAGE}).map((e) => e.tagName),
        location: location.href,
      })`)) as { pwned: unknown; scripts: number; active: string[]; location: string };
        expect(state).toEqual({ pwned: null, scripts: 0, active: [], location: pathToFileURL(page).href });
        expect(dialogs).toEqual([]);
        expect(errors).toEqual([]);
        expect(requests).toEqual([pathToFileURL(page).href]);
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});
