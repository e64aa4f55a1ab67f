import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { formatPath } from '../../../src/diagnostics.js';
import { normalize } from '../../../src/model/normalize.js';
import { checkSource } from '../../../src/validate/index.js';
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

describe('ropa: the categories of data subjects (Art. 30(1)(c))', () => {
  /** The app fixture with the groups it covers and, where given, whom each purpose concerns. */
  const check = (covered: object[], audiences: Record<string, string[]>) => {
    const doc = parseDocument(readFileSync(new URL('../../../tests/fixtures/export/app.yaml', import.meta.url), 'utf8'));
    doc.set('audiences', { covered });
    ['service', 'ads', 'hiring'].forEach((id, index) => {
      if (audiences[id] !== undefined) doc.setIn(['purposes', index, 'audiences'], audiences[id]);
    });
    return checkSource(doc.toString(), 'privacy.yaml');
  };
  const subjects = (covered: object[], audiences: Record<string, string[]>): string[] => {
    const result = check(covered, audiences);
    if (result.policy === undefined) throw new Error(result.diagnostics.map((d) => d.message).join(' '));
    const table = ropaTable(normalize(result.policy));
    const column = table.columns.findIndex((c) => c.startsWith('Categories of data subjects'));
    return table.rows.map((r) => r[column] as string);
  };

  it('lists the groups each purpose names, by kind or by id, under their own or their kind’s name', () => {
    const covered = [{ kind: 'customers' }, { kind: 'applicants' }, { kind: 'other', id: 'testers', name: 'Beta testers' }];
    expect(subjects(covered, { service: ['customers', 'testers'], ads: ['customers'], hiring: ['applicants'] })).toEqual([
      'Customers; Beta testers',
      'Customers',
      'Job applicants',
    ]);
  });

  it('with one covered group, every purpose concerns it; with several and no names, the cell stays empty', () => {
    expect(subjects([{ kind: 'customers' }], {})).toEqual(['Customers', 'Customers', 'Customers']);
    expect(subjects([{ kind: 'customers' }, { kind: 'applicants' }], { hiring: ['applicants'] })).toEqual(['', '', 'Job applicants']);
  });

  it('rejects a group no covered group is, or that two of them are, at the reference (known-audience)', () => {
    const errors = (covered: object[], audiences: Record<string, string[]>) =>
      check(covered, audiences)
        .diagnostics.filter((d) => d.code === 'known-audience')
        .map((d) => `${formatPath(d.path)} ${d.message} ${d.hint ?? ''}`);
    expect(errors([{ kind: 'customers' }], { hiring: ['customer'] })).toEqual([
      "purposes[2].audiences[0] Unknown group 'customer': no group in audiences.covered has this id or kind. Did you mean 'customers'?",
    ]);
    expect(
      errors(
        [
          { kind: 'other', name: 'Testers' },
          { kind: 'other', name: 'Partners' },
        ],
        { service: ['other'] },
      ),
    ).toEqual(["purposes[0].audiences[0] 'other' names 2 groups in audiences.covered. Give each of them an id (id: forum) and refer to it by that id."]);
    expect(
      errors(
        [
          { kind: 'customers', id: 'a' },
          { kind: 'applicants', id: 'a' },
        ],
        {},
      ),
    ).toHaveLength(1);
  });
});

describe('ropa: the controller of each activity when the policy names other controllers (Art. 30(1)(a))', () => {
  const table = ropaTable(modelFrom('tests/fixtures/export/controllers.yaml'));
  const cell = (activity: string, column: string): string => {
    const row = table.rows.find((r) => r[0] === activity);
    const index = table.columns.findIndex((c) => c.startsWith(column));
    return (row?.[index] as string | undefined) ?? '';
  };

  it('names the main controller and, for whom, the company in Europe', () => {
    expect(cell('Provide the service', 'Controller')).toBe(
      'Acme Inc., privacy@acme.example; For people in the EEA: Acme Europe Ltd., privacy@acme.example.ie, 1 Dock Road, Dublin, Ireland',
    );
  });

  it('does not name the main controller for an activity whose people all have another controller', () => {
    expect(cell('Consider applications', 'Controller')).toBe(
      'For people in the EEA: Acme Europe Ltd., privacy@acme.example.ie, 1 Dock Road, Dublin, Ireland; For Job applicants: the Acme company that would employ you',
    );
  });

  it('says in its introduction that each company keeps its own record', () => {
    expect(exportRopa(modelFrom('tests/fixtures/export/controllers.yaml'), 'md')).toContain('each keeps its own record of the rows it is named in');
    expect(exportRopa(modelFrom(APP), 'md')).not.toContain('other controllers');
  });
});
