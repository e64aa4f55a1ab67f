import { describe, expect, it } from 'vitest';
import { exportSubprocessors } from '../../../src/export/subprocessors.js';
import { normalize } from '../../../src/model/normalize.js';
import { APP, modelFrom, policyFrom } from './support.js';

describe('subprocessors: the list as a page of its own', () => {
  const model = modelFrom(APP);

  it('lists each provider with what it does, the data, where and the safeguard', () => {
    const md = exportSubprocessors(model, 'md', { date: '2026-05-01', from: 'history' });
    expect(md).toContain('Last changed: May 1, 2026.');
    expect(md).toContain('| Example Cloud GmbH | Hosting | Account information, Photos you upload, Usage data | Germany | — |');
  });

  it('says "as of" the effective date when there is no history to date the last change', () => {
    expect(exportSubprocessors(model, 'md', { date: '2026-04-03', from: 'effective_date' })).toContain('As of April 3, 2026.');
  });

  it('writes the same facts as JSON', () => {
    const json = JSON.parse(exportSubprocessors(model, 'json', { date: '2026-04-03', from: 'effective_date' })) as {
      last_changed: null;
      subprocessors: Array<Record<string, unknown>>;
    };
    expect(json.last_changed).toBeNull();
    expect(json.subprocessors[1]).toEqual({
      name: '=HYPERLINK("https://evil.example")',
      purpose: 'Ad network',
      role: 'controller',
      data_categories: [{ id: 'usage', name: 'Usage data' }],
      locations: ['US'],
      transfer: 'needs_safeguard',
      safeguards: ['scc'],
    });
  });

  it('says which products each provider works for, when some work for some products only', () => {
    const scoped = modelFrom('tests/fixtures/products/v1.yaml');
    const md = exportSubprocessors(scoped, 'md', { date: '2026-04-03', from: 'effective_date' });
    expect(md).toContain('| Provider | Products | What it does | Data | Location | Safeguard |');
    expect(md).toContain('| Hetzner Online GmbH | All products | Hosting |');
    expect(md).toContain('| Mindee SAS | Tally Mobile | Reading receipts |');
    const json = JSON.parse(exportSubprocessors(scoped, 'json', { date: '2026-04-03', from: 'effective_date' })) as {
      subprocessors: Array<Record<string, unknown>>;
    };
    expect(json.subprocessors.map((s) => s.products)).toEqual([undefined, ['app'], ['web']]);
    expect(exportSubprocessors(model, 'md', { date: '2026-04-03', from: 'effective_date' })).not.toContain('Products');
  });

  it('shows hostile values as text in HTML', () => {
    const policy = policyFrom(APP);
    policy.subprocessors![0]!.name = '<img src=x onerror=alert(1)>';
    const html = exportSubprocessors(normalize(policy), 'html', { date: '2026-04-03', from: 'effective_date' });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('says so when there are none', () => {
    const policy = policyFrom(APP);
    delete policy.subprocessors;
    expect(exportSubprocessors(normalize(policy), 'md', { date: '2026-04-03', from: 'effective_date' })).toBe(
      '# Subprocessors of Example Apps Ltd\n\nExample Apps Ltd names no subprocessors.\n\nAs of April 3, 2026.\n',
    );
  });
});
