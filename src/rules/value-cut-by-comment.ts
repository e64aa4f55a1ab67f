import { eachString } from '../model/strings.js';
import { defineRule } from './types.js';

/**
 * After an unquoted value, ` #` starts a comment: `street: 2261 Market Street #4008` holds
 * "2261 Market Street", and "#4008" is gone without a word from YAML. A comment is written with a
 * space after `#`; one whose `#` touches a word or a number ("#4008", "#2", "#hashtag") was almost
 * always meant as part of the value.
 */
const CUT = /^[ \t]+#([^\s#][^\n]*)/;

export const valueCutByComment = defineRule({
  meta: {
    id: 'value-cut-by-comment',
    severity: 'warning',
    description: 'No text value loses its end to a comment: an unquoted value followed by `#` and a word on the same line.',
    rationale:
      'In YAML, a space and `#` after an unquoted value start a comment, so `street: 2261 Market Street #4008` publishes an address without its suite number, and "#1 rated" or "channel #privacy" disappear the same way. Neither the schema nor any other rule can see what was cut. The rule reads the line after each text value: a `#` followed directly by a word or a number was almost certainly meant as text. Quote the value to keep it, or put a space after `#` to mark a real comment.',
    messages: {
      cut: "'{{value}}' is followed by '#{{rest}}' on the same line, which YAML reads as a comment: '#{{rest}}' is not part of the value.",
      quote: 'If it belongs to the value, quote the whole value: "{{value}} #{{rest}}". If it is a comment, write a space after #.',
    },
  },
  check(policy, report, _model, source) {
    if (source === undefined) return;
    eachString(policy, [], (value, path) => {
      const range = source.rangeAt(path);
      if (range === undefined) return;
      const first = source.text[range[0]];
      // A quoted or block value cannot be cut by a comment.
      if (first === '"' || first === "'" || first === '|' || first === '>') return;
      const end = source.text.indexOf('\n', range[1]);
      const cut = CUT.exec(source.text.slice(range[1], end === -1 ? undefined : end));
      if (cut === null) return;
      report({ path: [...path], messageId: 'cut', hintId: 'quote', data: { value, rest: (cut[1] as string).trimEnd() } });
    });
  },
});
