import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyc } from '../support/cli.js';

/**
 * products, audiences, commitments and government_requests end to end: a two-product company's
 * policy built in every format, a year of its history diffed into a notice, and the mistakes
 * validate catches in them.
 */
const fixtures = fileURLToPath(new URL('../fixtures/products/', import.meta.url));
const v1 = join(fixtures, 'v1.yaml');
const v2 = join(fixtures, 'v2.yaml');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'policyc-products-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('build', () => {
  it('writes the new sections in Markdown, HTML and text', () => {
    const run = policyc(['build', v1, '-o', tmp, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    const md = readFileSync(join(tmp, 'v1.md'), 'utf8');
    const html = readFileSync(join(tmp, 'v1.html'), 'utf8');
    const txt = readFileSync(join(tmp, 'v1.txt'), 'utf8');
    for (const heading of ['What this policy covers', 'Our commitments', 'Requests from governments and law enforcement']) {
      expect(md).toContain(`## ${heading}\n`);
      expect(html).toContain(`>${heading}</a></h2>`);
      expect(txt).toContain(`${heading}\n${'-'.repeat(heading.length)}\n`);
    }
    expect(md).toContain('#### Tally Mobile\n\n- Mindee SAS: Reading receipts.');
    expect(md).toContain('| Sign-up IP addresses (Tally Mobile) | For as long as your account is open |');
    expect(md).toContain('| Sign-up IP addresses (other products) | Indefinitely |');
    expect(html).toContain('we have never received a national security letter');
    expect(txt).toContain('As of April 1, 2026, we have never received a national security letter');
  });
});

describe('diff', () => {
  it('classifies a removed canary, a hedged promise, an audience dropped and notice withdrawn as material', () => {
    const run = policyc(['diff', v1, v2, '--format=json']);
    expect(run.code, run.stderr).toBe(0);
    const changes = (JSON.parse(run.stdout) as { changes: Array<{ kind: string; level: string; path: string; summary: string }> }).changes;
    const brief = changes.map((c) => `${c.level} ${c.kind} ${c.path}`);
    expect(brief).toEqual(
      expect.arrayContaining([
        'material scope.narrowed audiences.covered[2]',
        'material commitment.reworded commitments[1].statement',
        'material commitment.removed commitments[3]',
        'material government_requests.weakened government_requests.notify_users',
        'material product_scope.widened subprocessors[2].products',
      ]),
    );
    expect(changes.find((c) => c.kind === 'commitment.removed')?.summary).toBe(
      'We withdrew our commitment that we have never received a secret government request for user data (our warrant canary).',
    );
    expect(changes.find((c) => c.kind === 'product_scope.widened')?.summary).toBe(
      'Postmark (ActiveCampaign, LLC) now also receives your data from “Tally Mobile”.',
    );
    expect(changes.map((c) => c.kind)).not.toContain('other.changed');
  });

  it('summarises each kind in the notice, and --fail-on material fails', () => {
    const md = policyc(['diff', v1, v2, '--format=md', '--notice-date=2027-03-01']);
    expect(md.code).toBe(0);
    for (const gist of [
      'We withdrew a commitment we made to you.',
      'We reworded a commitment we made to you.',
      'You are less protected against requests from authorities.',
      'A practice now applies to more of our products.',
    ]) {
      expect(md.stdout).toContain(gist);
    }
    expect(md.stdout).toContain('Our commitments');
    expect(md.stdout).toContain('Requests from governments and law enforcement');
    expect(policyc(['diff', v1, v2, '--fail-on=material', '--notice-date=2027-03-01']).code).toBe(1);
  });
});

describe('validate', () => {
  it('points at an unknown product id with a did-you-mean, and at a commitment the file contradicts', () => {
    const file = join(tmp, 'privacy.yaml');
    const text = readFileSync(v1, 'utf8')
      .replace('    products: [app]\n  - id: signup_ip', '    products: [apps]\n  - id: signup_ip')
      .replace('sale_and_sharing:\n  sells: false', 'sale_and_sharing:\n  sells: true');
    writeFileSync(file, text);
    const run = policyc(['validate', file, '--format=json']);
    expect(run.code).toBe(1);
    const problems = (JSON.parse(run.stdout) as { diagnostics: Array<{ code: string; line: number; column: number; message: string; hint?: string }> })
      .diagnostics;
    const unknown = problems.find((p) => p.code === 'known-product');
    expect(unknown).toMatchObject({ message: "Unknown product 'apps': no entry in products has this id.", hint: "Did you mean 'app'?" });
    expect(text.split('\n')[(unknown?.line ?? 0) - 1]?.slice((unknown?.column ?? 0) - 1)).toBe('apps]');
    expect(problems.find((p) => p.code === 'commitment-contradicted')?.message).toBe(
      "The commitment 'no_sale' is contradicted by sale_and_sharing.sells: it says personal data is sold.",
    );
    expect(policyc(['build', file, '-o', join(tmp, 'nothing')]).code).toBe(1);
  });
});
