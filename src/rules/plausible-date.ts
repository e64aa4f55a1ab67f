import { defineRule } from './types.js';

/** Years a policy's dates can plausibly fall in; outside them a date is almost always a typo. */
const EARLIEST = 1990;
const LATEST = 2100;

export const plausibleDate = defineRule({
  meta: {
    id: 'plausible-date',
    severity: 'warning',
    description: `The policy's dates (effective_date, last_updated) fall between ${EARLIEST} and ${LATEST}.`,
    rationale:
      'A date such as 0026-04-03 or 2206-04-03 is valid ISO 8601 and passes the schema, but no privacy policy takes effect then: it is a slip of the keyboard, and the policy would print it and diff would compare versions by it.',
    messages: {
      implausible: '{{key}} {{date}} is in the year {{year}}, which no policy takes effect in.',
      didYouMean: 'Did you mean {{meant}}?',
      checkYear: 'Check the year: dates between {{earliest}} and {{latest}} are expected.',
    },
  },
  check(policy, report) {
    for (const key of ['effective_date', 'last_updated'] as const) {
      const date = policy[key];
      if (date === undefined) continue;
      const year = Number(date.slice(0, 4));
      if (year >= EARLIEST && year <= LATEST) continue;
      // 0026 → 2026: the century left out.
      const meant = year < 100 ? `20${date.slice(2)}` : undefined;
      report({
        path: [key],
        messageId: 'implausible',
        hintId: meant === undefined ? 'checkYear' : 'didYouMean',
        data: { key, date, year, earliest: EARLIEST, latest: LATEST, ...(meant === undefined ? {} : { meant }) },
      });
    }
  },
});
