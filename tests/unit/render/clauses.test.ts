import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/build.js';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy, Right } from '../../../src/model/policy.generated.js';
import { escapeMarkdown } from '../../../src/render/helpers/markdown.js';
import { phrase } from '../../../src/render/helpers/text.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { loadFixture, variant } from './load-fixture.js';

const md = (policy: Policy): string => renderMarkdown(normalize(policy));

/** The text of one `##` section, heading included; '' when the section is absent. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start === -1) return '';
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start + 1, end === -1 ? undefined : end);
}

const headings = (markdown: string): string[] => [...markdown.matchAll(/^## (.*)$/gm)].map((m) => m[1] as string);

describe('a minimal policy', () => {
  const out = md(loadFixture('minimal.yaml'));

  it('starts with the title, the date and an introduction', () => {
    expect(out.startsWith('# Privacy Policy\n\nEffective January 5, 2026\n\nThis policy explains how Minimal Co collects')).toBe(true);
  });

  it('has only the sections its data calls for', () => {
    // No `changes` key, so no section promising anything about changes.
    expect(headings(out)).toEqual(['Key points', 'Who we are', 'What personal information we collect', 'How we use your personal information', 'Contact us']);
  });

  it('cites no GDPR article when no GDPR-family law applies', () => {
    expect(out).not.toMatch(/GDPR|Art\. \d/);
    expect(out).toContain(
      'This policy is published by Minimal Co (“we”, “us” or “our”). We are responsible for the personal information described in this policy.',
    );
  });
});

describe('a policy with every field', () => {
  const policy = loadFixture('full.yaml');
  const out = md(policy);

  it('really uses every key the schema defines', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../schema/privacy.schema.json', import.meta.url), 'utf8')) as unknown;
    const defined = new Set<string>();
    const used = new Set<string>();
    const collect = (value: unknown, into: Set<string>, onlyProperties: boolean): void => {
      if (Array.isArray(value)) value.forEach((v) => collect(v, into, onlyProperties));
      else if (value && typeof value === 'object') {
        for (const [key, v] of Object.entries(value)) {
          if (onlyProperties && key === 'properties' && v && typeof v === 'object') for (const name of Object.keys(v)) into.add(name);
          if (!onlyProperties) into.add(key);
          collect(v, into, onlyProperties);
        }
      }
    };
    collect(schema, defined, true);
    collect(policy, used, false);
    // `clauses` names a folder the CLI reads; the overrides themselves are tested in sections.test.ts.
    // `rules` sets the levels of validate's rules (tests/unit/rules/engine.test.ts): nothing to render.
    expect([...defined].filter((key) => !used.has(key) && key !== 'clauses' && key !== 'rules')).toEqual([]);
  });

  it('prints every free-text value somewhere', () => {
    // Codes, enums, durations, ids and Markdown bodies are checked by their own tests below; apps
    // and store names feed the app-store exports (docs/export.md), not the policy's text.
    const notText = new Set([
      'apps',
      'stores',
      'id',
      'date_style',
      'effective_date',
      'last_updated',
      'country',
      'location',
      'storage',
      'jurisdictions',
      'jurisdiction',
      'lawful_basis',
      'source',
      'role',
      'management_role',
      'transfer_mechanism',
      'mechanisms',
      'period',
      'backups',
      'within',
      'notice_period',
      'response_time',
      'kind',
      'training',
      'then',
      'channels',
      'used',
      'rights',
      'everyone',
      'data_categories',
      'after',
      'before',
      'terms',
      'levels',
      'body',
      'as_of',
      'notice_exceptions',
      'preservation',
      'requirement',
      'special_category_condition',
      'duration',
      'stage',
      'within',
      'frameworks',
      'enforcement',
    ]);
    const missing: string[] = [];
    const visit = (value: unknown, key: string): void => {
      if (notText.has(key)) return;
      if (typeof value === 'string') {
        if (!out.toLowerCase().includes(escapeMarkdown(phrase(value)).toLowerCase())) missing.push(`${key}: ${value}`);
      } else if (Array.isArray(value)) value.forEach((v) => visit(v, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
    };
    visit(policy, '');
    expect(missing).toEqual([]);
  });

  it('writes dates in the configured style', () => {
    expect(out).toContain('Effective 3 April 2026 · Last updated 26 March 2026');
  });

  it('says how long each kind of data is kept, with its exceptions, plans, backups and end', () => {
    const retention = section(out, 'How long we keep your personal data');
    expect(retention).toContain(
      '| Session recordings (Workspace for phones) | For 90 days from the date of the session, to resolve complaints about a session, or until the dispute is resolved if the session is subject to an active dispute, or for 1 year if a court orders us to keep it, or longer if we are investigating abuse | Then deleted. |',
    );
    expect(retention).toContain('Depends on your plan: Free, for 7 days; Studio, until you delete the data; otherwise for up to 30 days');
    expect(retention).toContain('Then anonymized. Backup copies persist for up to 14 days after deletion.');
    expect(retention).toContain('| Referral details | Until you withdraw your consent or the referral programme ends | Then kept only in aggregated form. |');
    expect(retention).toContain('For as long as your account is open');
    expect(retention).toContain('For as long as the law requires');
    expect(retention).toContain('Indefinitely');
  });

  it('says both the event and the longest wait of an exception that has both (the French Firefox Relay review)', () => {
    const kept = md(
      variant('minimal.yaml', (p) => {
        p.retention = [
          {
            data_categories: ['account'],
            period: 'deleted_after_use',
            exceptions: [{ when: 'an email cannot be delivered to you', until: 'it is delivered', period: 'P3D' }],
          },
        ];
      }),
    );
    expect(kept).toContain('or until it is delivered (for up to 3 days) if an email cannot be delivered to you');
  });

  it('says "not stated" in a provider table cell the file gives nothing for, rather than leave it blank (the Matrix.org review)', () => {
    const table = md(
      variant('minimal.yaml', (p) => {
        p.subprocessors = [
          { name: 'Hostco', purpose: 'Hosting' },
          { name: 'Mailco', purpose: 'Email', location: 'IE', data_categories: ['account'] },
        ];
      }),
    );
    expect(table).toContain('| Hostco | Hosting | *not stated* | *not stated* |');
    expect(table).toContain('| Mailco | Email | Account information | Ireland |');
  });

  it('lists the kinds of data with no period one by one, as named, so a name with its own "and" stays whole (the French Firefox Relay review)', () => {
    const out = md(
      variant('minimal.yaml', (p) => {
        p.data_categories.push(
          { id: 'aliases', name: 'Aliases and places of use', source: 'provided' },
          { id: 'calls', name: 'Calls and texts', source: 'provided' },
        );
        p.retention = [{ data_categories: ['account'], period: 'account_lifetime' }];
      }),
    );
    expect(out).toContain('This policy sets out no period for these kinds of data:\n\n- Aliases and places of use\n- Calls and texts\n');
    const one = md(
      variant('minimal.yaml', (p) => {
        p.data_categories.push({ id: 'calls', name: 'Calls and texts', source: 'provided' });
        p.retention = [{ data_categories: ['account'], period: 'account_lifetime' }];
      }),
    );
    expect(one).toContain('This policy sets out no period for calls and texts.');
  });

  it('does not claim its transfer safeguards for the transfers people cause themselves (the Matrix.org review)', () => {
    const out = md(
      variant('minimal.yaml', (p) => {
        p.jurisdictions = ['gdpr'];
        p.transfers = { mechanisms: ['scc'], user_initiated: 'Messages you send to other servers leave the EEA.' };
      }),
    );
    expect(out).toContain(
      'When we transfer personal data out of the European Economic Area, apart from the transfers you cause yourself (see below), we rely on',
    );
  });

  it('never lets the key point on recipients read as the whole when a disclosure names no recipient (the Matrix.org review)', () => {
    const withProvider = md(
      variant('minimal.yaml', (p) => {
        p.subprocessors = [{ name: 'Hostco', purpose: 'Hosting' }];
        p.disclosures = [{ kind: 'legal_requirement' }];
      }),
    );
    expect(withProvider).toMatch(/- \[Who receives it\]\([^)]*\): Hostco\. We also disclose it in other cases, set out below\./);
    const alone = md(variant('minimal.yaml', (p) => (p.disclosures = [{ kind: 'legal_requirement' }])));
    expect(alone).toMatch(/- \[Who receives it\]\([^)]*\): we disclose it in the cases set out below\./);
    const noSale = md(
      variant('minimal.yaml', (p) => {
        p.disclosures = [{ kind: 'legal_requirement' }];
        p.sale_and_sharing = { sells: false, shares_for_advertising: false };
      }),
    );
    expect(noSale).toMatch(/- \[Who receives it\]\([^)]*\): we do not sell it\. We disclose it in the cases set out below\./);
  });

  it('runs names on in lower case after "Data used:", but keeps a name the file gives (the Joplin and Firefox Relay reviews)', () => {
    const out = md(
      variant('minimal.yaml', (p) => {
        p.controller.trading_name = 'Joplin';
        p.data_categories.push(
          { id: 'sync', name: 'Joplin synchronisation items', source: 'provided' },
          { id: 'usage', name: 'Usage data', source: 'automatic' },
        );
        p.purposes[0]!.data_categories = ['account', 'sync', 'usage'];
      }),
    );
    expect(out).toContain('Data used: account information, Joplin synchronisation items and usage data.');
    expect(out).toContain('Joplin synchronisation items');
    expect(out).not.toContain('joplin synchronisation');
  });

  it('says the law gives further rights when a declared law lists none of its own and the promise leaves some out (the Joplin review and its review)', () => {
    const promise = (country: string, everyone: Right[], same = false): string =>
      md(
        variant('minimal.yaml', (p) => {
          p.controller.country = country;
          p.jurisdictions = ['gdpr'];
          p.rights = { everyone, ...(same ? { same_for_everyone: true } : {}) };
        }),
      );
    // Established in the EU, the GDPR covers everyone wherever they live: nothing depends on place.
    expect(promise('FR', ['erasure'])).toContain('The law gives you further rights than those listed here.');
    expect(promise('US', ['erasure'])).toContain('Depending on where you live, the law may give you further rights.');
    const all: Right[] = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'object', 'complaint'];
    expect(promise('US', all)).not.toContain('further rights');
    expect(promise('US', ['erasure'], true)).not.toContain('further rights');
  });

  it('runs a hyphenated first word on in lower case ("e-mail address"), but not one written with another capital ("Wi-Fi")', () => {
    const out = md(
      variant('minimal.yaml', (p) => {
        p.data_categories.push({ id: 'mail', name: 'E-mail address', source: 'provided' }, { id: 'wifi', name: 'Wi-Fi networks', source: 'automatic' });
        p.purposes[0]!.data_categories = ['account', 'mail', 'wifi'];
      }),
    );
    expect(out).toContain('Data used: account information, e-mail address and Wi-Fi networks.');
  });

  it('keeps the capital of a name the file writes as one ("our Mastodon instance"), and of German values in an English build', () => {
    const out = md(
      variant('minimal.yaml', (p) => {
        p.data_categories.push({ id: 'toots', name: 'Mastodon interactions', source: 'provided', description: 'What you post on our Mastodon server.' });
        p.purposes[0]!.data_categories = ['account', 'toots'];
      }),
    );
    expect(out).toContain('Data used: account information and Mastodon interactions.');
  });

  it('states each lawful basis with its article, interest, law and consent', () => {
    const bases = section(out, 'Our legal bases for using your personal data');
    for (const label of [
      'Consent (Art. 6(1)(a) GDPR and UK GDPR)',
      'Performance of a contract (Art. 6(1)(b)',
      'Legal obligation (Art. 6(1)(c)',
      'Vital interests (Art. 6(1)(d)',
      'Public task (Art. 6(1)(e)',
      'Legitimate interests (Art. 6(1)(f)',
    ]) {
      expect(bases).toContain(`### ${label}`);
    }
    expect(bases).toContain(
      '- **Send our newsletter.** You give your consent by ticking the newsletter box. To withdraw it, use the unsubscribe link in any newsletter.',
    );
    expect(bases).toContain('- **Keep the workspace secure.** Our interest is protecting our users from account takeover.');
    expect(bases).toContain('- **Keep invoices.** This is required by the UK Companies Act 2006.');
    // A list with nothing to say beyond the purposes' names is a plain list of them.
    expect(bases).toContain('- Run the workspace\n');
  });

  it('lists providers in a table with their safeguards, and marks independent controllers', () => {
    const sharing = section(out, 'How we share your personal data');
    // The provider names each row (the page's row header), so it comes first.
    expect(sharing).toContain('| Provider | Category | What they do | Data shared | Location | Safeguard |');
    expect(sharing).toContain(
      '| [Hostco Ltd](https://hostco.example/privacy) | Hosting | Cloud hosting | Account details and Usage records | Ireland (eu-west-1) | not needed (EEA/UK/Switzerland) |',
    );
    expect(sharing).toContain(
      '| Mailer Inc. | Email | Newsletter delivery, when you subscribe to the newsletter | *not stated* | United States, Canada | Standard Contractual Clauses and UK IDTA / Addendum |',
    );
    // Notes too long for a cell follow the table.
    expect(sharing).toContain('|\n\n- **Hostco Ltd**: Encrypted volumes only.\n');
    expect(sharing).toContain('Adnet SA (independent controller)');
    expect(sharing).toContain('Hostco Ltd works under a data processing agreement with us, as Art. 28 GDPR and UK GDPR requires.');
    // Processors act on instructions; their own terms apply as well, they do not replace ours.
    expect(sharing).toContain('The privacy terms of Mailer Inc. also apply to the data it receives.');
    for (const kind of [
      'Legal requirements',
      'Protecting rights and safety',
      'Business transfers',
      'With your consent',
      'Other users',
      'Professional advisers',
      'Our group companies',
    ]) {
      expect(sharing).toContain(`- **${kind}.**`);
    }
    expect(sharing).toContain(
      'We do not sell your personal data, as “sale” is defined by the CCPA. We do not share it for cross-context behavioral advertising (“sharing” under the CCPA). We do not provide it to data brokers.',
    );
  });

  it('words each transfer mechanism and offers a copy of the safeguards', () => {
    const transfers = section(out, 'Where we store and transfer your personal data');
    expect(transfers).toContain('We store personal data in Ireland and the United Kingdom (two data centres in Dublin and London).');
    // The Commission's clauses are an EU GDPR safeguard; for the UK they need the Addendum.
    expect(transfers).toContain('Standard Contractual Clauses adopted by the European Commission (Art. 46(2)(c) GDPR)');
    expect(transfers).toContain('Binding Corporate Rules (Art. 47 GDPR and UK GDPR; Art. 16(2)(e) FADP)');
    // The FADP is declared: the DPF names the Swiss-U.S. framework, the exceptions their FADP articles.
    expect(transfers).toContain(
      'the EU-U.S. Data Privacy Framework, its UK Extension and the Swiss-U.S. Data Privacy Framework, under which the recipient is certified',
    );
    expect(transfers).toContain('(Art. 49(1)(a) GDPR and UK GDPR; Art. 17(1)(a) FADP)');
    // Plain SCCs and the UK IDTA are no Swiss safeguard: nothing is said of them for Switzerland.
    expect(transfers).toContain(
      'For transfers out of the European Economic Area, apart from the transfers you cause yourself, we also rely on Standard Contractual Clauses',
    );
    expect(transfers).not.toContain('For transfers out of Switzerland');
    expect(transfers).toContain('Data Privacy Framework');
    expect(transfers).toContain('International Data Transfer Agreement');
    expect(transfers).toContain('adequacy decisions');
    expect(transfers).toContain('Art. 49(1)(a)');
    expect(transfers).toContain('Art. 49(1)(b)');
    expect(transfers).toContain('You can ask us for a copy of the safeguards at [dpo@full.example](mailto:dpo@full.example).');
    expect(transfers).toContain(
      'Mailer Inc. and Brainy AI Corp process personal data outside the European Economic Area, the United Kingdom and Switzerland, in the United States and Canada.',
    );
  });

  it('lists the rights per law, with articles, authorities, times and instructions', () => {
    const rights = section(out, 'Your rights');
    expect(rights).toContain('### Rights for everyone');
    // A right everyone has is listed once, as the company's promise; each law says which of them it grants.
    expect(rights).toContain('- **Right of access.** You can ask for a copy of the personal data we hold about you');
    expect(rights).toContain(
      '- **Right to erasure.** You can ask us to delete your personal data. We keep invoices for as long as tax law requires. Choose Delete account in Settings.',
    );
    expect(rights.match(/\*\*Right of access/g)).toHaveLength(1);
    // Established in the UK, the company answers to the UK GDPR for everyone, wherever they live.
    // Its lists for the two laws stay apart: their automated-decision rights differ since the UK
    // replaced Art. 22 with Arts. 22A–22D.
    expect(rights).toContain(
      '### If you are in the European Economic Area\n\nUnder the GDPR, you have these of the rights listed above, subject to the conditions and exceptions the law sets: the right of access (Art. 15) and the right to erasure (Art. 17). You also have the following rights:',
    );
    expect(rights).toContain(
      // Other controllers are named, so "we" may be another company: the sentence names this one.
      '### Rights under the UK GDPR\n\nFullstack Ltd is established in the United Kingdom, so the UK GDPR protects the personal data it holds about you wherever you live. Under the UK GDPR, you have these of the rights listed above, subject to the conditions and exceptions the law sets: the right of access (Art. 15) and the right to erasure (Art. 17). You also have the following rights:',
    );
    expect(rights).toContain('- **Right to rectification (Art. 16).** You can ask us to correct');
    expect(rights).toContain('- **Rights related to automated decision-making (Art. 22).** You have the right not to be subject to a decision');
    expect(rights).toContain('- **Rights related to automated decision-making (Art. 22C).** If a decision that has legal or similarly significant effects');
    // Art. 77(1): the right belongs to whoever considers that the processing infringes the Regulation.
    expect(rights).toContain(
      'If you consider that our processing of your personal data infringes the GDPR, you can complain to the Autoriteit Persoonsgegevens at [https://autoriteitpersoonsgegevens.nl](https://autoriteitpersoonsgegevens.nl), or to a supervisory authority in the country where you live or work or where the alleged infringement took place.',
    );
    expect(rights).toContain(
      "If you consider that our processing of your personal data infringes the UK GDPR, you can complain to the Information Commissioner's Office at [https://ico.org.uk](https://ico.org.uk).",
    );
    expect(rights).not.toMatch(/breach of data protection law/u);
    expect(rights).toContain('We respond to requests under the GDPR within 1 month.');
    expect(rights).toContain('We respond to requests under the UK GDPR within 1 month.');
    expect(rights).toContain('### If you are in Switzerland');
    expect(rights).toContain('- **Right to data portability (Art. 28).**');
    // The Swiss response time is the general one, stated once under "How to exercise your rights".
    expect(rights).not.toContain('We respond to requests under the FADP');
    expect(rights).toContain('### If you are a California resident');
    expect(rights).toContain('- **Right to know (§ 1798.110).** You can ask what personal information we have collected about you');
    expect(rights).toContain('We do not sell or share your personal information.');
    expect(rights).toContain(
      'We respond to requests under the CCPA within 45 days. You can also make these requests in the Privacy tab of the app. When you email us about these rights, please use the subject line “California request”.',
    );
    expect(rights).toContain('Someone you authorize can make a request for you');
    expect(rights).toContain('Choose Delete account in Settings.');
    expect(rights).toContain(
      'To exercise any of these rights other than the right to lodge a complaint with a supervisory authority, email us at [rights@full.example](mailto:rights@full.example) with the subject line “Privacy request” or use our request form at [https://full.example/privacy/request](https://full.example/privacy/request). For the right of access and right to erasure, you can also go to Settings › Privacy.',
    );
    expect(rights).toContain('We will respond within 30 days.');
  });

  it('says whether data must be given, the Art. 9 condition and a national provision, each only where declared', () => {
    expect(section(out, 'How we use your personal data')).toContain(
      'Data used: account details and profile extras. We need this data to enter into a contract with you. Without an account we cannot give you a workspace.',
    );
    expect(section(out, 'Our legal bases for using your personal data')).toContain(
      "- **Help in a medical emergency at our events.** We also rely on section 22 of the German Federal Data Protection Act (BDSG). For accessibility needs, a special category of personal data, we rely on the need to protect your vital interests or someone else's when you cannot give consent (Art. 9(2)(c) GDPR and UK GDPR).",
    );
    // Sensitive under the CPRA only (log-in credentials are), not special under Art. 9(1): not named as such.
    const cpraOnly = md(variant('full.yaml', (p) => p.data_categories.forEach((c) => delete c.special_category)));
    expect(section(cpraOnly, 'Our legal bases for using your personal data')).toContain(
      'For special categories of personal data we rely on the need to protect your vital interests',
    );
    expect(cpraOnly).not.toContain('For accessibility needs, a special category');
    const plain = md(
      variant('full.yaml', (p) => {
        for (const purpose of p.purposes) {
          delete purpose.requirement;
          delete purpose.special_category_condition;
          delete purpose.national_basis;
        }
      }),
    );
    // The UK GDPR's Art. 22B limit on decisions about special categories is the law's, not a purpose's.
    expect(plain.replace(/^- \*\*Rights related to automated decision-making.*$/gm, '')).not.toMatch(
      /enter into a contract with you\.|special categor|also rely on section/,
    );
    expect(section(plain, 'Our legal bases for using your personal data')).toContain('- Help in a medical emergency at our events\n');
  });

  it("states the company's Data Privacy Framework certification, its recourse mechanism and what the Principles add, only when declared", () => {
    const transfers = section(out, 'Where we store and transfer your personal data');
    expect(transfers).toContain(
      '### The Data Privacy Framework\n\nIn this section, “we”, “us” and “our” mean Fullstack Ltd, which makes the commitments below. We comply with the EU-U.S. Data Privacy Framework, the UK Extension to the EU-U.S. Data Privacy Framework and the Swiss-U.S. Data Privacy Framework as set forth by the U.S. Department of Commerce',
    );
    expect(transfers).toContain('If there is any conflict between this policy and the Principles, the Principles govern.');
    expect(transfers).toContain('we remain liable under the Principles if it processes the data in a manner inconsistent with them');
    expect(transfers).toContain(
      'you can refer it, at no cost to you, to JAMS at [https://www.jamsadr.com/dpf-dispute-resolution](https://www.jamsadr.com/dpf-dispute-resolution), the independent recourse mechanism we have chosen. We are subject to the investigatory and enforcement powers of the U.S. Federal Trade Commission. Under certain conditions, you can invoke binding arbitration.',
    );
    const without = md(variant('full.yaml', (p) => delete p.transfers!.dpf));
    expect(section(without, 'Where we store and transfer your personal data')).not.toMatch(/Principles|arbitration|recourse/);
  });

  it('cites a national provision a purpose rests on alone under its own heading, never under a basis it does not claim', () => {
    const bases = section(
      md(
        variant('full.yaml', (p) => {
          const purpose = p.purposes.find((q) => q.national_basis !== undefined)!;
          delete purpose.lawful_basis;
          delete purpose.special_category_condition;
          purpose.national_basis = '§ 25 para 2 No. 2 TTDSG';
        }),
      ),
      'Our legal bases for using your personal data',
    );
    expect(bases).toContain('### Other legal provisions\n\n- **Help in a medical emergency at our events.** We rely on § 25 para 2 No. 2 TTDSG.\n');
    expect(bases.match(/Help in a medical emergency/g)).toHaveLength(1);
    expect(section(out, 'Our legal bases for using your personal data')).not.toContain('Other legal provisions');
  });

  it('explains automated decisions with their logic and consequences', () => {
    expect(section(out, 'AI and automated processing')).toContain(
      '(Art. 22 GDPR; Art. 22A UK GDPR; Art. 21 FADP). A scoring model compares each sign-up with patterns of past fraud. A sign-up with a high score is refused. You can ask for a person to review',
    );
  });

  it('says what was sold or shared in the past year, how GPC is honored, how sensitive data is used, and Shine the Light', () => {
    expect(section(out, 'How we share your personal data')).toContain(
      'In the past 12 months, we have not sold personal data. In the past 12 months, we shared your usage records for cross-context behavioral advertising. We shared it with these categories of third parties: advertising networks and analytics providers. If your browser sends a Global Privacy Control (GPC) signal, we treat it as your request to opt out of the sale and sharing of your personal data. We use sensitive personal data only for the purposes listed in Cal. Code Regs. tit. 11, § 7027(m), for which the CCPA gives no right to limit its use. We do not disclose personal data to third parties for their own direct marketing purposes (Cal. Civ. Code § 1798.83).',
    );
    const plain = section(
      md(
        variant('full.yaml', (p) => {
          for (const key of ['past_12_months', 'honors_gpc', 'sensitive_limited_use', 'shares_for_direct_marketing'] as const) delete p.sale_and_sharing![key];
        }),
      ),
      'How we share your personal data',
    );
    expect(plain).not.toMatch(/past 12 months, we|Global Privacy Control|7027|direct marketing/);
  });

  it('lists each cookie in a table with only the columns some cookie fills, and how Do Not Track is answered', () => {
    const cookies = section(out, 'Cookies and similar technologies');
    expect(cookies).toContain(
      [
        '| Cookie | Provider | Kind | Purpose | Duration | First or third party | Opt out |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| session_id | Us | Strictly necessary | Keeps you signed in | Until you close your browser | First party | *not stated* |',
        '| \\_pk_id | Plausible Insights OÜ | Analytics | Counts visits without identifying you | 13 months | Third party | [https://plausible.io/privacy](https://plausible.io/privacy) |',
      ].join('\n'),
    );
    // Honored in part: what the signal changes, in place of the general promise a reader takes to cover all tracking.
    expect(cookies).toContain('When your browser sends a Do Not Track signal, we stop loading the analytics script.');
    expect(cookies).not.toContain('We honor Do Not Track');
    const refused = section(md(variant('full.yaml', (p) => (p.cookies!.honors_dnt = false))), 'Cookies and similar technologies');
    expect(refused).toContain('We do not respond to Do Not Track signals sent by your browser.');
    expect(refused).not.toContain('analytics script');
    const bare = section(
      md(
        variant('full.yaml', (p) => {
          p.cookies!.list = [{ name: 'sid', purpose: 'Keeps you signed in' }];
          delete p.cookies!.honors_dnt;
        }),
      ),
      'Cookies and similar technologies',
    );
    expect(bare).toContain('| Cookie | Purpose |\n| --- | --- |\n| sid | Keeps you signed in |');
    expect(bare).not.toContain('Do Not Track');
  });

  it('says what happens after deletion stage by stage, which permissions each app asks for, and where to subscribe to updates', () => {
    expect(section(out, 'How long we keep your personal data')).toContain(
      'After deletion, it stays in the trash for up to 30 days, it is removed from our active systems within a further 7 days and backup copies are removed within a further 90 days: 127 days in all.',
    );
    const collection = section(out, 'What personal data we collect');
    expect(collection).toContain(
      '### Permissions Workspace asks for\n\n- **Camera**: We use the camera to let you scan sketches into a workspace. We ask the first time you scan a sketch. You can refuse it and still use the app.\n- **Storage** (Android only): We use storage to keep your files available offline. The app cannot work without it.',
    );
    expect(section(out, 'Changes to this policy')).toContain(
      'You can subscribe to updates of this policy at [https://full.example/privacy/updates](https://full.example/privacy/updates).',
    );
    const plain = md(
      variant('full.yaml', (p) => {
        delete p.retention![0]!.deletion_stages;
        delete p.apps![0]!.permissions;
        delete p.changes!.subscribe_url;
      }),
    );
    expect(plain).not.toMatch(/After deletion|Permissions Workspace|subscribe to updates/);
  });

  it('names the recipients of a disclosure as the company names them', () => {
    expect(section(out, 'How we share your personal data')).toContain(
      'We may share personal data with our professional advisers where they need it to advise us. Recipients: our auditors and external consultants.',
    );
  });

  it("states the company's register, VAT number and managing directors, and every way to reach its DPO", () => {
    const about = section(out, 'Who we are');
    expect(about).toContain(
      'We are a private limited company registered in England and Wales (registered with Companies House under number 12345678), with our address at 1 High Street, London, EC1A 1AA, United Kingdom. Our managing directors are Ada Director and Ben Director. Our VAT identification number is GB123456789. More information about our company is in our legal notice at [https://full.example/legal-notice](https://full.example/legal-notice).',
    );
    expect(about).toContain(
      'whom you can contact at [dpo@full.example](mailto:dpo@full.example), by phone at +44 113 496 0000 or by post at 2 Low Road, Leeds, LS1 1AA, United Kingdom. You can also reach them through [https://example.com/dpo](https://example.com/dpo).',
    );
    const contact = section(out, 'Contact us');
    expect(contact).toContain('- Fax: +44 20 7946 0001\n');
    expect(contact).toContain(
      '- Data Protection Officer: [dpo@full.example](mailto:dpo@full.example), +44 113 496 0000, [https://example.com/dpo](https://example.com/dpo)',
    );
    const plain = section(
      md(
        variant('full.yaml', (p) => {
          delete p.controller.legal_form;
          p.controller.managing_directors = ['Ada Director'];
          delete p.controller.dpo!.address;
        }),
      ),
      'Who we are',
    );
    expect(plain).toContain('We are registered with Companies House under number 12345678. Our managing director is Ada Director.');
    expect(plain).toContain('whom you can contact at [dpo@full.example](mailto:dpo@full.example) or by phone at +44 113 496 0000.');
    const withFax = (edit: (dpo: NonNullable<Policy['controller']['dpo']>) => void): string =>
      md(variant('full.yaml', (p) => edit(Object.assign(p.controller.dpo!, { fax: '+44 113 496 0009' }))));
    expect(
      section(
        withFax(() => undefined),
        'Who we are',
      ),
    ).toContain(
      'whom you can contact at [dpo@full.example](mailto:dpo@full.example), by phone at +44 113 496 0000, by fax at +44 113 496 0009 or by post at 2 Low Road, Leeds, LS1 1AA, United Kingdom.',
    );
    expect(
      section(
        withFax(() => undefined),
        'Contact us',
      ),
    ).toContain(
      '- Data Protection Officer: [dpo@full.example](mailto:dpo@full.example), +44 113 496 0000, fax +44 113 496 0009, [https://example.com/dpo](https://example.com/dpo)',
    );
    expect(
      section(
        withFax((dpo) => delete dpo.address),
        'Who we are',
      ),
    ).toContain('whom you can contact at [dpo@full.example](mailto:dpo@full.example), by phone at +44 113 496 0000 or by fax at +44 113 496 0009.');
  });

  it('states every way to make a request, agents, extra time, exceptions and appeals, each as the file declares it', () => {
    const rights = section(out, 'Your rights');
    expect(rights).toContain(
      'You can also call us at +31 20 555 0100 or write to us at Privacy Desk, Keizersgracht 1, 1015 CJ Amsterdam, Netherlands. Someone you authorize can make a request for you. We will ask the agent for your signed permission.',
    );
    // The CCPA's own sentence about agents gives way to what the company declares.
    expect(rights.match(/Someone you authorize/g)).toHaveLength(1);
    expect(rights).toContain('If a request is complex, or we receive many, we may take up to 45 days longer.');
    expect(rights).toContain(
      'We may decline a request, or part of it, when the law requires us to keep the data or when answering would reveal personal data about someone else.',
    );
    expect(rights).toContain(
      'If you live in Virginia or Colorado and we decline to act on your request, you can appeal our decision by replying to our answer with the subject line “Appeal”. We answer appeals within 60 days. If we deny your appeal, you can complain to the Attorney General of your state at [https://www.oag.state.va.us](https://www.oag.state.va.us).',
    );
    expect(rights).not.toContain('the same rights');
  });

  it('says nothing of phone, post, agents, appeals or exceptions the file does not declare', () => {
    const rights = section(
      md(
        variant('full.yaml', (p) => {
          for (const key of ['phone', 'address', 'authorized_agents', 'extension', 'exemptions', 'appeal'] as const) delete p.rights![key];
        }),
      ),
      'Your rights',
    );
    expect(rights).not.toMatch(/call us|write to us at|appeal|decline a request|longer\.|Keizersgracht/);
    // Without a declaration, agents are spoken of only as the law the file declares: the CCPA's
    // right to use one, and nothing of what the company asks of them.
    expect(rights).toContain('Someone you authorize (an authorized agent) can make these requests for you, as the CCPA allows.');
    expect(rights).not.toMatch(/proof|permission/);
  });

  it('states the same rights for everyone when the file promises it, and refused agents as refused', () => {
    const rights = section(
      md(
        variant('full.yaml', (p) => {
          p.rights!.same_for_everyone = true;
          p.rights!.authorized_agents = { accepted: false };
          delete p.rights!.appeal!.regions;
          delete p.rights!.address;
        }),
      ),
      'Your rights',
    );
    expect(rights).toContain('We give everyone the same rights, wherever they live and whichever law applies to them:');
    expect(rights).not.toContain('Wherever you live, you have the following rights:');
    expect(rights).toContain('You can also call us at +31 20 555 0100. We accept requests only from you, not from someone acting for you.');
    expect(rights).not.toContain('Someone you authorize');
    expect(rights).toContain('If we decline to act on your request, you can appeal our decision by replying');
  });

  it('describes AI features, training, providers and automated decisions', () => {
    const ai = section(out, 'AI and automated processing');
    // Training names the data it uses, when the file lists it.
    expect(ai).toContain('We may use your generated insights to train AI models unless you opt out.');
    expect(section(md(variant('full.yaml', (p) => void delete p.ai!.training_data_categories)), 'AI and automated processing')).toContain(
      'We may use your personal data to train AI models unless you opt out.',
    );
    expect(ai).toContain('Brainy AI Corp does not use your data to train its own models.');
    expect(ai).toContain('Adnet SA may use your data to train its own models.');
    expect(ai).toContain('(Art. 22 GDPR; Art. 22A UK GDPR; Art. 21 FADP)');
  });

  it('reports breaches to the named authorities', () => {
    expect(section(out, 'Data breaches')).toContain(
      "we will notify you and the Autoriteit Persoonsgegevens and the Information Commissioner's Office within 72 hours where feasible.",
    );
  });

  it('announces changes through every channel, with notice', () => {
    expect(section(out, 'Changes to this policy')).toContain(
      'If we change this policy, we will tell you by email, with a notice in the Fullstack app, by posting a notice on our website and through other appropriate channels at least 30 days before it takes effect.',
    );
  });
});

describe('jurisdictions', () => {
  it('leave out GDPR rights and articles when none is declared', () => {
    // Representatives name the law they are appointed under, so they go too.
    const out = md(
      variant('full.yaml', (p) => {
        delete p.jurisdictions;
        delete p.controller.representatives;
      }),
    );
    // The bases the company states are still stated, without articles.
    expect(headings(out)).toContain('Our legal bases for using your personal information');
    expect(out).toContain('### Consent\n');
    expect(out).not.toContain('If you are in the European Economic Area');
    expect(out).not.toContain('If you are a California resident');
    expect(out).not.toMatch(/Art\. \d|GDPR/);
    expect(out).toContain('Wherever you live, you have the following rights:');
    expect(out).not.toContain('### Rights for everyone');
  });

  it('give a CCPA-only policy its own words', () => {
    const out = md(loadFixture('us-only.yaml'));
    expect(out).not.toContain('GDPR');
    // A stated basis is kept; the right to object is not promised where no law or list grants it.
    expect(section(out, 'Our legal bases for using your personal information')).toContain('- **Reply to your messages.** Our interest is answering questions.');
    // Without the GDPR, the bases are the company's words: not the GDPR's tests of necessity and balance.
    expect(section(out, 'Our legal bases for using your personal information')).toContain('We rely on our legitimate interests for:');
    expect(out).not.toMatch(/fundamental rights do not override|only when we have a legal basis|where this is necessary/);
    expect(out).not.toContain('right to object');
    expect(out).toContain('## What personal information we collect');
    expect(out).toContain('- **Right to delete (§ 1798.105).**');
    expect(out).toContain('We respond to requests under the CCPA within 45 days.');
    expect(out).toContain(
      'If you use our services from another country, your personal information will be transferred to and processed in the United States, where data protection laws may differ from those where you live.',
    );
  });

  it('keep GDPR and UK GDPR apart when their rights differ', () => {
    const out = md(variant('full.yaml', (p) => p.rights!.uk_gdpr!.rights.pop()));
    expect(out).toContain('### If you are in the European Economic Area\n');
    expect(out).toContain('### Rights under the UK GDPR\n');
  });

  it('ties rights to where people are only for a law the company is established outside', () => {
    // Without the automated-decision right, which the two laws word differently, one list serves both.
    const alike = (p: Policy): void => {
      for (const law of ['gdpr', 'uk_gdpr'] as const) p.rights![law]!.rights = p.rights![law]!.rights.filter((r) => r !== 'automated_decisions');
    };
    const abroad = md(
      variant('full.yaml', (p) => {
        p.controller.country = 'US';
        alike(p);
      }),
    );
    expect(abroad).toContain(
      '### If you are in the European Economic Area or the United Kingdom\n\nUnder the GDPR and the UK GDPR, you have these of the rights listed above',
    );
    expect(abroad).not.toContain('We are established in');
    const inEu = md(variant('full.yaml', (p) => void (p.controller.country = 'IE')));
    expect(inEu).toContain('Fullstack Ltd is established in Ireland, so the GDPR protects the personal data it holds about you wherever you live.');
  });
});

describe('grammar for any data', () => {
  it('uses a list, not a table, for a single provider', () => {
    const out = md(loadFixture('us-only.yaml'));
    expect(out).toContain('- Only Provider Inc.: Email hosting. Location: United States.');
    expect(out).not.toContain('| Provider |');
  });

  it('says which channels announce a change: every one, or one of them when any_channel is set', () => {
    expect(md(loadFixture('full.yaml'))).toContain('by posting a notice on our website and through other appropriate channels at least 30 days');
    const any = md(variant('full.yaml', (p) => (p.changes!.any_channel = true)));
    expect(any).toContain(
      'we will tell you by email, with a notice in the Fullstack app, by posting a notice on our website or through other appropriate channels at least 30 days',
    );
  });

  it('agrees verbs and pronouns with the number of providers', () => {
    const two = md(variant('full.yaml', (p) => (p.subprocessors![0]!.trains_on_data = false)));
    expect(two).toContain('Hostco Ltd and Brainy AI Corp do not use your data to train their own models.');
    const tools = md(variant('full.yaml', (p) => (p.cookies!.tools = ['Plausible', 'Matomo'])));
    expect(tools).toContain('We also use these tracking tools: Plausible and Matomo.');
    expect(md(loadFixture('full.yaml'))).toContain('We also use this tracking tool: Plausible.');
  });

  it('does not end a sentence on a doubled full stop', () => {
    const out = md(variant('minimal.yaml', (p) => (p.controller.name = 'Sessionly Inc.')));
    expect(out).toContain('This policy is published by Sessionly Inc. (“we”, “us” or “our”).');
    const traded = md(variant('minimal.yaml', (p) => Object.assign(p.controller, { name: 'Sessionly Inc.', trading_name: 'Sessionly' })));
    expect(traded).toContain('“Sessionly”, “we”, “us” and “our” mean Sessionly Inc. ');
    expect(traded).not.toContain('Inc..');
    expect(out).not.toContain('Inc..');
  });

  it('names a trading name and the legal entity behind it', () => {
    const out = md(variant('minimal.yaml', (p) => (p.controller.trading_name = 'Mini')));
    expect(out).toContain('Mini is operated by Minimal Co.');
    expect(out).toContain('In this policy, “Mini”, “we”, “us” and “our” mean Minimal Co.');
  });

  it('sells and shares honestly when the company does', () => {
    const out = md(
      variant('us-only.yaml', (p) => {
        p.sale_and_sharing = { sells: true, shares_for_advertising: true };
      }),
    );
    expect(out).toContain('We sell personal information, as “sale” is defined by the CCPA.');
    // The CCPA's opt-out, said to those it protects, pointing to "Your rights" only where it is listed.
    expect(out).toContain('If you are a California resident, you can opt out at any time.');
    const listed = md(
      variant('us-only.yaml', (p) => {
        p.sale_and_sharing = { sells: true, shares_for_advertising: true };
        p.rights = { ccpa: { rights: ['know', 'opt_out_sale_sharing'] } };
      }),
    );
    expect(listed).toContain('If you are a California resident, you can opt out at any time; see “Your rights” below.');
    expect(out).not.toContain('We do not sell');
  });

  it('speaks to children and parents according to the audience', () => {
    const directed = md(variant('us-only.yaml', (p) => (p.children = { min_age: 6, directed_to_children: true })));
    expect(directed).toContain('Our services are designed for children aged 6 and over.');
    const coppa = md(
      variant('us-only.yaml', (p) => {
        p.jurisdictions = ['ccpa', 'coppa'];
        p.children = { min_age: 6, directed_to_children: true };
      }),
    );
    expect(coppa).toContain('verifiable consent of a parent or guardian');
  });

  it('keeps cookie wording right for only necessary cookies and a sentence of control', () => {
    const out = md(variant('minimal.yaml', (p) => (p.cookies = { used: ['strictly_necessary'], control: 'Blocking cookies will sign you out.' })));
    // The exemption's test is a feature the person asks for (ePrivacy Art. 5(3)), not whether the
    // whole service works without them: the Matrix.org review found that false.
    expect(out).toContain('We use only strictly necessary cookies: those we need to provide a feature you have explicitly asked for.');
    expect(out).toContain('Blocking cookies will sign you out.');
    expect(out).not.toContain('You can manage cookies Blocking');
  });

  it('states each AI training choice and automated decisions', () => {
    const ai = (edit: (a: NonNullable<Policy['ai']>) => void): string => md(variant('minimal.yaml', (p) => edit((p.ai = {}))));
    expect(ai((a) => (a.training = 'never'))).toContain('We do not use your personal information to train AI models.');
    expect(ai((a) => (a.training = 'opt_in'))).toContain('We use your personal information to train AI models only if you opt in.');
    expect(ai((a) => (a.training = 'anonymized'))).toContain('only after anonymizing it');
    expect(ai((a) => (a.training = 'yes'))).toContain('We use your personal information to train AI models.');
    // A person's review is a right under the GDPR, the UK GDPR and the FADP; the CCPA alone gives none.
    expect(ai((a) => (a.automated_decisions = true))).not.toContain('review such a decision');
    const underGdpr = md(
      variant('minimal.yaml', (p) => {
        p.jurisdictions = ['gdpr'];
        p.ai = { automated_decisions: true };
      }),
    );
    expect(underGdpr).toContain('You can ask for a person to review such a decision, give your point of view and contest the decision.');
  });

  it('notifies only those the data names after a breach', () => {
    const out = md(variant('minimal.yaml', (p) => (p.breach_notification = { notify_users: true })));
    expect(out).toContain('If we become aware of a breach of security that affects your personal information, we will notify you.');
    expect(md(variant('minimal.yaml', (p) => (p.breach_notification = { notify_users: false })))).not.toContain('## Data breaches');
  });
});

describe('reading as one author wrote it', () => {
  it('introduces the company once, with the names it goes by', () => {
    // The company alone: other controllers name it once more, as a controller beside them.
    const out = section(md(variant('full.yaml', (p) => delete p.controller.other_controllers)), 'Who we are');
    expect(out).toContain(
      'Fullstack Ltd (“Fullstack”, “we”, “us” or “our”) operates the Fullstack app, a workspace for small design teams. We are a private limited company',
    );
    expect(out.match(/Fullstack Ltd/g)).toHaveLength(1);
    expect(out).toContain('It does not apply to third-party sites we link to.');
  });

  it('names the policy, not a dangling "it", for what it does not cover when no scope precedes', () => {
    const out = section(md(variant('full.yaml', (p) => delete p.controller.scope)), 'Who we are');
    expect(out).toContain('This policy does not apply to third-party sites we link to.');
    expect(out).not.toContain('It does not apply');
  });

  it('gives GDPR, UK GDPR and FADP one list when they grant the same rights, citing each article', () => {
    const out = md(
      variant('full.yaml', (p) => {
        delete p.rights!.everyone;
        // The rights the three laws word alike (not objection, portability or automated decisions).
        for (const law of ['gdpr', 'uk_gdpr'] as const)
          p.rights![law]!.rights = p.rights![law]!.rights.filter((r) => r !== 'automated_decisions' && r !== 'object' && r !== 'portability');
        // The same terms as the GDPR list; the authority may differ.
        const { authority: _, ...gdpr } = p.rights!.gdpr!;
        p.rights!.swiss_fadp = gdpr;
      }),
    );
    const rights = section(out, 'Your rights');
    expect(rights).toContain(
      '### Rights under the GDPR, the UK GDPR and the FADP\n\nFullstack Ltd is established in the United Kingdom, so the UK GDPR protects the personal data it holds about you wherever you live. Under the GDPR, the UK GDPR and the FADP, you have the following rights:',
    );
    expect(rights).toContain('- **Right of access (Art. 15 GDPR and UK GDPR; Art. 25 FADP).**');
    expect(rights).toContain('- **Right to withdraw consent (Art. 7(3) GDPR and UK GDPR).**');
    expect(rights).toContain(
      'In Switzerland, you can complain to the Federal Data Protection and Information Commissioner (FDPIC) at [https://www.edoeb.admin.ch/](https://www.edoeb.admin.ch/).',
    );
    expect(rights).not.toContain('### If you are in Switzerland');
  });

  it('refers to the shared list when a law grants nothing beyond it, naming only the rights that law grants', () => {
    const out = md(
      variant(
        'us-only.yaml',
        (p) => (p.rights = { everyone: ['know', 'delete', 'restriction'], ccpa: { rights: ['know', 'delete'] }, same_for_everyone: true }),
      ),
    );
    const rights = section(out, 'Your rights');
    expect(rights).toContain('- **Right to know.**');
    // The company gives everyone a right to restriction; the CCPA does not grant one.
    expect(rights).toContain(
      'Under the California Consumer Privacy Act (CCPA) as amended by the California Privacy Rights Act (CPRA), you have these of the rights listed above, subject to the conditions and exceptions the law sets: the right to know (§ 1798.110) and the right to delete (§ 1798.105).',
    );
    expect(rights).not.toMatch(/CPRA\), you have the rights listed above/);
    expect(rights.match(/\*\*Right to know/g)).toHaveLength(1);
  });

  it('refers to no list above when there is none', () => {
    const out = md(variant('us-only.yaml', (p) => (p.rights = { ccpa: { rights: [], response_time: 'P45D' } })));
    expect(out).not.toContain('listed above');
    expect(out).toContain('We respond to requests under the CCPA within 45 days.');
  });

  it('points to the safeguards in the provider list only when each provider outside the EEA and UK names one', () => {
    const pointer = 'The safeguard we rely on for each is shown under “Service providers” above.';
    expect(md(loadFixture('full.yaml'))).toContain(pointer);
    const unstated = md(
      variant('full.yaml', (p) => {
        delete p.subprocessors!.find((s) => s.name === 'Mailer Inc.')!.transfer_mechanism;
        p.transfers!.mechanisms = ['derogation_contract'];
      }),
    );
    expect(unstated).toContain('| *not stated* |');
    expect(unstated).not.toContain(pointer);
  });

  it('lets anyone, not only a parent, report a child’s data', () => {
    const out = section(md(loadFixture('full.yaml')), "Children's privacy");
    expect(out).toContain('If you believe that a child under 16 has given us personal data, please contact us at');
    const forChildren = section(md(variant('full.yaml', (p) => void (p.children!.directed_to_children = true))), "Children's privacy");
    expect(forChildren).toContain('If you are a parent or guardian and believe that your child has given us personal data');
  });

  it('says once that every provider works under a DPA or its own terms', () => {
    const both = md(
      variant('full.yaml', (p) =>
        p.subprocessors!.forEach((s) => {
          s.terms = ['dpa', 'own_terms'];
          delete s.role;
        }),
      ),
    );
    expect(both).toContain(
      'Each of these providers works under a data processing agreement with us, as Art. 28 GDPR and UK GDPR requires, and its own privacy terms also apply to the data it receives.',
    );
    // Art. 28 asks it of processors; an independent controller's agreement is not required by it.
    const withController = md(variant('full.yaml', (p) => p.subprocessors!.forEach((s) => (s.terms = ['dpa', 'own_terms']))));
    expect(withController).toContain('Each of these providers works under a data processing agreement with us, and its own privacy terms');
    expect(withController).not.toContain('as Art. 28');
    const own = md(variant('full.yaml', (p) => p.subprocessors!.forEach((s) => (s.terms = ['own_terms']))));
    expect(own).toContain("Each provider's own privacy terms also apply to the data it receives.");
    expect(own).not.toContain('The privacy terms of Hostco Ltd');
  });

  it('says "all" when every provider is outside the EEA and the UK, and when one gets every category', () => {
    const out = md(
      variant('full.yaml', (p) => {
        p.subprocessors = p.subprocessors!.map((s) => ({ ...s, location: 'US' }));
        p.subprocessors[0]!.data_categories = p.data_categories.map((c) => c.id);
      }),
    );
    expect(out).toContain(
      'All the service providers named above process personal data outside the European Economic Area, the United Kingdom and Switzerland, in the United States.',
    );
    expect(out).toContain('| All the data we collect |');
  });

  it('says whether a provider trains on the data beside it only when no AI section does', () => {
    const out = md(
      variant('us-only.yaml', (p) => {
        p.subprocessors![0]!.trains_on_data = false;
        p.subprocessors![0]!.note = 'Mail is encrypted at rest.';
      }),
    );
    expect(out).toContain(
      '- Only Provider Inc.: Email hosting. Location: United States. Mail is encrypted at rest. Does not use your data to train its own AI models.',
    );
    const withAi = md(variant('full.yaml', (p) => (p.subprocessors![1]!.trains_on_data = false)));
    expect(withAi).not.toContain('Does not use your data to train');
    expect(withAi).toContain('Mailer Inc. and Brainy AI Corp do not use your data to train their own models.');
  });

  it('punctuates list items alike, and keeps names with "and" or commas whole', () => {
    const phrases = md(variant('minimal.yaml', (p) => (p.security = { measures: ['encryption at rest', 'access controls'] })));
    expect(phrases).toContain('- Encryption at rest\n- Access controls\n');
    const mixed = md(variant('minimal.yaml', (p) => (p.security = { measures: ['encryption at rest', 'Staff are trained every year.'] })));
    expect(mixed).toContain('- Encryption at rest.\n- Staff are trained every year.\n');
    const names = md(
      variant('minimal.yaml', (p) => {
        p.data_categories.push({ id: 'chat', name: 'Chat and notes' }, { id: 'wallet', name: 'Wallet and payments' });
        p.purposes[0]!.data_categories = ['account', 'chat', 'wallet'];
      }),
    );
    expect(names).toContain('Data used: account information, chat and notes, and wallet and payments.');
  });

  it('says where third-party data comes from in words that fit its source', () => {
    const out = md(
      variant('minimal.yaml', (p) => {
        p.data_categories.push(
          { id: 'seen', name: 'Visits', source: 'automatic', source_detail: 'our analytics tool' },
          { id: 'refs', name: 'Referrals', source: 'third_party', source_detail: 'our clients' },
        );
      }),
    );
    expect(out).toContain('- **Visits**: Collected through our analytics tool.');
    expect(out).toContain('- **Referrals**: Received from our clients.');
  });
});

describe('statements the file does not make', () => {
  it('ends a cookie purpose the company wrote as a sentence with one full stop', () => {
    const cookies = section(
      md(
        variant('us-only.yaml', (p) => {
          p.cookies = { used: ['analytics'], purposes: ['count visits without storing personal data.'] };
        }),
      ),
      'Cookies and similar technologies',
    );
    expect(cookies).toContain('We use them to count visits without storing personal data.');
    expect(cookies).not.toContain('..');
  });

  it('says a representative is appointed without naming one the file does not name', () => {
    const about = section(
      md(
        variant('us-only.yaml', (p) => {
          p.jurisdictions = ['ccpa', 'gdpr'];
          p.controller.representatives = [{ jurisdiction: 'gdpr', email: 'eu@acme.com' }];
        }),
      ),
      'Who we are',
    );
    expect(about).toContain(
      'We have appointed a representative in the European Union under Art. 27 GDPR, whom you can contact at [eu@acme.com](mailto:eu@acme.com).',
    );
  });

  it('names every kind of recipient in the key points, and never one of two periods the same data is kept for', () => {
    const points = section(
      md(
        variant('us-only.yaml', (p) => {
          p.recipient_categories = [{ name: 'Payment processors', purpose: 'Taking payments' }];
          p.disclosures = [{ kind: 'affiliates', recipients: ['Hiberly Ltd'] }];
          p.retention = [
            { data_categories: [p.data_categories[0]!.id], period: 'account_lifetime' },
            { data_categories: [p.data_categories[0]!.id], period: 'indefinite' },
          ];
        }),
      ),
      'Key points',
    );
    expect(points).toMatch(/Who receives it\]\([^)]*\): .*payment processors.*Hiberly Ltd|Who receives it\]\([^)]*\): .*other recipients/);
    expect(points).not.toContain('How long we keep it');
  });

  it('promises to announce only what the file promises: material changes or every change, will or may', () => {
    const changes = (given: NonNullable<Policy['changes']>) =>
      section(
        md(
          variant('us-only.yaml', (p) => {
            p.changes = given;
          }),
        ),
        'Changes to this policy',
      );
    expect(changes({ channels: ['website'] })).toContain('If we make a material change, we will tell you by posting a notice on our website.');
    expect(changes({ channels: ['website'], notify: 'may' })).toContain('If we make a material change, we may tell you by posting a notice on our website.');
    expect(changes({ channels: ['website'], scope: 'all' })).toContain('If we change this policy, we will tell you by posting a notice on our website.');
  });

  it('says it does not knowingly collect from children, invites reports and closes accounts only where the file says so', () => {
    const children = (given: NonNullable<Policy['children']>) =>
      section(
        md(
          variant('us-only.yaml', (p) => {
            p.children = given;
          }),
        ),
        "Children's privacy",
      );
    const bare = children({ min_age: 18, directed_to_children: false, delete_on_discovery: true });
    expect(bare).toContain('Our services are not directed to children under 18.');
    expect(bare).not.toMatch(/knowingly|please contact us|close/);
    const stated = children({
      min_age: 18,
      directed_to_children: false,
      knowingly_collects: false,
      contact: 'kids@acme.com',
      close_account_on_discovery: true,
    });
    expect(stated).toContain('and we do not knowingly collect personal information from anyone under 18.');
    expect(stated).toContain(
      'If you believe that a child under 18 has given us personal information, please contact us at [kids@acme.com](mailto:kids@acme.com).',
    );
    expect(stated).toContain('If we learn or have reason to suspect that a user is under 18, we will close their account.');
  });

  it("states a disclosure in the company's own words alone when it gives them, the built-in sentence only when it does not", () => {
    const sharing = (description?: string) =>
      section(
        md(
          variant('us-only.yaml', (p) => {
            p.disclosures = [{ kind: 'protect_rights', ...(description ? { description } : {}) }];
          }),
        ),
        'How we share your personal information',
      );
    const own = sharing('We may provide your information to a third party to protect the security of our service.');
    expect(own).toContain('**Protecting rights and safety.** We may provide your information to a third party to protect the security of our service.');
    // The built-in sentence would widen the company's words to "rights, property or safety".
    expect(own).not.toMatch(/rights, property or safety/);
    expect(sharing()).toMatch(
      /\*\*Protecting rights and safety\.\*\* We may disclose personal information where this is necessary to protect the rights, property or safety of /,
    );
  });

  it('calls independent controllers neither service providers nor companies that run the service', () => {
    const out = md(
      variant('us-only.yaml', (p) => {
        p.subprocessors!.push({ name: 'Ad Network Inc.', purpose: 'Advertising', location: 'US', role: 'controller' });
        p.sale_and_sharing = { sells: true };
      }),
    );
    expect(out).toContain('### Service providers and other companies\n\nWe share personal information with the following companies.');
    expect(out).not.toContain('We use the following service providers');
    expect(md(variant('us-only.yaml', () => {}))).toContain('### Service providers\n\nWe use the following service providers to run');
  });

  it('names kinds of recipient in the key points when no provider is named, and says so when the company sells', () => {
    const points = section(
      md(
        variant('us-only.yaml', (p) => {
          delete p.subprocessors;
          p.recipient_categories = [{ name: 'Payment processors', purpose: 'Taking payments' }];
          p.sale_and_sharing = { sells: true };
        }),
      ),
      'Key points',
    );
    expect(points).toContain('payment processors. We sell it, as the CCPA defines a sale.');
    expect(points).not.toContain('we do not sell');
  });

  it('sends a denied appeal to an authority only where the file says people can take it there', () => {
    const appeal = (regions?: [string, ...string[]]) =>
      md(
        variant('us-only.yaml', (p) => {
          p.rights!.appeal = { how: 'by replying to our answer', authority: { name: 'the state attorney general', ...(regions ? { regions } : {}) } };
        }),
      );
    expect(appeal(['Virginia', 'Colorado'])).toContain(
      'If we deny your appeal and you live in Virginia or Colorado, you can complain to the state attorney general.',
    );
    expect(appeal()).toContain('If we deny your appeal, you can complain to the state attorney general.');
  });

  it('says the legal bases list the purposes for which it relies on each only when every purpose states its basis', () => {
    const withBases = (bases: Array<'contract' | undefined>) =>
      md(
        variant('minimal.yaml', (p) => {
          p.jurisdictions = ['gdpr'];
          p.purposes = bases.map((basis, i) => ({
            id: `p${i}`,
            name: `Purpose ${i}`,
            data_categories: ['account'],
            ...(basis ? { lawful_basis: basis } : {}),
          })) as typeof p.purposes;
        }),
      );
    expect(withBases(['contract', 'contract'])).toContain('These are the bases we rely on, and the purposes for which we rely on each.');
    const partial = withBases(['contract', undefined]);
    expect(partial).toContain('These are the bases we rely on for the purposes listed under each.');
    expect(partial).not.toContain('the purposes for which we rely on each');
  });

  it("explains a right in the words of the law it is listed under: the CCPA's portable copy has none of the GDPR's conditions", () => {
    const out = md(variant('us-only.yaml', (p) => (p.rights!.ccpa!.rights = ['know', 'delete', 'portability'])));
    expect(out).toContain('**Right to data portability (§ 1798.130).** You can receive the specific pieces of personal information we disclose to you');
    expect(out).not.toContain('on the basis of your consent or a contract');
  });

  it("describes a right no declared law grants, promised to everyone, by the company's own instructions alone", () => {
    const out = md(
      variant('us-only.yaml', (p) => {
        p.rights!.everyone = ['opt_out_marketing', 'non_discrimination'];
        p.rights!.instructions = { opt_out_marketing: 'Use the unsubscribe link in any of our emails.' };
      }),
    );
    expect(out).toContain('**Right to opt out of marketing.** Use the unsubscribe link in any of our emails.');
    // Granted by the CCPA, declared here: the law's own explanation stays.
    expect(out).toContain('**Right to non-discrimination.** You can exercise these rights without being treated differently');
    const gdprOnly = md(
      variant('minimal.yaml', (p) => {
        p.rights = { everyone: ['non_discrimination'], instructions: { non_discrimination: 'Some features may need data you can delete.' } };
      }),
    );
    expect(gdprOnly).toContain('**Right to non-discrimination.** Some features may need data you can delete.');
    expect(gdprOnly).not.toContain('without being treated differently');
  });

  it('says what the policy explains only for the sections it has: no rights without a rights section', () => {
    expect(md(variant('minimal.yaml', () => {}))).not.toContain('and the rights you have over it');
    expect(md(variant('minimal.yaml', (p) => (p.rights = { everyone: ['access'] })))).toContain(', and the rights you have over it.');
  });

  it('puts sharing for advertising beside "we do not sell it" in the key points, and says rights depend on where you live', () => {
    const out = md(
      variant('us-only.yaml', (p) => {
        p.sale_and_sharing = { sells: false, shares_for_advertising: true };
      }),
    );
    const points = section(out, 'Key points');
    expect(points).toMatch(
      /We do not sell it\. We share it for cross-context behavioral advertising\.|we do not sell it, but we share it for cross-context behavioral advertising\./,
    );
    // The rights named first are often everyone's: the point says only that some depend on place (the Pocket review).
    expect(section(md(variant('full.yaml', () => {})), 'Key points')).toMatch(/among them the right .*; some depend on where you live\./);
    // A German company's GDPR rights hold wherever the person lives (Art. 3(1)): nothing depends on place.
    const german = md(
      variant('minimal.yaml', (p) => {
        p.controller.country = 'DE';
        p.jurisdictions = ['gdpr'];
        p.rights = { gdpr: { rights: ['access', 'erasure'] } };
      }),
    );
    expect(german).toContain('protects the personal data we hold about you wherever you live');
    expect(section(german, 'Key points')).toContain('among them the right of access');
    expect(german).not.toContain('depend on where you live');
  });

  it('names in the key points a retention period whole, never one whose start, products or exceptions it would drop', () => {
    const out = md(
      variant('full.yaml', (p) => {
        p.retention = [
          { data_categories: [p.data_categories[0]!.id], period: 'P30D', exceptions: [{ when: 'the law requires it', period: 'P1Y' }] },
          { data_categories: [p.data_categories[1]!.id], period: 'P30D', start: 'after you close your account' },
        ];
      }),
    );
    // The fixture's other categories have no period, and the point says so rather than read as the whole.
    expect(section(out, 'Key points')).toMatch(
      /for 30 days after you close your account; one other period is set out below; no period is set out for \w+ other kinds of personal data\./,
    );
  });
});

describe('buildPolicy', () => {
  it('gives the three formats from one Markdown source', () => {
    const out = buildPolicy(loadFixture('minimal.yaml'));
    expect(out.md.startsWith('# Privacy Policy\n')).toBe(true);
    expect(out.html).toMatch(/^<!DOCTYPE html>/i);
    // The browser tab says whose policy it is.
    expect(out.html).toContain('<title>Privacy Policy \u2013 Minimal Co</title>');
    expect(out.txt).toContain('Privacy Policy\n==============');
  });
});

describe('products, audiences, commitments and government requests', () => {
  const policy = loadFixture('full.yaml');
  const out = md(policy);

  it('places the new sections after “Who we are” and among the transfers', () => {
    const all = headings(out);
    expect(all.slice(all.indexOf('Who we are'), all.indexOf('Who we are') + 3)).toEqual(['Who we are', 'What this policy covers', 'Our commitments']);
    expect(all.indexOf('Requests from governments and law enforcement')).toBe(all.indexOf('Where we store and transfer your personal data') + 1);
  });

  it('lists the products and whose data the policy covers, and excludes data processed for customers', () => {
    const scope = section(out, 'What this policy covers');
    expect(scope).toContain('This policy covers these products:\n\n- [Workspace for phones](https://full.example/app), our mobile app\n- Workspace Web\n');
    expect(scope).toContain(
      'It covers the personal data of:\n\n- **Customers**: the people who buy a subscription\n- **Our customers’ authorised users** (Workspace Web)\n- **Beta testers**\n',
    );
    expect(scope).toContain('It does not cover the personal data of our own staff.');
    const withPolicy = section(md(variant('full.yaml', (p) => (p.products![0]!.policy_url = 'https://full.example/app/privacy'))), 'What this policy covers');
    expect(withPolicy).toContain(
      '- [Workspace for phones](https://full.example/app), our mobile app; its own privacy policy, at [https://full.example/app/privacy](https://full.example/app/privacy), says more about it\n- Workspace Web\n',
    );
    expect(scope).toContain(
      'We process the files our business customers store in their workspaces on behalf of our customers, as their processor and service provider: the customer decides how that data is used. This policy does not cover that data; our data processing agreement with the customer does: [https://full.example/dpa](https://full.example/dpa). If your personal data is part of it, please send requests about it to the customer concerned; we help our customers answer them.',
    );
  });

  it('states each commitment, with its exception, its products and the canary’s date', () => {
    expect(section(out, 'Our commitments')).toBe(
      [
        '## Our commitments',
        '',
        '- We never sell your personal data.',
        '- Our staff do not access the content of your account, except when you ask us to for support. This commitment covers Workspace Web.',
        '- As of 1 March 2026, we have never received a national security letter, an order under the Foreign Intelligence Surveillance Act, or any other secret government request for user data that we are forbidden to disclose.',
        '- We never show ads in the app.',
        '',
      ].join('\n'),
    );
    const own = md(variant('full.yaml', (p) => void (p.commitments = [{ kind: 'no_sale', statement: 'Your data is not for sale.', except: 'in a merger' }])));
    expect(section(own, 'Our commitments')).toContain('- Your data is not for sale. Exceptions: in a merger.');
  });

  it('says how government requests are answered, each exception to notice named', () => {
    const requests = section(out, 'Requests from governments and law enforcement');
    expect(requests).toContain(
      'We disclose personal data to a government authority or to law enforcement only when valid legal process, such as a subpoena, a court order or a search warrant, requires us to, or in an emergency as described below.',
    );
    expect(requests).toContain(
      'We tell you about a request for your personal data before we disclose it, unless the law or a court order forbids it, there is an emergency involving danger of death or serious physical injury or telling you would be counterproductive, such as when your account has been compromised.',
    );
    expect(requests).toContain('we keep a copy for up to 90 days.');
    expect(requests).toContain(
      'We publish a transparency report on the requests we receive: [https://full.example/transparency](https://full.example/transparency).',
    );
    const silent = md(variant('full.yaml', (p) => void (p.government_requests = { notify_users: false })));
    expect(section(silent, 'Requests from governments and law enforcement')).toBe(
      '## Requests from governments and law enforcement\n\nWe do not tell you when an authority asks for your personal data.\n',
    );
  });

  it('lists the providers of each product under its name, those of every product first', () => {
    const sharing = section(out, 'How we share your personal data');
    expect(sharing.indexOf('#### All products')).toBeGreaterThan(0);
    expect(sharing.indexOf('#### Workspace Web\n\n- Adnet SA (independent controller): Measuring our ads.')).toBeGreaterThan(
      sharing.indexOf('| Brainy AI Corp |'),
    );
    const unscoped = md(variant('full.yaml', (p) => p.subprocessors?.forEach((s) => delete s.products)));
    expect(unscoped).not.toContain('#### ');
  });

  it('marks data, uses, retention periods and cookies that apply to some products only', () => {
    expect(out).toContain('Giving us this information is optional. Collected only in Workspace Web.');
    expect(out).toContain('Without an account we cannot give you a workspace. Only in Workspace for phones and Workspace Web.');
    expect(section(out, 'How long we keep your personal data')).toContain('| Aggregate statistics (other products) | Indefinitely | *not stated* |');
    expect(section(out, 'Cookies and similar technologies')).toContain(
      'Only Workspace Web uses cookies and similar technologies; our other products do not. What follows applies to it.',
    );
  });

  it('says nothing of products, audiences, commitments or requests a file does not declare', () => {
    const none = md(
      variant('full.yaml', (p) => {
        delete p.products;
        delete p.audiences;
        delete p.commitments;
        delete p.government_requests;
      }),
    );
    expect(headings(none)).not.toContain('What this policy covers');
    expect(headings(none)).not.toContain('Our commitments');
    expect(headings(none)).not.toContain('Requests from governments and law enforcement');
    expect(none).not.toMatch(/Collected only in|Only in Workspace|other products|#### /);
  });
});
