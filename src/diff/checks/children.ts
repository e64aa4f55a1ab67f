import { say } from '../say.js';
import { defineCheck } from '../types.js';
import { compareFlagUnstatedAsFalse } from '../wording.js';

/** Children: a lower age lets younger users in, which brings its own duties. */
export const childrenCheck = defineCheck({
  id: 'children',
  topic: 'children',
  fields: [
    'children.min_age',
    'children.directed_to_children',
    'children.delete_on_discovery',
    'children.knowingly_collects',
    'children.close_account_on_discovery',
  ],
  kinds: {
    'children.min_age_lowered': { level: 'material', description: 'The youngest age the service is meant for goes down (or is no longer stated).' },
    'children.min_age_raised': { level: 'minor', description: 'The youngest age the service is meant for goes up (or is stated for the first time).' },
    'children.directed_changed': { level: 'material', description: 'The service starts or stops being aimed at children.' },
    'children.deletion_changed': { level: 'minor', description: "Whether a child's data is deleted once the company learns of it changes." },
    'children.knowingly_stated': {
      level: 'minor',
      description: 'The policy now says that no personal data is knowingly collected from anyone below the minimum age.',
    },
    'children.knowingly_dropped': {
      level: 'material',
      description: 'The policy no longer says that no personal data is knowingly collected from anyone below the minimum age.',
    },
    'children.account_closing_changed': { level: 'minor', description: 'Whether the account of a user found to be below the minimum age is closed changes.' },
  },
  detect(before, after, report) {
    const b = before.source.children;
    const a = after.source.children;
    const words = say().children;
    const old = b?.min_age;
    const now = a?.min_age;
    if (old !== now) {
      const lowered = now === undefined || (old !== undefined && now < old);
      report({
        kind: lowered ? 'children.min_age_lowered' : 'children.min_age_raised',
        path: ['children', 'min_age'],
        summary: words.minAge(now, old),
        before: old,
        after: now,
      });
    }
    compareFlagUnstatedAsFalse(
      report,
      ['children', 'directed_to_children'],
      b?.directed_to_children,
      a?.directed_to_children,
      'children.directed_changed',
      words.directed,
    );
    compareFlagUnstatedAsFalse(
      report,
      ['children', 'delete_on_discovery'],
      b?.delete_on_discovery,
      a?.delete_on_discovery,
      'children.deletion_changed',
      words.deletion,
    );
    // Only a stated false is the statement "we do not knowingly collect"; true and unstated say nothing.
    const notKnowingly = (c: typeof a): boolean => c?.knowingly_collects === false;
    if (notKnowingly(b) !== notKnowingly(a)) {
      report({
        kind: notKnowingly(a) ? 'children.knowingly_stated' : 'children.knowingly_dropped',
        path: ['children', 'knowingly_collects'],
        summary: words.knowingly(notKnowingly(a)),
        before: b?.knowingly_collects,
        after: a?.knowingly_collects,
      });
    }
    compareFlagUnstatedAsFalse(
      report,
      ['children', 'close_account_on_discovery'],
      b?.close_account_on_discovery,
      a?.close_account_on_discovery,
      'children.account_closing_changed',
      words.accountClosing,
    );
  },
});
