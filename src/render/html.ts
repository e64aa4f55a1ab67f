import type { Token, Tokens } from 'marked';
import { escapeHtml } from './entities.js';
import { inlineText } from './inline-text.js';
import { parseMarkdown, renderHtml, type SafeDocument } from './marked-safe.js';
import { pageScript, pageScriptSha256 } from './page-script.js';
import { pageStyle, pageStyleSha256 } from './page-style.js';
import { safeUrl } from './safe-url.js';
import { renderToc } from './toc.js';

/** What the page needs besides the Markdown. */
export interface PageMeta {
  /** The page title, for the browser tab and search results; usually the `#` heading. */
  title: string;
  /** The policy's language as a BCP 47 tag: "en", "en-GB", "de". */
  lang: string;
  /** One or two sentences for search results; the first paragraph of the introduction if absent. */
  description?: string;
  /** The page's own words, for policies in other languages; English by default. */
  labels?: Partial<PageLabels>;
  /** The first section is the key points: it opens the page, above the contents, and is not listed in them. */
  keyPoints?: boolean;
  /** The company's name and website, linked above the title so a reader can get back to the site. */
  home?: { name: string; url: string };
  /** The policy's versions in each language it is published in, this one marked `current`. */
  versions?: LanguageVersions;
}

export interface LanguageVersions {
  /** The switch's name for screen readers: "Languages", "Sprachen". */
  label: string;
  links: ReadonlyArray<{ lang: string; name: string; href: string; current: boolean }>;
}

/** `<link rel="alternate" hreflang>` to each other version, for search engines. */
export function alternateLinks(versions: LanguageVersions | undefined): string {
  return (versions?.links ?? [])
    .filter((v) => !v.current)
    .map((v) => `<link rel="alternate" hreflang="${escapeHtml(v.lang)}" href="${escapeHtml(v.href)}">\n`)
    .join('');
}

/** A visible switch between the versions, each named in its own language. */
export function languageSwitch(versions: LanguageVersions | undefined): string {
  if (versions === undefined || versions.links.length < 2) return '';
  const items = versions.links.map((v) =>
    v.current
      ? `<span lang="${escapeHtml(v.lang)}" aria-current="page">${escapeHtml(v.name)}</span>`
      : `<a href="${escapeHtml(v.href)}" hreflang="${escapeHtml(v.lang)}" lang="${escapeHtml(v.lang)}">${escapeHtml(v.name)}</a>`,
  );
  return `<nav class="languages" aria-label="${escapeHtml(versions.label)}"><p>${items.join(' · ')}</p></nav>\n`;
}

export interface PageLabels {
  /** Heading of the table of contents. */
  contents: string;
  /** The skip link, which jumps over the table of contents to the first section. */
  skipContents: string;
  /** The link at the end of each section back to the contents. */
  backToContents: string;
  /** The button that prints the page (shown only where scripts run). */
  print: string;
  /** The word of a table cell whose value the file does not state (not-stated.ts). */
  notStated: string;
}

const DEFAULT_LABELS: PageLabels = {
  contents: 'Contents',
  skipContents: 'Skip to the policy',
  backToContents: 'Back to contents',
  print: 'Print this policy',
  notStated: 'not stated',
};

// The page's own anchors; a heading that slugs to one of these gets a numbered id instead.
const IDS = { main: 'content', toc: 'contents', sections: 'policy', keyPoints: 'key-points', print: 'print-page' } as const;
/** The ids headings must not take; Markdown read for the page is read with these reserved. */
export const PAGE_IDS: readonly string[] = Object.values(IDS);

// No fonts, no images, no frames, no forms: the page may use its own inline stylesheet and its
// one script (the print button), each pinned by hash, and nothing else.
const CSP = `default-src 'none'; style-src 'sha256-${pageStyleSha256}'; script-src 'sha256-${pageScriptSha256}'; base-uri 'none'; form-action 'none'`;

/**
 * The policy as a standalone HTML5 page: the Markdown rendered safely (see marked-safe.ts), a
 * table of contents of its `##` sections, inline CSS for phone, desktop, print and dark mode, and
 * nothing loaded from anywhere. Pure and deterministic: the same input gives the same bytes.
 */
export function markdownToHtml(markdown: string, meta: PageMeta): string {
  return documentToHtml(parseMarkdown(markdown, PAGE_IDS), meta);
}

