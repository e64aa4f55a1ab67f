import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/build.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { variant } from './load-fixture.js';

/**
 * The full fixture with Mailer Inc. (US, CA, on SCCs) naming no location, as Mozilla VPN names
 * none for Mullvad: the policy must not name a country for it, nor say it is inside or outside.
 */
const unlocated = (edit: (p: Policy) => void = () => {}): Policy =>
  variant('full.yaml', (p) => {
    delete p.subprocessors![1]!.location;
    edit(p);
  });

/** Keeps only Mailer Inc.: one provider is written as a list item, not a table. */
const alone = (p: Policy): void => void (p.subprocessors = [p.subprocessors![1]!]);

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

const row = (markdown: string): string => markdown.split('\n').find((line) => line.startsWith('| Mailer Inc.')) ?? '';

describe('a subprocessor whose location is not stated', () => {
  it('says "not stated" in the Location and data cells in every format, never a blank that reads as "none" (the Matrix.org review)', () => {
    const { md, html, txt } = buildPolicy(unlocated());
    // Provider, category, what they do, data, location, safeguard: its own, stated.
    expect(row(md)).toBe(
      '| Mailer Inc. | Email | Newsletter delivery, when you subscribe to the newsletter | *not stated* | *not stated* | Standard Contractual Clauses and UK IDTA / Addendum |',
    );
    expect(html).toContain('<td data-label="Location"><span class="not-stated">not stated</span></td>');
    expect(txt).toContain('Mailer Inc.');
    expect(txt).toMatch(/Location: +not stated/u);
    expect(`${md}${txt}`).not.toContain('Canada');
  });

  it("says a cell is not stated in the page's own language", () => {
    expect(buildPolicy(unlocated(), { language: 'de' }).html).toContain('<td data-label="Standort"><span class="not-stated">nicht angegeben</span></td>');
    expect(buildPolicy(unlocated(), { language: 'fr' }).html).toContain('<td data-label="Localisation"><span class="not-stated">non précisé</span></td>');
    expect(buildPolicy(unlocated(), { language: 'fr' }).html).not.toMatch(/not stated/u);
  });

  it('says "Location: not stated" for a provider listed alone, in en, de and fr', () => {
    expect(buildPolicy(unlocated(alone)).md).toContain('Location: not stated.');
    expect(buildPolicy(unlocated(alone), { language: 'de' }).md).toContain('Standort: nicht angegeben.');
    expect(buildPolicy(unlocated(alone), { language: 'fr' }).md).toMatch(/Localisation\s:\snon précisée\./u);
  });

  it('shows a stated region alone, and claims no safeguard "not needed" without a location', () => {
    const md = buildPolicy(
      unlocated((p) => {
        alone(p);
        p.subprocessors![0]!.region = 'eu-central-1';
        delete p.subprocessors![0]!.transfer_mechanism;
        p.transfers = { storage: 'IE' };
      }),
    ).md;
    expect(md).toContain('Location: eu-central-1.');
    expect(md).not.toContain('Not needed');
  });

  it('lists only stated countries in the transfers sentence, and never counts the provider inside or outside', () => {
    for (const language of ['en', 'de', 'fr'] as const) {
      const md = buildPolicy(unlocated(), { language }).md;
      expect(md).not.toMatch(/Kanada|Canada/);
    }
    const transfers = section(buildPolicy(unlocated()).md, 'Where we store and transfer');
    expect(transfers).not.toContain('All the service providers');
    expect(transfers).not.toContain('Mailer Inc.');
  });
});
