import { words } from '../../i18n/active.js';
import { noticeToHtml } from './html.js';
import { noticeToJson } from './json.js';
import { noticeToMarkdown } from './md.js';
import type { Notice } from './notice.js';
import { noticeToText } from './txt.js';

export type NoticeFormat = 'md' | 'html' | 'txt' | 'json';

export const NOTICE_FORMATS: readonly NoticeFormat[] = ['md', 'html', 'txt', 'json'];

const RENDERERS: Readonly<Record<NoticeFormat, (notice: Notice) => string>> = {
  md: noticeToMarkdown,
  html: noticeToHtml,
  txt: noticeToText,
  json: noticeToJson,
};

export function renderNotice(notice: Notice, format: NoticeFormat): string {
  const typeset = words().typography;
  return RENDERERS[format](typeset === undefined ? notice : typesetNotice(notice, typeset));
}

/**
 * The notice's sentences in the typography of the language it is written in (French no-break
 * spaces, held-together citations), as a policy's are; the redline quotes the policies as built.
 */
function typesetNotice(notice: Notice, typeset: (text: string) => string): Notice {
  return {
    ...notice,
    subject: typeset(notice.subject),
    intro: notice.intro.map(typeset),
    summary: notice.summary.map(typeset),
    groups: notice.groups.map((group) => ({
      ...group,
      heading: typeset(group.heading),
      items: group.items.map((item) => ({ ...item, text: typeset(item.text), details: item.details.map(typeset) })),
    })),
    closing: notice.closing.map(typeset),
    changes: notice.changes.map((change) => ({
      ...change,
      summary: typeset(change.summary),
      ...(change.details === undefined ? {} : { details: change.details.map(typeset) }),
    })),
    ...(notice.warning === undefined ? {} : { warning: typeset(notice.warning) }),
  };
}
