import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { checkSource } from '../../../src/validate/index.js';
import { stringify } from 'yaml';
import { loadFixture, variant } from './load-fixture.js';

/**
 * Every sentence true: each case here is a sentence a legal review of real policies found that the
 * company never declared or that misstated the law (issue "Every sentence true"). Each must stay
 * impossible.
 */
const md = (policy: Policy): string => renderMarkdown(normalize(policy));
const codes = (policy: Policy): string[] => checkSource(stringify(policy), 'p.yaml').diagnostics.map((d) => `${d.severity}:${d.code}`);

/** A GDPR policy with one US provider and no safeguard of its own. */
const withUsProvider = (change: (p: Policy) => void = () => {}): Policy =>
  variant('minimal.yaml', (p) => {
    p.jurisdictions = ['gdpr'];
    p.controller.country = 'DE';
    p.purposes[0]!.lawful_basis = 'contract';
    p.subprocessors = [{ name: 'Cloudco Inc.', purpose: 'Hosting', location: 'US' }];
    change(p);
  });

describe('a fact the file does not state produces no sentence about it', () => {
  const minimal = md(loadFixture('minimal.yaml'));
  // Each optional part of the format, with words only that part can put in the policy.
  const absent: ReadonlyArray<[string, RegExp]> = [
    ['changes', /Changes to this policy|update this policy|change the date/u],
    ['sale_and_sharing', /\bsell\b|data brokers/u],
    ['transfers', /transfer|safeguard/iu],
    ['breach_notification', /breach/iu],
    ['children', /child/iu],
    ['cookies', /cookie/iu],
    ['ai', /\bAI\b|automated/u],
    ['rights', /right (of|to)|Your rights/u],
    ['disclosures', /public authorities|group companies|merger/u],
    ['security', /protect (your|personal)/u],
    ['jurisdictions', /GDPR|CCPA|FADP|COPPA|We follow/u],
    ['subprocessors', /service providers|on our behalf|instructions/u],
    ['retention', /How long we keep/u],
    ['visibility', /other users can see/u],
  ];
  it.each(absent)('%s', (_key, words) => {
    expect(minimal).not.toMatch(words);
  });
});

