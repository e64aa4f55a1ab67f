import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../../src/model/policy.generated.js';
import { nothingCollectedConsistent as rule } from '../../../src/rules/nothing-collected-consistent.js';
import { checkSource } from '../../../src/validate/index.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

/** The sensible policy of a company that collects nothing: every field about data taken out. */
function nothingCollected(change: (policy: Policy) => void = () => {}): Policy {
  return policyWith((p) => {
    p.data_categories = [];
    p.purposes = [];
    for (const key of ['subprocessors', 'retention', 'transfers', 'sale_and_sharing', 'ai'] as const) delete p[key];
    change(p);
  });
}

const messages = (policy: Policy): string[] => check(rule, policy).map((problem) => `${problem.path.join('.')}: ${problem.message}`);

describe('nothing-collected-consistent', () => {
  it('accepts a policy that collects data for purposes, and one that declares it collects none', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    expect(check(rule, nothingCollected())).toEqual([]);
    // What stays true without data: rights, children, commitments, changes, necessary and preference cookies, no sale.
    expect(
      check(
        rule,
        nothingCollected((p) => {
          p.cookies = { used: ['strictly_necessary', 'preferences'], third_party_tracking: false };
          p.sale_and_sharing = { sells: false, shares_for_advertising: false };
          p.commitments = [{ kind: 'no_sale' }];
          p.ai = { training: 'never', automated_decisions: false };
        }),
      ),
    ).toEqual([]);
  });

  it('reports a purpose beside data_categories: [], pointing at the purpose', () => {
    const policy = nothingCollected((p) => (p.purposes = [{ id: 'service', name: 'Provide the service', lawful_basis: 'contract' }]));
    expect(check(rule, policy)).toEqual([
      {
        path: ['purposes', 0],
        message: "Purpose 'Provide the service' uses personal data, but data_categories is empty, which declares that no personal data is collected.",
        hint: 'Remove it if no personal data is collected, or list the data in data_categories and what it is used for in purposes.',
      },
    ]);
  });

  it('reports data collected for no purpose (purposes: [] beside data categories)', () => {
    expect(
      check(
        rule,
        policyWith((p) => (p.purposes = [])),
      ),
    ).toEqual([
      {
        path: ['purposes'],
        onKey: true,
        message:
          'The list of purposes is empty, but data_categories lists personal data that is collected: the policy would say what is collected and not why.',
        hint: 'Add what the data is used for to purposes, or write data_categories: [] if no personal data is collected.',
      },
    ]);
  });

  it('reports every field that would say personal data is kept, shared, sold, stored, seen or tracked', () => {
    const policy = nothingCollected((p) => {
      p.retention = [{ data_categories: [], label: 'Server logs', period: 'P30D' }];
      p.subprocessors = [{ name: 'Hosting Ltd', purpose: 'Hosting', location: 'IE' }];
      p.recipient_categories = [{ name: 'Analytics providers', purpose: 'Statistics' }];
      p.disclosures = [{ kind: 'legal_requirement' }];
      p.cookies = { used: ['strictly_necessary', 'analytics'], tools: ['Matomo'], third_party_tracking: true };
      p.sale_and_sharing = { sells: true, shares_for_advertising: true, past_12_months: { sold: ['x'] } };
      p.transfers = { storage: 'IE' };
      p.visibility = { audience: 'other members', visible: ['your name'] };
      p.ai = { training: 'opt_out', automated_decisions: true, features: [{ name: 'Summaries', description: 'summarises your notes' }] };
    });
    expect(messages(policy)).toEqual([
      'retention.0: This is a retention period for personal data, but data_categories is empty, which declares that no personal data is collected.',
      'subprocessors.0: This is a service provider that receives personal data, but data_categories is empty, which declares that no personal data is collected.',
      'recipient_categories.0: This is a kind of recipient of personal data, but data_categories is empty, which declares that no personal data is collected.',
      'disclosures.0: This is a disclosure of personal data, but data_categories is empty, which declares that no personal data is collected.',
      "cookies.used.1: The kinds of cookies used include 'analytics' cookies, which identify or follow people, but data_categories is empty, which declares that no personal data is collected.",
      'cookies.tools: The file declares tracking tools, but data_categories is empty, which declares that no personal data is collected.',
      'cookies.third_party_tracking: The file declares third-party tracking, but data_categories is empty, which declares that no personal data is collected.',
      'sale_and_sharing.sells: The file declares that personal data is sold, but data_categories is empty, which declares that no personal data is collected.',
      'sale_and_sharing.shares_for_advertising: The file declares that personal data is shared for advertising, but data_categories is empty, which declares that no personal data is collected.',
      'sale_and_sharing.past_12_months.sold: The file declares personal data sold in the past 12 months, but data_categories is empty, which declares that no personal data is collected.',
      'transfers: The file declares where personal data is stored and transferred, but data_categories is empty, which declares that no personal data is collected.',
      'visibility: The file declares personal data that other users can see, but data_categories is empty, which declares that no personal data is collected.',
      'ai.features.0: This is an AI feature that uses personal data, but data_categories is empty, which declares that no personal data is collected.',
      'ai.training: The file declares that personal data trains models, but data_categories is empty, which declares that no personal data is collected.',
      'ai.automated_decisions: The file declares automated decisions about people, but data_categories is empty, which declares that no personal data is collected.',
    ]);
  });

  it('through validate: an error with its line and column, and the rules about a notice at collection stay silent', () => {
    const file = 'tests/fixtures/real/codee/privacy.yaml';
    const text = readFileSync(file, 'utf8');
    expect(checkSource(text, file).diagnostics).toEqual([]);
    const withProvider = text.replace('purposes: []\n', 'purposes: []\nsubprocessors:\n  - { name: Hosting Ltd, purpose: Hosting, location: IE }\n');
    const diagnostics = checkSource(withProvider, file).diagnostics;
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual([
      expect.stringMatching(/^\d+:5 error nothing-collected-consistent$/),
    ]);
  });
});
