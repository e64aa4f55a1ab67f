import type { Path } from '../diagnostics.js';
import { durationInDays, durationInWords } from '../model/duration.js';
import { citeDeadline, LAWS, type RightsLawId } from '../law/index.js';
import { declares, lawNames } from './support/jurisdictions.js';
import { listInWords } from './support/words.js';
import { defineRule } from './types.js';

interface Limit {
  law: RightsLawId;
  max: string;
  words: string;
  cite: string;
}

/** The longest first response each law allows, before any extension. */
const LIMITS: readonly Limit[] = (['gdpr', 'uk_gdpr', 'swiss_fadp', 'ccpa'] as const).flatMap((law) => {
  const deadline = LAWS[law].responseTime;
  return deadline === undefined
    ? []
    : [{ law, max: deadline.max, words: deadline.words, cite: law === 'gdpr' || law === 'uk_gdpr' ? deadline.provision : citeDeadline(law, deadline) }];
});

export const rightsResponseTime = defineRule({
  meta: {
    id: 'rights-response-time',
    severity: 'warning',
    description:
      "A promised response time to rights requests is not longer than the law allows: one month (GDPR, UK GDPR), 30 days (Swiss FADP), 45 days (CCPA); a time the company only usually keeps has each such law's deadline beside it.",
    rationale:
      "The deadlines are GDPR/UK GDPR Art. 12(3) (one month, extendable by two for complex requests), the Swiss Data Protection Ordinance Art. 18 (30 days) and Cal. Civ. Code 1798.130(a)(2) (45 days, extendable once). A policy promising longer misstates people's rights. A law's own response time (rights.gdpr.response_time) is checked against that law, rights.response_time against every declared law without one of its own. A month counts as 30.44 days, so P31D exceeds one month.",
    messages: {
      tooLong: "Response time '{{value}}' ({{duration}}) is longer than the law allows: {{limits}}.",
      promiseLess: 'Promise {{max}} or less; where the law allows extending it for a complex request, tell the person at the time.',
      usualOnly:
        'The policy says it answers most requests within {{value}} (rights.response_time_usual), but {{laws}} {{set}} a deadline for every request: {{limits}}.',
      stateDeadline: 'Set {{fields}} to the time you answer every request under that law.',
    },
  },
  check(policy, report) {
    const exceeded = (value: string, limits: readonly Limit[]): Limit[] => {
      const days = durationInDays(value) ?? 0;
      return limits.filter(({ max }) => days > (durationInDays(max) ?? Infinity) + 1e-9);
    };
    const flag = (value: string, path: Path, over: readonly Limit[]): void => {
      if (over.length === 0) return;
      // Laws that share a limit (the GDPR and the UK GDPR) are named together.
      const phrases = [...new Set(over.map(({ cite }) => cite))].map((cite) => {
        const same = over.filter((limit) => limit.cite === cite);
        return `${same[0]?.words} under ${lawNames(same.map(({ law }) => law))} (${cite})`;
      });
      const strictest = over.reduce((a, b) => ((durationInDays(b.max) ?? 0) < (durationInDays(a.max) ?? 0) ? b : a));
      report({
        path,
        messageId: 'tooLong',
        hintId: 'promiseLess',
        data: { value, duration: durationInWords(value), limits: listInWords(phrases), max: strictest.max },
      });
    };
    for (const limit of LIMITS) {
      const own = policy.rights?.[limit.law]?.response_time;
      if (own !== undefined) flag(own, ['rights', limit.law, 'response_time'], exceeded(own, [limit]));
    }
    const general = policy.rights?.response_time;
    if (general === undefined) return;
    const applicable = LIMITS.filter(({ law }) => declares(policy, law) && policy.rights?.[law]?.response_time === undefined);
    flag(general, ['rights', 'response_time'], exceeded(general, applicable));
    // A usual time is no deadline: each law with one needs its own, stated for every request.
    if (policy.rights?.response_time_usual !== true || applicable.length === 0) return;
    report({
      path: ['rights', 'response_time_usual'],
      messageId: 'usualOnly',
      hintId: 'stateDeadline',
      data: {
        value: durationInWords(general),
        laws: lawNames(applicable.map(({ law }) => law)),
        set: applicable.length === 1 ? 'sets' : 'set',
        limits: listInWords(applicable.map(({ law, words, cite }) => `${words} under ${lawNames([law])} (${cite})`)),
        fields: listInWords(applicable.map(({ law }) => `rights.${law}.response_time`)),
      },
    });
  },
});
