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
  return RENDERERS[format](notice);
}
