import { words } from '../i18n/active.js';
import type { NoticePhrases } from '../i18n/phrases/en.js';

/**
 * The sentences of a change notice in the language being written (src/i18n/phrases/<lang>.ts):
 * the checks and the notice word every change through these, passing the values as data, so a
 * notice in German or French holds no English but the company's own.
 */
export function say(): NoticePhrases {
  return words().notice.phrases;
}
