import { displayWidth, wrap } from '../../render/wrap.js';
import { redlineToText, TEXT_MARKS } from '../redline.js';
import type { Notice } from './notice.js';
import { say } from '../say.js';
import { words } from '../../i18n/active.js';

/** Plain-text emails read best well under 80 columns. */
const WIDTH = 72;

/** "  - text", wrapped with the following lines under the text. */
function bullet(text: string, indent: number): string[] {
  const [first = '', ...rest] = wrap(text, WIDTH - indent - 2);
  return [`${' '.repeat(indent)}- ${first}`, ...rest.map((l) => `${' '.repeat(indent + 2)}${l}`)];
}

/** Plain text, wrapped for an email; addresses are never broken. */
export function noticeToText(notice: Notice): string {
  const out: string[] = [...wrap(notice.subject, WIDTH), '='.repeat(Math.min(WIDTH, displayWidth(notice.subject))), ''];
  if (notice.warning) out.push(...wrap(`${say().notice.beforeYouSend.toUpperCase()} ${notice.warning}`, WIDTH).map((l) => `! ${l}`), '');
  for (const p of notice.intro) out.push(...wrap(p, WIDTH), '');
  const list = (heading: string, items: ReadonlyArray<{ text: string; details: readonly string[] }>): void => {
    out.push(heading, '-'.repeat(displayWidth(heading)), '');
    for (const item of items) {
      out.push(...bullet(item.text, 2));
      for (const detail of item.details) out.push(...bullet(detail, 6));
    }
    out.push('');
  };
  if (notice.summary.length > 0)
    list(
      words().notice.summaryHeading,
      notice.summary.map((text) => ({ text, details: [] })),
    );
  for (const group of notice.groups) list(group.heading, group.items);
  for (const p of notice.closing) out.push(...wrap(p, WIDTH), '');
  if (notice.url) out.push(...wrap(`${words().notice.readAt} ${notice.url}`, WIDTH), '');
  out.push(...wrap(`${words().notice.questions} ${notice.email}.`, WIDTH));
  if (notice.redline) {
    const { redlineHeading, redlineLegend } = say().notice;
    out.push('', redlineHeading, '-'.repeat(displayWidth(redlineHeading)), '', redlineLegend(...TEXT_MARKS), '', redlineToText(notice.redline));
  }
  return `${out.join('\n')}\n`;
}
