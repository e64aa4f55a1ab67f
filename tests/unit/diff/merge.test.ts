import { describe, expect, it } from 'vitest';
import { MERGE_RULES } from '../../../src/diff/merge.js';
import { at } from './cases/types.js';
import { diffAfter, full } from './support.js';

/** The merge pass through the whole diff: one real change, one line, its particulars under it. */
describe('one real change, one line', () => {
  it('an exception added to every retention entry is one line naming the entries', () => {
    const changes = diffAfter((p) => {
      for (const e of p.retention ?? []) e.exceptions = [{ when: 'the law requires us to keep it', period: 'as_required_by_law' }];
    });
    // The legal hold of the first entry went, which is a line of its own.
    expect(changes.map((c) => c.kind)).toEqual(['retention.exception_added', 'retention.exception_removed']);
    expect(changes[0]).toMatchObject({
      level: 'material',
      summary: 'We may now keep some of your data longer when “the law requires us to keep it”: for as long as the law requires. This applies to:',
      details: ['Notes of active accounts', 'Account information and usage data'],
      paths: ['retention[0].exceptions[0]', 'retention[1].exceptions[0]'],
    });
  });

  it('one address used by several contacts is one line naming them', () => {
    const base = full();
    base.controller.email = 'privacy@fieldnote.example';
    const changes = diffAfter((p) => {
      p.controller.email = 'team@fieldnote.example';
      if (p.contact) p.contact.email = 'team@fieldnote.example';
    }, base);
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'contact.changed',
        level: 'minor',
        summary: 'We replaced privacy@fieldnote.example with team@fieldnote.example wherever the policy gives it:',
        details: ['our general contact email', 'the email address for privacy questions'],
      }),
    ]);
  });

  it('a provider in a new country is one line, the country under it', () => {
    const changes = diffAfter((p) => p.subprocessors?.push({ name: 'Sentry', purpose: 'Error reports', location: 'DE' }));
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'subprocessor.added',
        level: 'material',
        summary: 'We now share data with Sentry (Germany). What it does for us: “Error reports”.',
        details: ['Your data may now be processed in Germany.'],
        paths: ['subprocessors[2]', 'subprocessors[2].location'],
      }),
    ]);
  });

  it('rights given together under one law are one line, the rights under it', () => {
    const changes = diffAfter((p) => {
      if (p.rights) p.rights.everyone = ['access', 'erasure', 'portability', 'object'];
    });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: 'right.added',
      summary: 'Everyone now has these rights, wherever they live:',
      details: ['the right to receive your data in a portable format', 'the right to object to how we use your data'],
    });
  });

  it('wording changed with the practice goes under it', () => {
    const changes = diffAfter((p) => {
      if (p.transfers) {
        p.transfers.mechanisms = ['scc'];
        p.transfers.note = 'We rely on Standard Contractual Clauses.';
      }
    });
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'transfer.mechanisms_changed', details: ['We also reworded the note on international transfers.'] }),
    ]);
  });

  it('a place gets one verdict: the most important leads, the others under it', () => {
    const changes = diffAfter((p) => (at(p.data_categories, 0).examples = ['name', 'phone number', 'postal address']));
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'data_category.changed',
        level: 'material',
        summary: 'Account information now also includes phone number and postal address.',
        details: ['Account information no longer includes email address.'],
      }),
    ]);
  });

  it('every rule is documented', () => {
    for (const rule of MERGE_RULES) expect(rule.description.length).toBeGreaterThan(40);
  });
});

describe('a renamed entity used in many places', () => {
  it('a category renamed with a new id everywhere it is used is one rewording, not a category dropped and another added', () => {
    const changes = diffAfter((p) => {
      const rename = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach((item, i) => (item === 'usage' ? (node[i] = 'activity') : rename(item)));
        else if (node !== null && typeof node === 'object') Object.values(node).forEach(rename);
      };
      rename(p);
      at(p.data_categories, 2).id = 'activity';
      at(p.data_categories, 2).name = 'Activity data';
    });
    expect(changes.map((c) => [c.kind, c.path])).toEqual([['text.changed', 'data_categories[2].name']]);
  });

  it('a provider renamed that does the same thing in the same place is the same provider', () => {
    const changes = diffAfter((p) => (at(p.subprocessors, 1).name = 'ActiveCampaign Postmark'));
    expect(changes).toEqual([expect.objectContaining({ kind: 'text.changed', level: 'editorial', summary: 'We reworded the name of “Postmark”.' })]);
  });
});
