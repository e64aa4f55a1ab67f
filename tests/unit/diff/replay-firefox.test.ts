import { describe, expect, it } from 'vitest';
import { diffModels } from '../../../src/diff/diff.js';
import { buildNotice } from '../../../src/diff/notice/notice.js';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { gist } from '../../../src/diff/notice/gists.js';
import { at } from './cases/types.js';
import { diffAfter, full } from './support.js';

/**
 * Defects found by reading the notices of the Firefox Privacy Notice replay
 * (tests/replay/firefox.test.ts) as the company's lawyer would, each fixed in general.
 */
describe('notices read as a lawyer would: the Firefox replay', () => {
  it('a kind of recipient renamed that gets the same data for the same purpose is reworded, not dropped and added', () => {
    const changes = diffAfter((p) => (at(p.recipient_categories, 0).name = 'Payment processors, under their own terms'));
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'text.changed',
        level: 'editorial',
        path: 'recipient_categories[0].name',
        summary: 'We reworded the name of the recipients “Payment processors”.',
      }),
    ]);
  });

  it('a kind of recipient renamed that gets other data is still one gone and another added', () => {
    const changes = diffAfter((p) => {
      at(p.recipient_categories, 0).name = 'Fraud checkers';
      at(p.recipient_categories, 0).data_categories = ['account', 'usage'];
    });
    expect(changes.map((c) => c.kind)).toEqual(['recipient_category.added', 'recipient_category.removed']);
  });

  it('a provider that takes over the job of another, with the same data, is one line naming both', () => {
    const changes = diffAfter(
      (p) => (p.subprocessors = [at(p.subprocessors, 0), { name: 'SendGrid', purpose: 'Email delivery.', location: 'US', data_categories: ['account'] }]),
    );
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'subprocessor.added',
        level: 'material',
        path: 'subprocessors[1]',
        summary: 'We now share your account information with SendGrid (United States) instead of Postmark. What it does for us: “Email delivery.”',
        details: ['Postmark no longer receives your data.'],
      }),
    ]);
  });

  it('a provider added for another job, or with other data, is no replacement', () => {
    const changes = diffAfter(
      (p) =>
        (p.subprocessors = [at(p.subprocessors, 0), { name: 'SendGrid', purpose: 'Email delivery', location: 'US', data_categories: ['account', 'usage'] }]),
    );
    expect(changes.map((c) => c.kind)).toEqual(['subprocessor.added', 'subprocessor.removed']);
  });

  it('the same words replaced by the same new words in several places are one line, the places under it', () => {
    const base = full();
    at(base.data_categories, 1).condition = 'when you create an account';
    const changes = diffAfter((p) => {
      at(p.data_categories, 0).condition = 'when you turn on sync';
      at(p.data_categories, 1).condition = 'when you turn on sync';
    }, base);
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'practice.reworded',
        level: 'minor',
        summary: 'In each of these places the policy now reads “when you turn on sync”:',
        details: ['when we collect “Account information”', 'when we collect “Field notes”'],
        paths: ['data_categories[0].condition', 'data_categories[1].condition'],
      }),
    ]);
  });

  it('one place reworded keeps its own line', () => {
    const changes = diffAfter((p) => (at(p.data_categories, 0).condition = 'when you turn on sync'));
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'practice.reworded',
        summary: 'We changed when we collect “Account information”; it now reads “when you turn on sync”.',
      }),
    ]);
  });

  it('a category of data that only a new purpose uses is said under that purpose', () => {
    const changes = diffAfter((p) => {
      p.data_categories.push({ id: 'location', name: 'Location data', source: 'automatic' });
      p.purposes.push({ id: 'nearby', name: 'Show notes taken near you', lawful_basis: 'consent', data_categories: ['location', 'notes'] });
    });
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'purpose.added',
        level: 'material',
        summary: 'We now use your location data and field notes for a new purpose: “Show notes taken near you”, based on your consent.',
        details: ['We now collect a new category of data, “Location data”.'],
      }),
    ]);
  });

  it('a new category that an existing purpose takes up too keeps its own line', () => {
    const changes = diffAfter((p) => {
      p.data_categories.push({ id: 'location', name: 'Location', source: 'automatic' });
      p.purposes.push({ id: 'nearby', name: 'Show notes taken near you', lawful_basis: 'consent', data_categories: ['location'] });
      at(p.purposes, 0).data_categories = ['account', 'notes', 'location'];
    });
    expect(changes.map((c) => c.kind).sort()).toEqual(['data_category.added', 'purpose.added', 'purpose.data_added']);
  });

  it('a category gone with the only purpose that used it is said under that purpose', () => {
    const changes = diffAfter((p) => {
      p.data_categories = p.data_categories.filter((c) => c.id !== 'usage') as typeof p.data_categories;
      for (const r of p.retention ?? []) r.data_categories = r.data_categories.filter((c) => c !== 'usage');
      for (const s of p.subprocessors ?? []) if (s.data_categories) s.data_categories = s.data_categories.filter((c) => c !== 'usage');
      p.purposes = p.purposes.filter((x) => !x.data_categories?.includes('usage')) as typeof p.purposes;
    });
    const removed = changes.find((c) => c.kind === 'purpose.removed');
    expect(removed?.details).toContain('We no longer collect “Usage data”.');
    expect(changes.map((c) => c.kind)).not.toContain('data_category.removed');
  });

  it('a provider that stops receiving data from a product because that product stops collecting it is said under the data', () => {
    const changes = diffAfter((p) => {
      at(p.data_categories, 0).products = ['web'];
      at(p.subprocessors, 1).products = ['web'];
    });
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'product_scope.narrowed',
        level: 'minor',
        summary: 'We no longer collect “Account information” in “Fieldnote for iPhone”.',
        details: ['Postmark no longer receives your data from “Fieldnote for iPhone”.'],
        paths: ['data_categories[0].products', 'subprocessors[1].products'],
      }),
    ]);
  });

  it('a provider that also receives data the product still collects keeps its own line', () => {
    const changes = diffAfter((p) => {
      at(p.data_categories, 0).products = ['web'];
      at(p.subprocessors, 0).products = ['web'];
    });
    expect(changes.map((c) => c.path)).toEqual(['data_categories[0].products', 'subprocessors[0].products']);
  });

  it('names of data that are no noun phrase after "your" are quoted after "your data"', () => {
    const changes = diffAfter((p) => {
      p.data_categories.push({ id: 'typed', name: 'What you type into the search bar', source: 'provided' });
      p.data_categories.push({ id: 'visited', name: 'Sites you visit', source: 'automatic' });
      p.purposes.push({ id: 'suggest', name: 'Suggest sites', lawful_basis: 'consent', data_categories: ['typed', 'visited', 'usage'] });
    });
    expect(changes[0]?.summary).toBe(
      'We now use your data (“What you type into the search bar”, “Sites you visit” and usage data) for a new purpose: “Suggest sites”, based on your consent.',
    );
  });

  it('the summary of a category that includes more says so in plain words', () => {
    expect(gist('data_category.changed', 1)).toBe('A kind of data we collect now includes more.');
    expect(gist('data_category.narrowed', 2)).toBe('2 kinds of data we collect now include less.');
  });

  it("a notice's subject names the policy by its title when the title names the company or the service", () => {
    const notice = (edit: (p: Policy) => void): string => {
      const before = full();
      edit(before);
      const after = structuredClone(before);
      after.effective_date = '2026-07-01';
      at(after.subprocessors, 1).purpose = 'Transactional email';
      const model = normalize(after);
      return buildNotice(normalize(before), model, diffModels(normalize(before), model).changes, '2026-05-01').subject;
    };
    expect(notice((p) => (p.policy = { ...p.policy, title: 'Fieldnote Privacy Notice' }))).toBe(
      'Changes to the Fieldnote Privacy Notice, effective 1 July 2026',
    );
    expect(notice(() => undefined)).toBe('Changes to the Fieldnote privacy policy, effective 1 July 2026');
  });
});
