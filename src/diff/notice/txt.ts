import { displayWidth, wrap } from '../../render/wrap.js';
import { redlineToText } from '../redline.js';
import { REDLINE_HEADING, REDLINE_LEGEND, type Notice } from './notice.js';

/** Plain-text emails read best well under 80 columns. */
const WIDTH = 72;

/** Plain text, wrapped for an email; addresses are never broken. */
export function noticeToText(notice: Notice): string {
  const out: string[] = [...wrap(notice.subject, WIDTH), '='.repeat(Math.min(WIDTH, displayWidth(notice.subject))), ''];
  if (notice.warning) out.push(...wrap(`BEFORE YOU SEND THIS NOTICE: ${notice.warning}`, WIDTH).map((l) => `! ${l}`), '');
  for (const p of notice.intro) out.push(...wrap(p, WIDTH), '');
  for (const group of notice.groups) {
    out.push(group.heading, '-'.repeat(displayWidth(group.heading)), '');
    for (const item of group.items) {
      const [first = '', ...rest] = wrap(item, WIDTH - 4);
      out.push(`  - ${first}`, ...rest.map((l) => `    ${l}`));
    }
    out.push('');
  }
  for (const p of notice.closing) out.push(...wrap(p, WIDTH), '');
  if (notice.url) out.push(...wrap(`You can read the full updated policy at ${notice.url}`, WIDTH), '');
  out.push(...wrap(`If you have questions, contact us at ${notice.email}.`, WIDTH));
  if (notice.redline) out.push('', REDLINE_HEADING, '-'.repeat(REDLINE_HEADING.length), '', REDLINE_LEGEND, '', redlineToText(notice.redline));
  return `${out.join('\n')}\n`;
}
