import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyc } from '../support/cli.js';

/**
 * controller.other_controllers end to end: a group with a European company and applicants'
 * employers, built in every format with --explain, its mistakes validated, a change of
 * controller diffed into a notice, and exported.
 */
const file = fileURLToPath(new URL('../fixtures/export/controllers.yaml', import.meta.url));
const source = readFileSync(file, 'utf8');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'policyc-controllers-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const written = (name: string, text: string): string => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

describe('build', () => {
  it('names each controller and for whom in Markdown, HTML and text, and explains those sentences', () => {
    const run = policyc(['build', file, '-o', tmp, '--quiet', '--explain']);
    expect(run.code, run.stderr).toBe(0);
    const md = readFileSync(join(tmp, 'controllers.md'), 'utf8');
    const html = readFileSync(join(tmp, 'controllers.html'), 'utf8');
    const txt = readFileSync(join(tmp, 'controllers.txt'), 'utf8');
    expect(md).not.toContain('As the controller of the personal data described in this policy');
    expect(md).toContain('- For job applicants, the controller is the Acme company that would employ you.');
    expect(html).toContain('For people who live in the European Economic Area, the controller is Acme Europe Ltd.');
    expect(txt.replace(/\s+/gu, ' ')).toContain('For job applicants, the controller is the Acme company that would employ you.');
    const explain = JSON.parse(readFileSync(join(tmp, 'controllers.explain.json'), 'utf8')) as {
      sentences: Array<{ text: string; sources: Array<{ kind: string; path?: string }> }>;
    };
    const applicants = explain.sentences.find((s) => s.text.startsWith('For job applicants'));
    expect(applicants?.sources.map((s) => s.path)).toContain('controller.other_controllers[1].description');
  });
});

describe('validate', () => {
  it('rejects an entry that says not for whom, and a region it cannot name, with a did-you-mean', () => {
    const broken = source.replace('      regions: [EEA]\n', '      regions: [EEA, UK]\n').replace('      audiences: [applicants]\n', '      country: US\n');
    const run = policyc(['validate', written('broken.yaml', broken), '--format=json']);
    expect(run.code).toBe(1);
    const problems = (JSON.parse(run.stdout) as { diagnostics: Array<{ code: string; hint?: string }> }).diagnostics;
    expect(problems.filter((p) => p.code === 'known-region').map((p) => p.hint)).toEqual(["Did you mean 'GB' (United Kingdom)?"]);
    expect(problems.map((p) => p.code)).toContain('other-controller-stated');
  });

  it('asks no EU representative of the US company when its Irish company is the controller for everyone in the EEA', () => {
    const run = policyc(['validate', file, '--format=json']);
    const codes = (JSON.parse(run.stdout) as { diagnostics: Array<{ code: string }> }).diagnostics.map((d) => d.code);
    expect(codes).not.toContain('representative-appointed');
    const alone = policyc(['validate', written('alone.yaml', source.replace(/ {2}other_controllers:\n(?: {4}.*\n)+/u, '')), '--format=json']);
    const without = (JSON.parse(alone.stdout) as { diagnostics: Array<{ code: string }> }).diagnostics.map((d) => d.code);
    expect(without).toContain('representative-appointed');
  });
});

describe('diff', () => {
  it('tells readers their controller changed, as a material change, in English and German', () => {
    const after = written('after.yaml', source.replace('name: Acme Europe Ltd.', 'name: Acme Netherlands B.V.'));
    const run = policyc(['diff', file, after, '--format=json', '--fail-on', 'material']);
    expect(run.code).toBe(1);
    const changes = (JSON.parse(run.stdout) as { changes: Array<{ kind: string; level: string; summary: string }> }).changes;
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'controller.other_changed',
        level: 'material',
        summary:
          'For people who live in the European Economic Area, the company responsible for your data is now Acme Netherlands B.V., no longer Acme Europe Ltd.',
      }),
    ]);
    const german = policyc(['diff', file, after, '--lang', 'de']);
    expect(german.stdout).toContain(
      'Für Personen, die im Europäischen Wirtschaftsraum leben, ist jetzt Acme Netherlands B.V. für Ihre Daten verantwortlich, nicht mehr Acme Europe Ltd.',
    );
  });
});

describe('export', () => {
  it('carries the other controllers in the JSON, and the ROPA names the right company for each activity', () => {
    const json = policyc(['export', 'json', file]);
    expect(json.code, json.stderr).toBe(0);
    expect((JSON.parse(json.stdout) as { policy: { controller: { other_controllers: unknown[] } } }).policy.controller.other_controllers).toHaveLength(2);
    const ropa = policyc(['export', 'ropa', file, '--format', 'csv']);
    expect(ropa.code, ropa.stderr).toBe(0);
    const hiring = ropa.stdout.split('\r\n').find((line) => line.startsWith('Consider applications'));
    expect(hiring).toContain('For Job applicants: the Acme company that would employ you');
    expect(hiring).not.toContain('privacy@acme.example,');
  });
});