describe('sentences a legal review found untrue', () => {
  it('never says providers work under our instructions: some work under their own terms', () => {
    expect(md(withUsProvider())).not.toContain('instructions');
  });

  it('claims no applicability of a law, and compliance only where the company states it (Basecamp #3)', () => {
    const laws = (p: Policy): void => void (p.jurisdictions = ['ccpa', 'coppa']);
    const out = md(variant('minimal.yaml', laws));
    expect(out).not.toMatch(/apply to how we handle|We follow/u);
    const claimed = md(variant('minimal.yaml', (p) => (laws(p), (p.controller.claims_compliance = true))));
    expect(claimed).toContain(
      "We follow the California Consumer Privacy Act (CCPA) as amended by the California Privacy Rights Act (CPRA) and the Children's Online Privacy Protection Act (COPPA) in how we handle personal information.",
    );
    // A law the company names in its own words is its own statement.
    expect(md(variant('minimal.yaml', (p) => (laws(p), (p.other_laws = ['applicable Norwegian data protection law']))))).toContain(
      'We follow applicable Norwegian data protection law in how we handle personal information.',
    );
  });

  it('states the breach duties as Arts. 33 and 34 do: 72 hours for the authority, undue delay and high risk for people', () => {
    const out = md(withUsProvider((p) => (p.breach_notification = { notify_users: true, notify_authority: true, within: 'PT72H' })));
    expect(out).not.toMatch(/Articles 33 and 34/u);
    expect(out).toContain(
      "within 72 hours of becoming aware of a breach, unless it is unlikely to result in a risk to people's rights and freedoms (Art. 33(1) GDPR)",
    );
    expect(out).toContain('to tell you without undue delay when a breach is likely to result in a high risk to your rights and freedoms (Art. 34(1) GDPR)');
  });

  it('names the United Kingdom in transfers only when the UK GDPR is declared', () => {
    const gdprOnly = md(withUsProvider((p) => (p.transfers = { mechanisms: ['scc'] })));
    expect(gdprOnly).toContain('Cloudco Inc. processes personal data outside the European Economic Area, in the United States.');
    expect(gdprOnly).toContain('When we transfer personal data out of the European Economic Area, we rely on Standard Contractual Clauses');
    expect(gdprOnly).not.toContain('United Kingdom');
  });

  it("never cites the Commission's clauses as a safeguard for transfers out of the UK", () => {
    const out = md(
      withUsProvider((p) => {
        p.jurisdictions = ['gdpr', 'uk_gdpr'];
        p.transfers = { mechanisms: ['scc', 'bcr'] };
      }),
    );
    expect(out).toContain(
      'When we transfer personal data out of the European Economic Area or the United Kingdom, we rely on Binding Corporate Rules (Art. 47 GDPR and UK GDPR).',
    );
    expect(out).toContain(
      'For transfers out of the European Economic Area, we also rely on Standard Contractual Clauses adopted by the European Commission (Art. 46(2)(c) GDPR).',
    );
  });

  it('shows the policy-wide safeguard in the provider table instead of "Not stated" beside a transfers section that names it', () => {
    const out = md(withUsProvider((p) => (p.transfers = { mechanisms: ['scc'] })));
    expect(out).toContain('Safeguard: Standard Contractual Clauses.');
    expect(out).not.toContain('Not stated');
  });

  it('shows an Art. 49 derogation as no safeguard, and consent by use is an error', () => {
    const policy = withUsProvider((p) => {
      p.subprocessors![0]!.transfer_mechanism = 'derogation_consent';
      p.transfers = { note: 'By using the Service, you consent to this transfer.' };
    });
    expect(md(policy)).toContain('Safeguard: None (exception: your explicit consent).');
    expect(codes(policy)).toEqual(expect.arrayContaining(['error:transfer-consent-explicit']));
  });

  it('judges adequacy and frameworks by the decisions in force on the effective date (the Privacy Shield in 2018)', () => {
    const in2018 = withUsProvider((p) => {
      p.effective_date = '2018-05-25';
      p.subprocessors![0]!.transfer_mechanism = 'privacy_shield';
    });
    expect(md(in2018)).toContain('Safeguard: EU-U.S. Privacy Shield.');
    expect(codes(in2018).filter((c) => c.startsWith('error'))).toEqual([]);
    expect(codes({ ...in2018, effective_date: '2021-01-01' })).toContain('error:transfer-tool-in-force');
  });

  it('offers copies of the safeguards only when the file says people can ask for them', () => {
    expect(md(withUsProvider((p) => (p.transfers = { mechanisms: ['scc'] })))).not.toContain('copy of the safeguards');
    expect(md(withUsProvider((p) => (p.transfers = { mechanisms: ['scc'], copies_on_request: true })))).toContain(
      'You can ask us for a copy of the safeguards at',
    );
  });

  it('denies no sale beside advertising trackers: the file is refused', () => {
    const policy = variant('minimal.yaml', (p) => {
      p.jurisdictions = ['ccpa'];
      p.cookies = { used: ['advertising'] };
      p.sale_and_sharing = { sells: false };
    });
    expect(codes(policy)).toContain('error:advertising-cookies-are-sharing');
  });

  it('adds no purposes or examples to a disclosure kind the file names', () => {
    const out = md(variant('minimal.yaml', (p) => (p.disclosures = [{ kind: 'affiliates' }, { kind: 'legal_requirement' }])));
    expect(out).toContain('We may share personal information with other companies in our group.');
    expect(out).toContain('We disclose personal information to public authorities when the law requires us to.');
    expect(out).not.toMatch(/purposes described|valid legal process|law enforcement/u);
  });

  it('promises rights to everyone without citing a law or its conditions; each law states its own (PostHog P15, P16)', () => {
    const rightsOf = (policy: Policy): string => md(policy).split('## Your rights')[1]!.split('### How to exercise')[0]!;
    const out = rightsOf(
      variant('minimal.yaml', (p) => {
        p.jurisdictions = ['gdpr', 'uk_gdpr'];
        p.rights = {
          everyone: ['access', 'erasure', 'portability'],
          gdpr: { rights: ['access', 'restriction', 'complaint'] },
          limits: { erasure: 'We keep code you contributed to our projects as it is.' },
        };
      }),
    );
    const everyone = out.split('### If you are in')[0]!;
    // The promise to everyone: no article, no Art. 17 grounds or exceptions, the company's own limit.
    expect(everyone).toContain('- **Right to erasure.** You can ask us to delete your personal data. We keep code you contributed to our projects as it is.');
    expect(everyone).toContain(
      '- **Right to data portability.** You can receive the personal data you gave us in a structured, commonly used and machine-readable format.',
    );
    expect(everyone).not.toMatch(/Art\.|GDPR|exception|automated means/u);
    // The law states which of them it grants, on its terms, whatever the file's list for it names.
    expect(out).toContain(
      'Under the GDPR, you have these of the rights listed above, subject to the conditions and exceptions the law sets: the right of access (Art. 15), the right to erasure (Art. 17) and the right to data portability (Art. 20). You also have the following rights:',
    );
    expect(out).toContain('- **Right to restriction of processing (Art. 18).**');
    // One right: said in the singular; no list of its own: the sentence alone.
    const one = rightsOf(
      variant('minimal.yaml', (p) => {
        p.jurisdictions = ['ccpa'];
        p.rights = { everyone: ['portability'], ccpa: { rights: ['portability'] } };
      }),
    );
    expect(one).toContain(
      'you have this right listed above, subject to the conditions and exceptions the law sets: the right to data portability (§ 1798.130).\n',
    );
  });

  it('says a response time is kept in most cases only where the file says so (PostHog P18)', () => {
    const withTime = (usual: boolean): string =>
      md(variant('minimal.yaml', (p) => (p.rights = { everyone: ['access'], response_time: 'P30D', ...(usual ? { response_time_usual: true } : {}) })));
    expect(withTime(true)).toContain('In most cases, we respond within 30 days.');
    expect(withTime(true)).not.toContain('We will respond within');
    expect(withTime(false)).toContain('We will respond within 30 days.');
  });

  it("keeps a company's hedged position on selling as hedged, with the opt-out it still owes (Automattic #17)", () => {
    const policy = variant('minimal.yaml', (p) => {
      p.jurisdictions = ['ccpa'];
      p.sale_and_sharing = { sells: true, shares_for_advertising: true, may_be_considered: true };
    });
    const out = md(policy);
    expect(out).toContain('Some of our disclosures of personal information may be considered a “sale” as the CCPA defines it.');
    expect(out).toContain(
      'Some of our disclosures of personal information to advertising partners may be considered sharing for cross-context behavioral advertising (“sharing” under the CCPA).',
    );
    expect(out).toContain('): some of our disclosures may be considered a sale or sharing for cross-context behavioral advertising under the CCPA.');
    expect(out).toContain('If you are a California resident, you can opt out at any time');
    expect(out).not.toMatch(/We sell|we sell it|We share it|with advertising partners for/u);
    expect(codes(variant('minimal.yaml', (p) => (p.sale_and_sharing = { sells: false, may_be_considered: true })))).toContain('warning:ccpa-sale-statement');
  });

  it('says "also" of kinds of service provider only after named ones (a fresh reader of Mastodon\'s policy)', () => {
    const kinds = [{ name: 'Hosting companies', purpose: 'Hosting the service.' }];
    expect(md(variant('minimal.yaml', (p) => (p.recipient_categories = kinds)))).toContain('We use these kinds of service providers:');
    expect(
      md(
        variant('minimal.yaml', (p) => {
          p.recipient_categories = kinds;
          p.subprocessors = [{ name: 'Cloudco Inc.', purpose: 'Hosting', location: 'US' }];
        }),
      ),
    ).toContain('We also use these kinds of service providers:');
  });

  it('introduces the retention table as the whole only when every category has a period (Mastodon review E13)', () => {
    const two = (p: Policy): void => {
      p.data_categories = [
        { id: 'account', name: 'Account information' },
        { id: 'logs', name: 'Server logs' },
      ];
      p.purposes[0]!.data_categories = ['account', 'logs'];
    };
    const partial = md(
      variant('minimal.yaml', (p) => {
        two(p);
        p.retention = [
          { data_categories: ['logs'], period: 'P90D' },
          { label: 'Backups', data_categories: ['logs'], period: 'P30D' },
        ];
      }),
    );
    expect(partial).toContain('We keep the following personal information for the periods below.');
    const whole = md(
      variant('minimal.yaml', (p) => {
        two(p);
        p.retention = [
          { data_categories: ['logs'], period: 'P90D' },
          { data_categories: ['account'], period: 'account_lifetime' },
        ];
      }),
    );
    expect(whole).toContain('We keep personal information for the periods below.');
  });

  it('says providers act on our behalf only when each states its role (German review: PayPal and GitHub)', () => {
    const providers = (role?: 'processor' | 'controller'): Policy =>
      withUsProvider((p) => {
        p.subprocessors = [
          { name: 'Cloudco Inc.', purpose: 'Hosting', location: 'US', ...(role === undefined ? {} : { role: 'processor' as const }) },
          { name: 'PayCo Inc.', purpose: 'Payments', location: 'US', ...(role === undefined ? {} : { role }) },
        ];
      });
    expect(md(providers())).not.toMatch(/on our behalf/u);
    expect(md(providers('processor'))).toContain('They process personal data on our behalf.');
    const mixed = md(providers('controller'));
    expect(mixed).toContain('the others are service providers that process it on our behalf');
    const undeclared = md(
      withUsProvider((p) => {
        p.subprocessors = [
          { name: 'Cloudco Inc.', purpose: 'Hosting', location: 'US' },
          { name: 'PayCo Inc.', purpose: 'Payments', location: 'US', role: 'controller' },
        ];
      }),
    );
    expect(undeclared).toContain('Those marked as independent controllers decide for themselves how they use it.');
    expect(undeclared).not.toMatch(/on our behalf/u);
  });

  it('calls no company by its legal name as if it were the service ("to run Hetzner Online GmbH")', () => {
    const policy = (service?: string, trading?: string): Policy =>
      variant('minimal.yaml', (p) => {
        p.controller.name = 'Acme Software GmbH';
        if (trading !== undefined) p.controller.trading_name = trading;
        if (service !== undefined) p.policy = { ...p.policy, service };
        p.subprocessors = [{ name: 'Cloudco Inc.', purpose: 'Hosting', location: 'US' }];
        p.cookies = { used: ['strictly_necessary'] };
        p.children = { min_age: 16, directed_to_children: false };
        p.changes = { notify: 'will', channels: ['in_app'] };
      });
    const legalOnly = md(policy());
    expect(legalOnly).not.toMatch(/(?:run|using|in|use) Acme Software GmbH|Acme Software GmbH (?:needs|is not directed)/u);
    for (const sentence of [
      'We use the following service providers to run our services.',
      'Our services are not directed to children under 16',
      'with a notice in our services',
    ])
      expect(legalOnly).toContain(sentence);
    // A trading name is a brand, and a declared service is the service: both are named.
    expect(md(policy(undefined, 'Acme'))).toContain('Acme is not directed to children under 16');
    expect(md(policy('Acme Cloud'))).toContain('We use the following service providers to run Acme Cloud.');
    // German and French agree with a plural, and German declines it after "in".
    const de = renderMarkdown(normalize(policy()), { language: 'de' });
    expect(de).toContain('Unsere Dienste richten sich nicht an Kinder unter 16 Jahren');
    expect(de).toContain('durch einen Hinweis in unseren Diensten');
    const fr = renderMarkdown(normalize(policy()), { language: 'fr' });
    expect(fr).toContain('Nos services ne s’adressent pas aux enfants de moins de 16 ans');
  });

  it('offers email for rights requests only where the file gives it or no request form (Mozilla VPN: "through our Data Subject Access Request Portal")', () => {
    const rights = (r: NonNullable<Policy['rights']>): string =>
      md(
        variant('minimal.yaml', (p) => {
          p.rights = { everyone: ['access'], ...r };
        }),
      );
    const formOnly = rights({ url: 'https://example.com/requests' });
    expect(formOnly).toContain('To exercise any of these rights, use our request form at [https://example.com/requests]');
    expect(formOnly).not.toMatch(/email us/u);
    expect(rights({ url: 'https://example.com/requests', email: 'dsar@minimal.example' })).toContain('email us at [dsar@minimal.example]');
    expect(rights({})).toContain('To exercise any of these rights, email us at [hello@minimal.example]');
    const de = renderMarkdown(normalize(variant('minimal.yaml', (p) => (p.rights = { everyone: ['access'], url: 'https://example.com/requests' }))), {
      language: 'de',
    });
    expect(de).toContain('Um eines dieser Rechte auszuüben, nutzen Sie unser Anfrageformular unter');
    expect(de).not.toMatch(/E-Mail an/u);
  });

  it('says which data has no retention period, in the key points and the section (Mozilla VPN review: "1 other period is set out below" read as the whole)', () => {
    const policy = variant('minimal.yaml', (p) => {
      p.data_categories.push({ id: 'logs', name: 'Server logs', examples: ['IP address'], source: 'automatic' });
      p.purposes[0]!.data_categories = ['account', 'logs'];
      p.retention = [{ data_categories: ['account'], period: 'account_lifetime' }];
    });
    const out = md(policy);
    expect(out).toContain('for as long as your account is open; no period is set out for one other kind of personal information.');
    expect(out).toContain('This policy sets out no period for server logs.');
    const whole = md(variant('minimal.yaml', (p) => (p.retention = [{ data_categories: ['account'], period: 'account_lifetime' }])));
    expect(whole).not.toMatch(/no period is set out|sets out no period/u);
    const de = renderMarkdown(normalize(policy), { language: 'de' });
    expect(de).toContain('für eine weitere Datenart ist keine Speicherfrist angegeben');
    expect(de).toContain('nennt diese Datenschutzerklärung keine Speicherfrist');
  });

  it('speaks of "these rights" only after a list of them (Mozilla VPN: instructions for access, no rights listed)', () => {
    const instructionsOnly = md(variant('minimal.yaml', (p) => (p.rights = { instructions: { access: 'Sign in to see your data.' } })));
    expect(instructionsOnly).toContain('To make a request about your personal information, email us at');
    expect(instructionsOnly).not.toContain('any of these rights');
    expect(md(variant('minimal.yaml', (p) => (p.rights = { everyone: ['access'] })))).toContain('To exercise any of these rights, email us at');
  });

  it('calls a written agreement a data processing agreement only where the file does, and names no role it did not declare (Mozilla VPN review)', () => {
    const policy = (terms: Array<'dpa' | 'written_agreement'>): Policy =>
      variant('minimal.yaml', (p) => {
        p.subprocessors = [
          { name: 'Mullvad VPN AB', purpose: 'VPN servers', location: 'SE', terms },
          { name: 'Cloudco Inc.', purpose: 'Hosting', location: 'US', terms },
        ];
      });
    const written = md(policy(['written_agreement']));
    expect(written).toContain('Each of these providers works under a written agreement with us that obliges it to protect the data.');
    expect(written).not.toMatch(/data processing agreement/u);
    const de = renderMarkdown(normalize(policy(['written_agreement'])), { language: 'de' });
    expect(de).toContain('Jeder dieser Dienstleister ist durch eine schriftliche Vereinbarung mit uns verpflichtet, die Daten zu schützen.');
    expect(de).not.toMatch(/Auftragsverarbeitungsvertrag/u);
    // A data processing agreement is named as such, without saying in German that the provider acts as a processor.
    const dpa = renderMarkdown(normalize(policy(['dpa'])), { language: 'de' });
    expect(dpa).toContain('Jeder dieser Dienstleister ist durch einen Auftragsverarbeitungsvertrag mit uns gebunden');
    expect(dpa).not.toMatch(/als Auftragsverarbeiter/u);
  });

  it('prints a DPO\'s name beside the office only when it is not the office itself (GitHub: "a Data Protection Officer, Data Protection Officer")', () => {
    const dpo = (name: string): Policy => variant('minimal.yaml', (p) => (p.controller.dpo = { name, email: 'dpo@minimal.example' }));
    expect(md(dpo('Data Protection Officer'))).toContain('We have appointed a Data Protection Officer whom you can contact');
    expect(md(dpo('Jane Doe'))).toContain('We have appointed a Data Protection Officer, Jane Doe, whom you can contact');
    expect(renderMarkdown(normalize(dpo('Datenschutzbeauftragter')), { language: 'de' })).toContain('Wir haben einen Datenschutzbeauftragten benannt, den');
  });

  it('names the purposes without a legal basis instead of leaving them out of the legal bases (GitHub review E11)', () => {
    const policy = withUsProvider((p) => {
      p.purposes.push({ id: 'improve', name: 'Improve the service', data_categories: ['account'] });
    });
    const out = md(policy);
    expect(out).toContain('### Purposes without a stated legal basis\n\nThis policy does not state the legal basis for:\n\n- Improve the service');
    expect(out).toContain('These are the bases we rely on for the purposes listed under each.');
    expect(md(withUsProvider())).not.toContain('without a stated legal basis');
  });

  it('gives the number of requests as a reason for more time only under the GDPR or UK GDPR, and adds no purpose to social media cookies (GitHub review E24, E28)', () => {
    const extension = (jurisdictions: Policy['jurisdictions']): string =>
      md(
        variant('minimal.yaml', (p) => {
          p.jurisdictions = jurisdictions;
          p.controller.country = 'DE';
          p.rights = { everyone: ['access'], response_time: 'P30D', extension: 'P45D' };
        }),
      );
    expect(extension(['ccpa'])).toContain('If a request is complex, we may take up to 45 days longer.');
    expect(extension(['gdpr'])).toContain('If a request is complex, or we receive many, we may take up to 45 days longer.');
    const cookies = md(variant('minimal.yaml', (p) => (p.cookies = { used: ['strictly_necessary', 'social_media'] })));
    expect(cookies).toContain('**Social media cookies**, which let social networks recognize your visits');
    expect(cookies).not.toMatch(/social media features/u);
  });

  it('heads a disclosure a person asks for "At your request", not "With your consent" (GitHub review E16, the Mastodon review)', () => {
    const policy = variant('minimal.yaml', (p) => {
      p.disclosures = [{ kind: 'at_your_request', description: 'Upon your instruction, we share data with apps you connect.' }];
    });
    const out = md(policy);
    expect(out).toContain('**At your request.** Upon your instruction, we share data with apps you connect.');
    expect(out).not.toMatch(/consent/iu);
    const bare = md(variant('minimal.yaml', (p) => (p.disclosures = [{ kind: 'at_your_request' }])));
    expect(bare).toContain('**At your request.** We share personal information with the people or services you ask us to share it with.');
    expect(renderMarkdown(normalize(policy), { language: 'de' })).toContain('**Auf Ihren Wunsch.**');
  });

  it('lists purposes without a basis even when no purpose has one, under a GDPR-family law only (review of the change)', () => {
    const none = withUsProvider((p) => {
      delete p.purposes[0]!.lawful_basis;
    });
    const out = md(none);
    expect(out).toContain('## Our legal bases for using your personal data');
    expect(out).toContain('This policy does not state the legal basis for:\n\n- Provide the service');
    expect(out).not.toMatch(/These are the (legal )?bases we rely on/u);
    const us = md(variant('minimal.yaml', (p) => delete p.purposes[0]!.lawful_basis));
    expect(us).not.toMatch(/legal bases|legal basis/u);
  });

  it('knows the office in any language when a name falls back into another (review of the change)', () => {
    const policy = variant('minimal.yaml', (p) => (p.controller.dpo = { name: 'Data Protection Officer', email: 'dpo@minimal.example' }));
    expect(renderMarkdown(normalize(policy), { language: 'de' })).toContain('Wir haben einen Datenschutzbeauftragten benannt, den');
    expect(renderMarkdown(normalize(policy), { language: 'fr' })).not.toMatch(/\(Data Protection Officer\)/u);
  });

  it('names the office of the people who run the company as its legal form has it, not always managing directors (a German e. V.)', () => {
    const association = (role?: 'board') =>
      variant('minimal.yaml', (p) => {
        p.controller.name = 'Freunde des Waldes e. V.';
        p.controller.managing_directors = ['Erika Mustermann', 'Max Mustermann'];
        if (role) p.controller.management_role = role;
      });
    expect(md(association())).toContain('Our managing directors are Erika Mustermann and Max Mustermann.');
    expect(codes(association())).toContain('warning:management-role-fits-legal-form');
    expect(md(association('board'))).toContain('The members of our board are Erika Mustermann and Max Mustermann.');
    expect(codes(association('board'))).not.toContain('warning:management-role-fits-legal-form');
    const de = renderMarkdown(normalize(association('board')), { language: 'de' });
    expect(de).toContain('Vorstand: Erika Mustermann und Max Mustermann.');
    expect(de).not.toContain('Geschäftsführung');
    expect(renderMarkdown(normalize(association('board')), { language: 'fr' })).toContain(
      'Les membres de notre conseil d’administration sont Erika Mustermann et Max Mustermann.',
    );
  });

  it('does not say an independent controller handles data for us because its own terms apply (Firefox Focus: the search engines)', () => {
    const policy = variant('minimal.yaml', (p) => {
      p.subprocessors = [{ name: 'Searchco', purpose: 'Search', location: 'IE', role: 'controller', terms: ['own_terms'] }];
    });
    for (const [language, untrue] of [
      ['en', /for us/u],
      ['de', /für uns/u],
      ['fr', /pour nous/u],
    ] as const) {
      const text = renderMarkdown(normalize(policy), { language });
      expect(text, language).not.toMatch(untrue);
    }
    expect(md(policy)).toContain('The privacy terms of Searchco also apply to the data it receives.');
  });

  it('promises to everyone only the right the file lists, not direct marketing or the CCPA’s price examples (Firefox Klar)', () => {
    const policy = variant('minimal.yaml', (p) => {
      p.jurisdictions = ['gdpr'];
      p.rights = { ...p.rights, everyone: ['object', 'non_discrimination'] };
    });
    const untrue: Record<'en' | 'de' | 'fr', RegExp> = {
      en: /direct marketing|price/u,
      de: /Direktwerbung|Preis/u,
      fr: /prospection|prix/u,
    };
    for (const language of ['en', 'de', 'fr'] as const) expect(renderMarkdown(normalize(policy), { language }), language).not.toMatch(untrue[language]);
    expect(md(policy)).toContain('exercise these rights without being treated differently for doing so');
  });

  it('offers copies of the safeguards where the file says to ask for them, not always at the privacy address (Firefox Focus: the DPO)', () => {
    const policy = withUsProvider((p) => {
      p.subprocessors![0]!.transfer_mechanism = 'scc';
      p.transfers = { mechanisms: ['scc'], copies_on_request: true, copies_email: 'dpo@minimal.example' };
    });
    expect(md(policy)).toContain('You can ask us for a copy of the safeguards at [dpo@minimal.example](mailto:dpo@minimal.example).');
    expect(renderMarkdown(normalize(policy), { language: 'de' })).toContain('[dpo@minimal.example](mailto:dpo@minimal.example) bei uns anfordern');
    expect(codes(policy)).not.toContain('warning:transfer-safeguard-copies');
  });

  it('says what a Do Not Track signal changes where the file says so, not that all tracking stops (Firefox Relay, French review C13)', () => {
    const honoredInPart = (effect: string): Policy =>
      variant('minimal.yaml', (p) => (p.cookies = { used: ['strictly_necessary', 'analytics'], honors_dnt: true, dnt_effect: effect }));
    const expected = [
      [
        'en',
        'stop collecting interaction data.',
        'When your browser sends a Do Not Track signal, we stop collecting interaction data.',
        /We honor Do Not Track/u,
      ],
      [
        'de',
        'erfassen wir keine Interaktionsdaten',
        'Wenn Ihr Browser ein „Do Not Track“-Signal sendet, erfassen wir keine Interaktionsdaten.',
        /Wir berücksichtigen/u,
      ],
      [
        'fr',
        'cessons de collecter les données d’interaction',
        'Lorsque votre navigateur envoie un signal « Do Not Track », nous cessons de collecter les données d’interaction.',
        /Nous respectons/u,
      ],
    ] as const;
    for (const [language, effect, sentence, general] of expected) {
      const text = renderMarkdown(normalize(honoredInPart(effect)), { language });
      expect(text, language).toContain(sentence);
      expect(text, language).not.toMatch(general);
    }
    // Without a scope, the general sentence stays; a scope beside a refusal is not printed, and validate says so.
    expect(md(variant('minimal.yaml', (p) => (p.cookies = { used: ['analytics'], honors_dnt: true })))).toContain(
      'We honor Do Not Track signals sent by your browser.',
    );
    const refused = variant('minimal.yaml', (p) => (p.cookies = { used: ['analytics'], honors_dnt: false, dnt_effect: 'stop collecting interaction data' }));
    expect(md(refused)).toContain('We do not respond to Do Not Track signals sent by your browser.');
    expect(md(refused)).not.toContain('interaction data');
    expect(codes(refused)).toContain('warning:do-not-track-stated');
    expect(codes(honoredInPart('stop collecting interaction data'))).not.toContain('warning:do-not-track-stated');
  });
});
