import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { loadFixture, variant } from './load-fixture.js';

const md = (policy: Policy): string => renderMarkdown(normalize(policy));
const HEADING = '### Categories of personal information under California law';

/** The California table's subsection, up to the next `##` section; '' when absent. */
function california(markdown: string): string {
  const start = markdown.indexOf(HEADING);
  if (start === -1) return '';
  const end = markdown.indexOf('\n## ', start);
  return markdown.slice(start, end === -1 ? undefined : end);
}

describe('the CCPA categories of personal information', () => {
  it('are a table of the statutory categories in the statute’s order, each with what the file says of its data', () => {
    const table = california(md(loadFixture('full.yaml')));
    expect(table).toContain(
      'If you are a California resident, the table below sorts the personal data we collect into the categories of personal information listed in Cal. Civ. Code § 1798.140(v).',
    );
    const rows = table.split('\n').filter((line) => line.startsWith('| '));
    expect(rows[0]).toBe('| Category | What we collect | Sources | Purposes | Disclosed to | Sold or shared in the past 12 months | How long we keep it |');
    expect(rows.slice(2).map((row) => row.split(' | ')[0])).toEqual([
      '| Identifiers (§ 1798.140(v)(1)(A))',
      '| Customer records (§ 1798.140(v)(1)(B))',
      '| Internet or other electronic network activity information (§ 1798.140(v)(1)(F))',
      '| Inferences drawn to create a profile about you (§ 1798.140(v)(1)(K))',
      // A category marked sensitive is sensitive personal information: derived, never mapped twice.
      '| Sensitive personal information (§ 1798.140(ae))',
    ]);
    expect(rows[2]).toBe(
      '| Identifiers (§ 1798.140(v)(1)(A)) | Account details, Profile extras and Referral details | From you. From third parties: the colleague who invited you. | Run the workspace and Send our newsletter | Service providers: Payment processors. Contractors: Hostco Ltd. | Not sold. Not shared. | Account details and Profile extras: For as long as your account is open. Referral details: Until you withdraw your consent or the referral programme ends. Invoices: For as long as the law requires. |',
    );
    // Shared for advertising in the past 12 months: the usage records, and only they.
    expect(rows[4]).toContain(
      '| Usage records | Collected automatically through our own server logs. | Keep the workspace secure | Contractors: Hostco Ltd. | Not sold. Shared. |',
    );
    // No purpose says it uses the generated insights: the table says so rather than guess.
    expect(rows[5]).toContain('| Derived by us from other data. | *not stated* | *not stated* | Not sold. Not shared. |');
    expect(table).toContain(
      'The table does not place Keep invoices, Answer official statistics surveys, Mailer Inc., Brainy AI Corp and Adnet SA: this policy does not say which personal data they use or receive.',
    );
  });

  it('names contractors and independent controllers apart from service providers', () => {
    const table = california(
      md(
        variant('full.yaml', (p) => {
          const adnet = p.subprocessors!.find((s) => s.name === 'Adnet SA')!;
          adnet.data_categories = ['usage'];
          adnet.role = 'controller';
        }),
      ),
    );
    expect(table).toContain('| Contractors: Hostco Ltd. Third parties: Adnet SA. |');
  });

  it('says nothing the file does not state: no column for sales or retention without them, "not stated" for a source it does not give', () => {
    const table = california(
      md(
        variant('full.yaml', (p) => {
          delete p.sale_and_sharing!.past_12_months;
          delete p.retention;
          delete p.data_categories.find((c) => c.id === 'usage')!.source;
        }),
      ),
    );
    expect(table).toContain('| Category | What we collect | Sources | Purposes | Disclosed to |\n| --- | --- | --- | --- | --- |\n');
    expect(table).not.toMatch(/past 12 months|How long|Not sold|For as long/);
    expect(table).toContain('| Usage records | *not stated* | Keep the workspace secure |');
  });

  it('is written only when the CCPA is declared and some data category is mapped', () => {
    expect(california(md(variant('full.yaml', (p) => (p.jurisdictions = ['gdpr', 'uk_gdpr']))))).toBe('');
    const unmapped = md(variant('full.yaml', (p) => p.data_categories.forEach((c) => delete c.ccpa_categories)));
    expect(california(unmapped)).toBe('');
    expect(unmapped).not.toMatch(/1798\.140\(v\)|Identifiers \(/);
  });
});

describe('the use of sensitive personal information (Cal. Civ. Code § 1798.121)', () => {
  const sharing = (edit: (p: Policy) => void): string => {
    const out = md(variant('full.yaml', edit));
    const start = out.indexOf('\n## How we share');
    return out.slice(start, out.indexOf('\n## ', start + 1));
  };

  it('says it is used beyond the purposes of § 7027(m) only when the file declares it, pointing to the right to limit when it is listed', () => {
    const wider = sharing((p) => {
      p.sale_and_sharing!.sensitive_limited_use = false;
      p.rights!.ccpa!.rights.push('limit_sensitive');
    });
    expect(wider).toContain(
      'We use sensitive personal data for purposes beyond those listed in Cal. Code Regs. tit. 11, § 7027(m), so if you are a California resident you can ask us to limit its use; see “Your rights” below.',
    );
    const unlisted = sharing((p) => {
      p.sale_and_sharing!.sensitive_limited_use = false;
      p.rights!.ccpa!.rights = p.rights!.ccpa!.rights.filter((r) => r !== 'limit_sensitive');
    });
    expect(unlisted).toContain('We use sensitive personal data for purposes beyond those listed in Cal. Code Regs. tit. 11, § 7027(m).');
    // Not declared: no sentence either way.
    expect(sharing((p) => delete p.sale_and_sharing!.sensitive_limited_use)).not.toContain('7027(m)');
  });
});

describe('financial incentives (Cal. Civ. Code § 1798.125(b))', () => {
  const incentives = (policy: Policy): string => {
    const out = md(policy);
    const start = out.indexOf('### Financial incentives');
    return start === -1 ? '' : out.slice(start, out.indexOf('\n## ', start));
  };

  it('lists each programme with its data, how to join and withdraw, and the value of the data with its method; the law on consent under the CCPA', () => {
    expect(incentives(loadFixture('full.yaml'))).toBe(
      [
        '### Financial incentives',
        '',
        'We offer this financial incentive in exchange for personal data. Under the CCPA, you take part only with your prior consent, which you can withdraw at any time (Cal. Civ. Code § 1798.125(b)(3)).',
        '',
        '- **Referral credit.** You get one free month for each colleague who signs up with your link. It involves your account details and referral details. To join, share your referral link from Settings › Referrals. To withdraw, turn off referrals in Settings. We estimate the value of your personal data in this program at about $10 a month per referred colleague. This is the price of one month of the Team plan, which is what the referral credit gives you. Its terms: [https://full.example/referrals/terms](https://full.example/referrals/terms).',
        '',
      ].join('\n'),
    );
  });

  it('says only what the file declares: no value, no way to join, no law without the CCPA, nothing without a programme', () => {
    const bare = incentives(
      variant('full.yaml', (p) => {
        p.jurisdictions = ['gdpr', 'uk_gdpr'];
        p.rights!.financial_incentives = [{ name: 'Referral credit', summary: 'You get one free month for each colleague who signs up.' }];
      }),
    );
    expect(bare).toContain(
      'We offer this financial incentive in exchange for personal data.\n\n- **Referral credit.** You get one free month for each colleague who signs up.\n',
    );
    expect(bare).not.toMatch(/CCPA|To join|To withdraw|estimate|involves|terms/);
    expect(md(variant('full.yaml', (p) => delete p.rights!.financial_incentives))).not.toMatch(/financial incentive|1798\.125\(b\)/i);
  });
});
