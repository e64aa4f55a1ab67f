import { stringify } from 'yaml';
import type { Jurisdiction, Policy } from '../model/policy.generated.js';
import { findService } from './catalog.js';
import { PAYMENT_NOTE_SAMPLE, SECURITY_SAMPLES } from './samples.js';

export interface StarterAnswers {
  company: string;
  email: string;
  /** Where the company is established (ISO 3166-1 alpha-2). */
  country: string;
  jurisdictions: readonly Jurisdiction[];
  /** Keys from the catalogue (`stripe`, `aws`, …); unknown keys are the caller's to reject. */
  services: readonly string[];
  /** YYYY-MM-DD; the caller reads the clock, this module never does. */
  effectiveDate: string;
  /** The company collects no personal data (`--no-personal-data`); `services` is then empty. */
  collectsNothing?: boolean;
}

const GDPR_RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'object', 'withdraw_consent', 'complaint'] as const;

export const SCHEMA_COMMENT = '# yaml-language-server: $schema=./node_modules/policyc/schema/privacy.schema.json';

/**
 * A starter privacy.yaml that validates and builds as it is: honest defaults a company then
 * edits (every value is a real statement, nothing is a placeholder to fill in).
 */
export function starterPolicy(answers: StarterAnswers): Policy {
  if (answers.collectsNothing === true) return nothingCollectedStarter(answers);
  const services = answers.services.map((key) => findService(key)).filter((s) => s !== undefined);
  const usesPayments = services.some((s) => s.categories.includes('payment'));
  const gdprLike = answers.jurisdictions.some((j) => j === 'gdpr' || j === 'uk_gdpr' || j === 'swiss_fadp');

  const policy: Policy = {
    effective_date: answers.effectiveDate,
    jurisdictions: [...answers.jurisdictions],
    controller: { name: answers.company, email: answers.email, country: answers.country },
    data_categories: [
      { id: 'account', name: 'Account information', examples: ['name', 'email address'], source: 'provided' },
      { id: 'usage', name: 'Usage data', examples: ['IP address', 'browser type', 'pages visited'], source: 'automatic' },
      ...(usesPayments
        ? [
            {
              id: 'payment',
              name: 'Payment information',
              examples: ['billing address', 'the last four digits of your card'],
              source: 'provided' as const,
              note: PAYMENT_NOTE_SAMPLE,
            },
          ]
        : []),
    ],
    purposes: [
      { id: 'service', name: 'Provide and operate the service', lawful_basis: 'contract', data_categories: ['account', ...(usesPayments ? ['payment'] : [])] },
      {
        id: 'security',
        name: 'Keep the service secure and prevent abuse',
        lawful_basis: 'legitimate_interests',
        legitimate_interest: 'protecting our users and our service from fraud and attacks',
        data_categories: ['usage'],
      },
      ...(usesPayments
        ? [
            {
              id: 'records',
              name: 'Keep financial records',
              lawful_basis: 'legal_obligation' as const,
              legal_obligation: 'tax and accounting law',
              data_categories: ['payment'],
            },
          ]
        : []),
    ] as Policy['purposes'],
    subprocessors: services.map((s) => s.subprocessor),
    // The providers in the catalogue offer the EU SCCs with the UK Addendum and the Swiss
    // adaptations in their DPAs; the starter names the ones the declared laws need.
    // Their SCCs can be shown on request, which the GDPR asks the policy to say (Art. 13(1)(f)).
    ...(services.length > 0 && (answers.jurisdictions.includes('uk_gdpr') || answers.jurisdictions.includes('swiss_fadp'))
      ? {
          transfers: {
            mechanisms: [
              'scc',
              ...(answers.jurisdictions.includes('uk_gdpr') ? ['uk_idta' as const] : []),
              ...(answers.jurisdictions.includes('swiss_fadp') ? ['swiss_scc' as const] : []),
            ],
            copies_on_request: true,
          },
        }
      : services.length > 0 && answers.jurisdictions.includes('gdpr')
        ? { transfers: { copies_on_request: true } }
        : {}),
    retention: [
      { data_categories: ['account'], period: 'account_lifetime' },
      { data_categories: ['usage'], period: 'P90D', up_to: true },
      ...(usesPayments ? [{ data_categories: ['payment'], period: 'P7Y', reason: 'to meet tax and accounting obligations' }] : []),
    ],
    security: { measures: [SECURITY_SAMPLES[0] as string, ...SECURITY_SAMPLES.slice(1)], disclaimer: true },
    rights: {
      everyone: ['access', 'rectification', 'erasure'],
      ...Object.fromEntries(
        answers.jurisdictions
          .filter((j) => j === 'gdpr' || j === 'uk_gdpr' || j === 'swiss_fadp')
          // The FADP's ordinance allows 30 days; the GDPR and UK GDPR one month.
          .map((j) => [j, { rights: [...GDPR_RIGHTS], response_time: j === 'swiss_fadp' ? 'P30D' : 'P1M' }]),
      ),
      ...(answers.jurisdictions.includes('ccpa')
        ? { ccpa: { rights: ['know', 'delete', 'correct', 'opt_out_sale_sharing', 'non_discrimination'], response_time: 'P45D' } }
        : {}),
      response_time: 'P30D',
    },
    sale_and_sharing: { sells: false, shares_for_advertising: false },
    children: { min_age: 16 },
    cookies: { used: ['strictly_necessary'], third_party_tracking: false },
    breach_notification: { notify_users: true, notify_authority: gdprLike, within: 'PT72H' },
    changes: { notice_period: 'P30D', channels: ['email', 'website'] },
  };
  return policy;
}

/**
 * The starter of a company that collects no personal data: the declaration and what stays true
 * without data (who the company is, how changes are announced). Nothing about uses, retention,
 * recipients or cookies, which rule nothing-collected-consistent would have to refuse.
 */
function nothingCollectedStarter(answers: StarterAnswers): Policy {
  return {
    effective_date: answers.effectiveDate,
    jurisdictions: [...answers.jurisdictions],
    controller: { name: answers.company, email: answers.email, country: answers.country },
    data_categories: [],
    purposes: [],
    changes: { channels: ['website'] },
  };
}

/** Said above the starter of a company that collects nothing: what "nothing" excludes. */
const NOTHING_COLLECTED_COMMENT = [
  '# data_categories: [] and purposes: [] declare that you collect no personal data at all: no analytics,',
  '# no contact form or newsletter, no server logs with IP addresses that you keep. If you collect any,',
  '# list it here instead (`policyc init` without --no-personal-data writes an example).',
].join('\n');

/** The starter as YAML text, with the editor schema line on top. */
export function starterYaml(answers: StarterAnswers): string {
  const notes = ['# Generated by `policyc init`. Every statement below is about your company: check each one.'];
  if (answers.collectsNothing === true) notes.push(NOTHING_COLLECTED_COMMENT);
  return `${SCHEMA_COMMENT}\n${notes.join('\n')}\n${stringify(starterPolicy(answers), { lineWidth: 100 })}`;
}