/** The page from Markdown already read with `parseMarkdown(markdown, PAGE_IDS)`, which the text can share. */
export function documentToHtml(document: SafeDocument, meta: PageMeta): string {
  const labels = { ...DEFAULT_LABELS, ...meta.labels };
  const { tokens, headings } = document;
  const starts = tokens.flatMap((t, i) => (t.type === 'heading' && (t as Tokens.Heading).depth === 2 ? [i] : []));
  // The key points are the first section, shown with the introduction rather than among the rest.
  const keyPoints = meta.keyPoints === true && starts.length > 0 ? tokens.slice(starts[0], starts[1] ?? tokens.length) : [];
  const bodyStarts = keyPoints.length > 0 ? starts.slice(1) : starts;
  const first = starts[0] ?? -1;
  const lead = first === -1 ? tokens : tokens.slice(0, first);
  const sections = headings.filter((h) => h.depth === 2).slice(keyPoints.length > 0 ? 1 : 0);
  const description = meta.description ?? introduction(lead) ?? meta.title;
  const home = (meta.home === undefined ? '' : siteLink(meta.home)) + languageSwitch(meta.versions);
  // Hidden until the page's script shows it: without scripts there is no button that does nothing.
  const printButton = `<p class="print-page"><button type="button" id="${IDS.print}" hidden>${escapeHtml(labels.print)}</button></p>\n`;
  const keyPointsHtml =
    keyPoints.length === 0
      ? ''
      : `<section class="key-points" id="${IDS.keyPoints}" aria-labelledby="${escapeHtml(headings.find((h) => h.depth === 2)?.id ?? '')}">\n${renderHtml(keyPoints, labels.notStated)}</section>\n`;
  // Each section ends with a way back to the contents, for a reader deep in a long page.
  const back = `<p class="to-contents"><a href="#${IDS.toc}">${escapeHtml(labels.backToContents)}</a></p>\n`;
  const body = bodyStarts.map((start, i) => renderHtml(tokens.slice(start, bodyStarts[i + 1] ?? tokens.length), labels.notStated) + back).join('');

  const main =
    bodyStarts.length === 0
      ? home + renderHtml(lead, labels.notStated) + keyPointsHtml
      : `<header class="lead">\n${home}${renderHtml(lead, labels.notStated)}${printButton}${keyPointsHtml}</header>\n` +
        renderToc(sections, labels.contents, IDS.toc) +
        `<div class="sections" id="${IDS.sections}" tabindex="-1">\n${body}</div>\n`;
  const skip = bodyStarts.length === 0 ? '' : `<a class="skip-link" href="#${IDS.sections}">${escapeHtml(labels.skipContents)}</a>\n`;

  return (
    `<!doctype html>\n` +
    `<html lang="${escapeHtml(meta.lang)}">\n` +
    `<head>\n` +
    `<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">\n` +
    `<meta name="referrer" content="no-referrer">\n` +
    `<title>${escapeHtml(meta.title)}</title>\n` +
    `<meta name="description" content="${escapeHtml(description)}">\n` +
    alternateLinks(meta.versions) +
    `<style>${pageStyle}</style>\n` +
    `</head>\n` +
    `<body>\n` +
    skip +
    `<main class="page" id="${IDS.main}">\n${main}</main>\n` +
    (bodyStarts.length === 0 ? '' : `<script>${pageScript}</script>\n`) +
    `</body>\n` +
    `</html>\n`
  );
}

/** The company's name, linked to its website when that is a safe http(s) address. */
function siteLink(home: { name: string; url: string }): string {
  const url = safeUrl(home.url);
  return url === null ? '' : `<p class="site"><a href="${escapeHtml(url)}">${escapeHtml(home.name)}</a></p>\n`;
}

// Long enough to be the introduction rather than the dates line under the title.
const MIN_INTRODUCTION = 80;
const MAX_DESCRIPTION = 200;

/** The first paragraph of prose before the first section, shortened at a word for search results. */
function introduction(lead: readonly Token[]): string | undefined {
  for (const token of lead) {
    if (token.type !== 'paragraph') continue;
    const text = inlineText((token as Tokens.Paragraph).tokens, { urls: false })
      .replace(/\s+/g, ' ')
      .trim();
    if ([...text].length < MIN_INTRODUCTION) continue;
    return shorten(text, MAX_DESCRIPTION);
  }
  return undefined;
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
