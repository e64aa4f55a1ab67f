import { pageScript } from '../../src/render/page-script.js';

/**
 * The page's own script and the print button it shows, exactly as html.ts writes them: the only
 * script a page may hold (pinned by hash in its CSP, nothing of the policy in it). Safety checks
 * remove these exact bytes and then allow no script and no button at all.
 */
export const OWN_SCRIPT = `<script>${pageScript}</script>`;
const OWN_BUTTON = /<p class="print-page"><button type="button" id="print-page" hidden>[^<]*<\/button><\/p>\n?/g;

/** The page without its own script and print button. */
export function withoutOwnParts(html: string): string {
  return html.replace(OWN_SCRIPT, '').replace(OWN_BUTTON, '');
}

/** For a check in the browser: the page's own script and button are not counted. */
export const OWN_PARTS_IN_PAGE = `(e) => !(e.id === 'print-page' || (e.tagName === 'SCRIPT' && e.textContent === ${JSON.stringify(pageScript)}))`;
