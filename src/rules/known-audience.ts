import { audienceRef } from '../model/audiences.js';
import { quotedAlternatives, suggest } from '../validate/suggest.js';
import { occurrencesOf } from './support/schema-refs.js';
import { defineRule } from './types.js';

export const knownAudience = defineRule({
  meta: {
    id: 'known-audience',
    severity: 'error',
    description: 'Every group a purpose names (`audiences: [customers]`) is one covered group of `audiences.covered`, by its id or its kind.',
    rationale:
      'The record of processing activities lists, for each purpose, the groups whose data it concerns (GDPR Art. 30(1)(c)). A reference that names no covered group, or two of them, would put the wrong people in the record or none at all.',
    messages: {
      unknown: "Unknown group '{{id}}': no group in audiences.covered has this id or kind.",
      ambiguous: "'{{id}}' names {{count}} groups in audiences.covered.",
      duplicateId: "Duplicate audience id '{{id}}': audiences.covered[{{earlier}}] already uses it.",
      didYouMean: 'Did you mean {{candidates}}?',
      declare: 'Refer to a covered group by its id, or by its kind: {{candidates}}.',
      declareList: 'Declare the groups the policy covers under audiences.covered, e.g. covered: [{ kind: {{id}} }].',
      giveIds: 'Give each of them an id (id: forum) and refer to it by that id.',
      rename: 'Give each group its own id.',
    },
  },
  check(policy, report) {
    const covered = policy.audiences?.covered ?? [];
    const refs = covered.map(audienceRef);
    const seen = new Map<string, number>();
    covered.forEach((audience, index) => {
      if (audience.id === undefined) return;
      const earlier = seen.get(audience.id);
      if (earlier === undefined) seen.set(audience.id, index);
      else
        report({
          path: ['audiences', 'covered', index, 'id'],
          messageId: 'duplicateId',
          hintId: 'rename',
          data: { id: audience.id, earlier: String(earlier) },
        });
    });
    const declared = [...new Set(refs)];
    for (const { path, value } of occurrencesOf(policy, 'audience_scope')) {
      if (!Array.isArray(value)) continue;
      value.forEach((id: unknown, index) => {
        if (typeof id !== 'string') return;
        const count = refs.filter((ref) => ref === id).length;
        if (count > 1) {
          report({ path: [...path, index], messageId: 'ambiguous', hintId: 'giveIds', data: { id, count: String(count) } });
        } else if (count === 0) {
          const candidates = suggest(id, declared);
          report({
            path: [...path, index],
            messageId: 'unknown',
            hintId: declared.length === 0 ? 'declareList' : candidates.length > 0 ? 'didYouMean' : 'declare',
            data: { id, candidates: quotedAlternatives(candidates.length > 0 ? candidates : declared) },
          });
        }
      });
    }
  },
});
