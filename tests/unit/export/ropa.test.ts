import { describe, expect, it } from 'vitest';
import { exportRopa, ropaTable } from '../../../src/export/ropa.js';
import { APP, modelFrom, parseCsv } from './support.js';

describe('ropa: the record of processing activities (GDPR Art. 30(1))', () => {
  const table = ropaTable(modelFrom(APP));
  const row = (activity: string): Record<string, string> => {
    const found = table.rows.find((r) => r[0] === activity);
    if (!found) throw new Error(`no row ${activity}`);
    return Object.fromEntries(table.columns.map((column, i) => [column.replace(/ \(Art\..*$/, ''), found[i] as string]));
  };

  it('has a column for each point of Art. 30(1)(a)–(g) and a row per purpose', () => {
    for (const point of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) expect(table.columns.some((c) => c.includes(`Art. 30(1)(${point})`))).toBe(true);
    expect(table.rows.map((r) => r[0])).toEqual(['Provide the app', 'Show advertising', 'Consider job applications']);
  });

  it('fills each row from the file: data, recipients, transfers with their safeguard, retention, measures', () => {
    expect(row('Show advertising')).toMatchObject({
      Controller: 'Example Apps Ltd, privacy@example.com',
      'Data protection officer': 'Dana Officer, dpo@example.com',
      'Lawful basis': 'Consent (Art. 6(1)(a) GDPR)',
      'Categories of personal data': 'Usage data',
      Recipients: 'Example Cloud GmbH; =HYPERLINK("https://evil.example")',
      'Transfers to third countries and safeguards': '=HYPERLINK("https://evil.example"): United States (Standard Contractual Clauses)',
      'Time limits for erasure': 'Usage data: kept for 13 months',
      'Security measures': 'TLS in transit; encryption at rest',
    });
    expect(row('Consider job applications').Purpose).toBe('Consider job applications Legitimate interest: choosing whom to hire.');
  });

  it('leaves a fact the file does not state empty, rather than guess it', () => {
    expect(row('Provide the app')['Categories of data subjects']).toBe('');
    expect(row('Provide the app').Representative).toBe('');
  });

  it('writes RFC 4180 CSV a spreadsheet cannot run, and escaped Markdown and HTML', () => {
    const records = parseCsv(exportRopa(modelFrom(APP), 'csv'));
    expect(records).toHaveLength(4);
    expect(records[2]![9]).toBe(`'=HYPERLINK("https://evil.example"): United States (Standard Contractual Clauses)`);
    expect(exportRopa(modelFrom(APP), 'md')).toMatch(/^# Record of processing activities: Example Apps Ltd\n/);
    const html = exportRopa(modelFrom(APP), 'html');
    expect(html).toContain('<th scope="row">Show advertising</th>');
    expect(html).not.toMatch(/<script|javascript:/i);
  });
});
