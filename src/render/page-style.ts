/**
 * The stylesheet of the policy page, inlined into it (the page loads nothing). Calm and legible:
 * the system font, a measure of about 65 characters, quiet colours that pass WCAG AA in light and
 * dark schemes, and a contents list that becomes a sticky sidebar on wide screens. Print drops the
 * navigation, shows link targets and keeps headings with their text.
 */
export const pageStyle = `
:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --fg: #1d2125;
  --muted: #575e67;
  --rule: #d9dde2;
  --panel: #f5f6f8;
  --link: #0b57c2;
  --visited: #6a3aa8;
  --focus: #0b57c2;
  --shade: rgba(0, 0, 0, 0.16);
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #14171a;
    --fg: #e4e7eb;
    --muted: #a9b0ba;
    --rule: #363c44;
    --panel: #1c2025;
    --link: #8fb8ff;
    --visited: #c7a8f7;
    --focus: #8fb8ff;
    --shade: rgba(255, 255, 255, 0.16);
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  font-size: 1rem;
  line-height: 1.65;
  overflow-wrap: break-word;
}
@media (min-width: 40rem) { body { font-size: 1.0625rem; } }

.page { max-width: 40em; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
@media (min-width: 75rem) {
  .page {
    max-width: none;
    display: grid;
    grid-template-columns: 17rem minmax(0, 40em);
    /* The contents run beside the introduction and key points too, not only beside the sections. */
    grid-template-areas: "toc lead" "toc body";
    column-gap: 3rem;
    justify-content: center;
  }
  .lead { grid-area: lead; }
  .sections { grid-area: body; }
  .sections > h2:first-child { margin-top: 1.5rem; }
}

.skip-link {
  position: absolute;
  left: 1rem;
  top: -10rem;
  padding: 0.5rem 0.875rem;
  background: var(--bg);
  color: var(--link);
  border: 2px solid var(--focus);
  border-radius: 6px;
}
.skip-link:focus { top: 1rem; }
/* Its own border already rings it. */
.skip-link:focus-visible { outline-offset: 0; }
.sections:focus { outline: none; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }

h1, h2, h3, h4, h5, h6 { line-height: 1.25; font-weight: 650; letter-spacing: -0.01em; text-wrap: balance; scroll-margin-top: 1.5rem; }
h1 { font-size: clamp(1.875rem, 1.5rem + 1.6vw, 2.5rem); letter-spacing: -0.02em; margin: 0 0 0.75rem; }
h2 { font-size: 1.375rem; margin: 2.5rem 0 0.875rem; padding-top: 1.5rem; border-top: 1px solid var(--rule); }
h3 { font-size: 1.125rem; margin: 2rem 0 0.5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.5rem 0 0.5rem; }
.lead h1 + p { color: var(--muted); font-size: 0.9375rem; margin-bottom: 1.5rem; }

p, ul, ol, blockquote, pre { margin: 0 0 1rem; }
ul, ol { padding-left: 1.5rem; }
li + li { margin-top: 0.375rem; }
li > ul, li > ol { margin: 0.375rem 0 0; }
li::marker { color: var(--muted); }
strong { font-weight: 650; }
a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: 0.18em; }
a:visited { color: var(--visited); }
a:hover { text-decoration-thickness: 2px; }
/* A heading is a link to itself: it reads as a heading, and shows a # where a pointer or focus is. */
.self-link, .self-link:visited { color: inherit; text-decoration: none; }
.self-link:hover, .self-link:focus-visible { text-decoration: underline; text-decoration-thickness: 1px; }
.self-link::after { content: "\\a0#" / ""; color: var(--muted); font-weight: 400; opacity: 0; }
.self-link:hover::after, .self-link:focus-visible::after { opacity: 1; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.875em; }
pre { white-space: pre-wrap; padding: 0.75rem 1rem; background: var(--panel); border-radius: 6px; }
blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid var(--rule); color: var(--muted); }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2.5rem 0; }

.table-scroll {
  overflow-x: auto;
  margin: 0 0 1.5rem;
  /* Shadows at an edge with more table behind it: the covers scroll with the content, the shades stay. */
  background:
    linear-gradient(to right, var(--bg) 40%, transparent) left / 2rem 100% no-repeat local,
    linear-gradient(to left, var(--bg) 40%, transparent) right / 2rem 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, var(--shade), transparent) left / 0.75rem 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, var(--shade), transparent) right / 0.75rem 100% no-repeat scroll;
}
table { width: 100%; border-collapse: collapse; font-size: 0.9375rem; line-height: 1.5; font-variant-numeric: tabular-nums; }
th, td { min-width: 7rem; padding: 0.625rem 1rem 0.625rem 0; text-align: left; vertical-align: top; border-bottom: 1px solid var(--rule); }
th:last-child, td:last-child { padding-right: 0; }
thead th { font-size: 0.8125rem; font-weight: 600; letter-spacing: 0.02em; color: var(--muted); border-bottom-width: 2px; }
tbody th { font-weight: 600; }
/* A table wider than the text scrolls; the name of each row stays in view while it does. */
tbody th[scope="row"], thead th:first-child { position: sticky; left: 0; z-index: 1; background: var(--bg); }
/* On a phone each row is a card: its name, then each column's name above its value. */
@media screen and (max-width: 40rem) {
  .table-scroll { overflow: visible; background: none; }
  .table-scroll table, .table-scroll tbody, .table-scroll tr, .table-scroll th, .table-scroll td { display: block; width: auto; }
  .table-scroll thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .table-scroll tbody tr { margin: 0 0 0.75rem; padding: 0.75rem 1rem; border: 1px solid var(--rule); border-radius: 8px; }
  .table-scroll tbody th[scope="row"] { position: static; min-width: 0; padding: 0 0 0.375rem; border: 0; font-size: 1rem; }
  .table-scroll td { min-width: 0; padding: 0.375rem 0 0; border: 0; }
  .table-scroll td[data-label]::before { content: attr(data-label); display: block; font-size: 0.8125rem; font-weight: 600; letter-spacing: 0.02em; color: var(--muted); }
}
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.not-stated { color: var(--muted); font-style: italic; }
/* A citation ("Art. 6(1)(a) GDPR", "§ 1798.125") never breaks inside. */
.nowrap { white-space: nowrap; }
.align-right { text-align: right; }
.align-center { text-align: center; }

.site { margin: 0 0 1rem; font-size: 0.9375rem; font-weight: 600; }
.print-page { margin: 0 0 1rem; }
.print-page button { font: inherit; font-size: 0.9375rem; color: var(--link); background: var(--panel); border: 1px solid var(--rule); border-radius: 0.375rem; padding: 0.375rem 0.875rem; cursor: pointer; }
.print-page button:hover { text-decoration: underline; }
.print-page button:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
.print-page:not(:has(button:not([hidden]))) { display: none; }
.site a { text-decoration: none; }
.site a:hover { text-decoration: underline; }
.key-points { margin: 2rem 0 0; padding: 0.25rem 1.25rem 0.75rem; border-left: 4px solid var(--link); background: var(--panel); border-radius: 0 8px 8px 0; }
.key-points h2 { margin: 0.75rem 0 0.5rem; padding: 0; border: 0; font-size: 1.125rem; }
.key-points ul { margin: 0; }
.to-contents { margin: 1.5rem 0 0; font-size: 0.875rem; }
.to-contents a { text-decoration: none; }
.to-contents a::before { content: "\\2191\\a0" / ""; }
.to-contents a:hover { text-decoration: underline; }
.toc { margin: 2rem 0 2.5rem; padding: 1rem 1.25rem; background: var(--panel); border-radius: 8px; font-size: 0.9375rem; line-height: 1.5; }
.toc h2 { margin: 0 0 0.5rem; padding: 0; border: 0; font-size: 0.8125rem; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); }
.toc ol { margin: 0; padding-left: 1.5rem; }
.toc li + li { margin-top: 0.25rem; }
.toc a { text-decoration: none; }
.toc a:hover { text-decoration: underline; }
@media (min-width: 75rem) {
  .toc {
    grid-area: toc;
    align-self: start;
    position: sticky;
    top: 1.5rem;
    max-height: calc(100vh - 3rem);
    overflow-y: auto;
    overscroll-behavior: contain;
    margin: 1.5rem 0 0;
    padding: 0 0 0 1rem;
    background: none;
    border-left: 1px solid var(--rule);
    border-radius: 0;
  }
}

@media print {
  :root { --bg: #ffffff; --fg: #000000; --muted: #333333; --rule: #999999; --panel: #ffffff; --link: #000000; --visited: #000000; }
  body { font-size: 10.5pt; line-height: 1.45; }
  .page { display: block; max-width: none; padding: 0; }
  .skip-link, .to-contents, .print-page { display: none; }
  .key-points { border-left-width: 2px; break-inside: avoid; }
  /* The contents stay, as a list of what follows, without the screen's panel. */
  .toc { margin: 0 0 1.5rem; padding: 0; background: none; break-inside: avoid; }
  a { text-decoration: none; }
  /* An address goes to the next line whole; it is broken only if it is longer than a line, and
     it does not make a table column narrower than itself (overflow-wrap: anywhere would). */
  a[href^="http"]:not(.bare)::after { content: " (" attr(href) ")"; font-size: 0.85em; font-weight: 400; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; }
  h2 { border-top: 0; padding-top: 0; margin-top: 1.75rem; }
  tr, li, pre, blockquote { break-inside: avoid; }
  thead { display: table-header-group; }
  .table-scroll { overflow: visible; background: none; break-before: avoid; }
  /* The sentence that introduces a table stays on its page. */
  p:has(+ .table-scroll) { break-after: avoid; }
  tbody th[scope="row"], thead th:first-child { position: static; }
  th, td { min-width: 0; }
  p { orphans: 3; widows: 3; }
  @page { margin: 2cm 2.2cm; @bottom-center { content: counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; color: #333333; } }
  /* Whole rows: a row never splits across pages, and the header repeats on the next one. */
  tr, th, td { break-inside: avoid; }
}
`;

/**
 * The SHA-256 of pageStyle, base64, which the page's Content-Security-Policy pins. Written out
 * rather than computed, so that a build does not load node:crypto (with Node's stream modules, 2 ms
 * of a cold run) for a constant; tests/unit/render/html-page.test.ts computes it from the page and
 * fails, showing the new value, when the style changes without it.
 */
export const pageStyleSha256 = '3ljhDv5kL6MnUOMFfO2kXksOleALiMNowrj+/kaeRdk=';
