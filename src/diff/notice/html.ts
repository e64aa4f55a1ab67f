import { escapeHtml } from '../../render/entities.js';
import { unwrapText } from '../redline.js';
import type { Notice } from './notice.js';
import { say } from '../say.js';
import { words } from '../../i18n/active.js';

/**
 * A complete, small HTML document that survives email clients: every style inline (clients drop
 * <style> blocks), no images, fonts or scripts, one column no wider than a phone or a reading pane.
 * Every value from the policy is escaped.
 */
const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const TEXT = `${FONT};font-size:16px;line-height:1.5;color:#1f2328`;
const STYLE = {
  body: 'margin:0;padding:0;background-color:#f4f5f7',
  wrapper: `max-width:600px;margin:0 auto;padding:32px 24px;background-color:#ffffff;${TEXT}`,
  h1: `margin:0 0 24px;${FONT};font-size:22px;line-height:1.3;font-weight:700;color:#1f2328`,
  h2: `margin:28px 0 8px;${FONT};font-size:17px;line-height:1.3;font-weight:700;color:#1f2328`,
  p: `margin:0 0 16px;${TEXT}`,
  ul: `margin:0 0 16px;padding:0 0 0 22px;${TEXT}`,
  li: 'margin:0 0 8px',
  summary: `margin:0 0 24px;padding:16px 20px;background-color:#f6f8fa;border:1px solid #d0d7de;${TEXT}`,
  summaryHeading: `margin:0 0 8px;${FONT};font-size:17px;line-height:1.3;font-weight:700;color:#1f2328`,
  summaryList: `margin:0;padding:0 0 0 22px;${TEXT}`,
  details: `margin:6px 0 0;padding:0 0 0 20px;${FONT};font-size:15px;line-height:1.5;color:#424a53`,
  detail: 'margin:0 0 4px',
  warning: `margin:0 0 24px;padding:12px 16px;border-left:4px solid #b45309;background-color:#fff7ed;${TEXT};color:#7c2d12`,
  link: 'color:#0b57d0;text-decoration:underline',
  redline: `margin:0 0 16px;padding:12px 16px;background-color:#f6f8fa;border-radius:6px;white-space:pre-line;${TEXT}`,
  redlineSection: `margin:20px 0 6px;${FONT};font-size:14px;line-height:1.3;font-weight:700;color:#57606a`,
  ins: 'color:#116329;background-color:#dafbe1;text-decoration:underline',
  del: 'color:#82071e;background-color:#ffebe9;text-decoration:line-through',
} as const;

export function noticeToHtml(notice: Notice): string {
  const body: string[] = [`<h1 style="${STYLE.h1}">${escapeHtml(notice.subject)}</h1>`];
  if (notice.warning) body.push(`<p style="${STYLE.warning}"><strong>${escapeHtml(say().notice.beforeYouSend)}</strong> ${escapeHtml(notice.warning)}</p>`);
  for (const p of notice.intro) body.push(paragraph(escapeHtml(p)));
  if (notice.summary.length > 0) {
    const lines = notice.summary.map((line) => `<li style="${STYLE.li}">${escapeHtml(line)}</li>`).join('');
    body.push(
      `<div style="${STYLE.summary}"><p style="${STYLE.summaryHeading}">${escapeHtml(words().notice.summaryHeading)}</p><ul style="${STYLE.summaryList}">${lines}</ul></div>`,
    );
  }
  for (const group of notice.groups) {
    body.push(`<h2 style="${STYLE.h2}">${escapeHtml(group.heading)}</h2>`);
    const items = group.items.map((i) => {
      const details =
        i.details.length > 0 ? `<ul style="${STYLE.details}">${i.details.map((d) => `<li style="${STYLE.detail}">${escapeHtml(d)}</li>`).join('')}</ul>` : '';
      return `<li style="${STYLE.li}">${escapeHtml(i.text)}${details}</li>`;
    });
    body.push(`<ul style="${STYLE.ul}">${items.join('')}</ul>`);
  }
  for (const p of notice.closing) body.push(paragraph(escapeHtml(p)));
  if (notice.url) body.push(paragraph(`${escapeHtml(words().notice.readAt)} ${link(notice.url, notice.url)}.`));
  body.push(paragraph(`${escapeHtml(words().notice.questions)} ${link(`mailto:${notice.email}`, notice.email)}.`));
  if (notice.redline) {
    const { redlineHeading, redlineLegend } = say().notice;
    body.push(`<h2 style="${STYLE.h2}">${escapeHtml(redlineHeading)}</h2>`);
    const legend = redlineLegend(
      (text) => `\u0000d${text}\u0000`,
      (text) => `\u0000i${text}\u0000`,
    );
    // The legend's words are escaped; only its two samples become markup.
    body.push(
      paragraph(
        escapeHtml(legend).replace(/\u0000([di])([^\u0000]*)\u0000/g, (_m, mark: string, text: string) =>
          mark === 'd' ? `<del style="${STYLE.del}">${text}</del>` : `<ins style="${STYLE.ins}">${text}</ins>`,
        ),
      ),
    );
    let section: string | undefined;
    for (const [index, block] of notice.redline.entries()) {
      // Each section named once, above its first changed paragraph.
      const here = notice.redlineSections?.[index];
      if (here !== undefined && here !== section) body.push(`<h3 style="${STYLE.redlineSection}">${escapeHtml(here)}</h3>`);
      section = here;
      // The text was wrapped for an email in plain text; here the reader's window wraps it.
      const html = block.map((p, i) => {
        const text = escapeHtml(unwrapText(p.text, block[i + 1]?.text));
        return p.op === 'insert' ? `<ins style="${STYLE.ins}">${text}</ins>` : p.op === 'delete' ? `<del style="${STYLE.del}">${text}</del>` : text;
      });
      body.push(`<p style="${STYLE.redline}">${html.join('')}</p>`);
    }
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(words().code)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(notice.subject)}</title>`,
    '</head>',
    `<body style="${STYLE.body}">`,
    `<div style="${STYLE.wrapper}">`,
    ...body,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function paragraph(html: string): string {
  return `<p style="${STYLE.p}">${html}</p>`;
}

/** Only http(s) and mailto reach an href; the schema already restricts both, this keeps it so. */
function link(href: string, text: string): string {
  if (!/^(?:https?:\/\/|mailto:)/i.test(href)) return escapeHtml(text);
  return `<a href="${escapeHtml(href)}" style="${STYLE.link}">${escapeHtml(text)}</a>`;
}
