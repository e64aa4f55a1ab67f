import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportFeed, subprocessorChanges, type PolicyVersion } from '../../../src/export/feed.js';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { APP, policyFrom } from './support.js';

/** A history of the app policy: a provider added, one moved, one removed, each in a version with its own date. */
function history(): PolicyVersion[] {
  const first = policyFrom(APP);
  const versions: Policy[] = [structuredClone(first)];
  const second = structuredClone(first);
  second.effective_date = '2026-05-01';
  second.subprocessors!.push({ name: 'Mailer & Co <Ltd>', purpose: 'Email delivery', location: 'US', transfer_mechanism: 'dpf' });
  versions.push(second);
  const third = structuredClone(second);
  third.effective_date = '2026-06-15';
  third.subprocessors![0]!.location = ['DE', 'FR'];
  third.subprocessors!.splice(1, 1);
  versions.push(third);
  return versions.map((policy, i) => ({ model: normalize(policy), label: `v${i}` }));
}

describe('feed: Atom (RFC 4287) of subprocessor changes', () => {
  it('finds each addition, move and removal, dated by the version that made it', () => {
    expect(subprocessorChanges(history()).map((c) => [c.kind, c.provider.name, c.date])).toEqual([
      ['added', 'Mailer & Co <Ltd>', '2026-05-01'],
      ['moved', 'Example Cloud GmbH', '2026-06-15'],
      ['removed', '=HYPERLINK("https://evil.example")', '2026-06-15'],
    ]);
  });

  it('is well-formed, and a real feed parser reads every entry with its id, title and date', () => {
    const xml = exportFeed(history());
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Subprocessor changes: Example Apps Ltd');
    expect(feed.updated?.toISOString()).toBe('2026-06-15T00:00:00.000Z');
    expect(feed.items.map((item) => [item.id, item.title, item.updated?.toISOString()])).toEqual([
      ['tag:example.com,2026-06-15:subprocessors/moved/example-cloud-gmbh', 'Moved: Example Cloud GmbH', '2026-06-15T00:00:00.000Z'],
      [
        'tag:example.com,2026-06-15:subprocessors/removed/hyperlink-https-evil-example',
        'Removed: =HYPERLINK("https://evil.example")',
        '2026-06-15T00:00:00.000Z',
      ],
      ['tag:example.com,2026-05-01:subprocessors/added/mailer-co-ltd', 'Added: Mailer & Co <Ltd>', '2026-05-01T00:00:00.000Z'],
    ]);
    expect(feed.items[0]?.description).toBe('Example Cloud GmbH (Hosting) now processes data in Germany, France, before in Germany.');
  });

  it('keeps every id when the history grows', () => {
    const grown = history();
    const before = parseFeed(exportFeed(grown)).items.map((i) => i.id);
    const next = structuredClone(grown.at(-1)!.model.source);
    next.effective_date = '2026-09-01';
    next.subprocessors!.push({ name: 'Another Provider', purpose: 'Support', location: 'IE' });
    const after = parseFeed(exportFeed([...grown, { model: normalize(next), label: 'v3' }])).items.map((i) => i.id);
    expect(after.slice(1)).toEqual(before);
    expect(new Set(after).size).toBe(after.length);
  });

  it('has no entries, but is a valid feed, for a history without changes', () => {
    const [only] = history();
    const xml = exportFeed([only!]);
    expect(parseFeed(xml).items).toEqual([]);
    expect(xml).toContain('<id>tag:example.com,2026-04-03:subprocessors</id>');
    expect(xml).toContain('<updated>2026-04-03T00:00:00Z</updated>');
  });
});
