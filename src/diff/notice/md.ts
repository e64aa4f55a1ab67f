import { escapeMarkdown, markdownLink, markdownMailto } from '../../render/helpers/markdown.js';
import { redlineToText, TEXT_MARKS } from '../redline.js';
import type { Notice } from './notice.js';
import { say } from '../say.js';
import { words } from '../../i18n/active.js';

/** Markdown, for a pull request, a changelog or an email tool that takes Markdown. */
export function noticeToMarkdown(notice: Notice): string {
  const out: string[] = [`# ${escapeMarkdown(notice.subject)}`, ''];
  if (notice.warning) out.push(`> **${escapeMarkdown(say().notice.beforeYouSend)}** ${escapeMarkdown(notice.warning)}`, '');
  for (const p of notice.intro) out.push(escapeMarkdown(p), '');
  if (notice.summary.length > 0) {
    out.push(`## ${words().notice.summaryHeading}`, '');
    for (const line of notice.summary) out.push(`- ${escapeMarkdown(line)}`);
    out.push('');
  }
  for (const group of notice.groups) {
    out.push(`## ${group.heading}`, '');
    for (const item of group.items) {
      out.push(`- ${escapeMarkdown(item.text)}`);
      for (const detail of item.details) out.push(`  - ${escapeMarkdown(detail)}`);
    }
    out.push('');
  }
  for (const p of notice.closing) out.push(escapeMarkdown(p), '');
  if (notice.url) out.push(`${words().notice.readAt} ${markdownLink(notice.url)}.`, '');
  out.push(`${words().notice.questions} ${markdownMailto(notice.email)}.`);
  if (notice.redline) {
    // A code block shows the markers as typed, whatever the policy text contains.
    const text = redlineToText(notice.redline);
    const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    const { redlineHeading, redlineLegend } = say().notice;
    out.push('', `## ${redlineHeading}`, '', escapeMarkdown(redlineLegend(...TEXT_MARKS)), '', `${fence}text`, text, fence);
  }
  return `${out.join('\n')}\n`;
}
