import { escapeHtml } from './entities.js';
import type { Heading } from './marked-safe.js';

/** The contents list: one link per section (`##` heading), to the heading's own anchor. */
export function renderToc(sections: readonly Heading[], label: string, labelId: string): string {
  const items = sections.map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.text)}</a></li>\n`).join('');
  return (
    `<nav class="toc" aria-labelledby="${escapeHtml(labelId)}">\n` +
    `<h2 id="${escapeHtml(labelId)}">${escapeHtml(label)}</h2>\n` +
    `<ol>\n${items}</ol>\n</nav>\n`
  );
}
