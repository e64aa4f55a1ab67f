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
      'A date such as 1926-04-03 or 2160-04-03 is valid ISO 8601 and passes the schema (which takes the years 1900 to 2199), but no privacy policy takes effect then: it is a slip of the keyboard, and the policy would print it and diff would compare versions by it.',
    messages: {
      implausible: '{{key}} {{date}} is in the year {{year}}, which no policy takes effect in.',
      checkYear: 'Check the year: dates between {{earliest}} and {{latest}} are expected.',
    },
  },
  check(policy, report) {
    for (const key of ['effective_date', 'last_updated'] as const) {
      const date = policy[key];
      if (date === undefined) continue;
      const year = Number(date.slice(0, 4));
      if (year >= EARLIEST && year <= LATEST) continue;
      report({
        path: [key],
        messageId: 'implausible',
        hintId: 'checkYear',
        data: { key, date, year, earliest: EARLIEST, latest: LATEST },
      });
    }
  },
});
