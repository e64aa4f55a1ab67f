import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyc, root } from '../support/cli.js';

/**
 * Joplin's public forum (tests/fixtures/real/joplin, contact.forum) through the real binary: built
 * in English and German as a public forum, never as a contact form; offered for rights requests,
 * an error; moved from contact.url, one change in the notice.
 */
const JOPLIN = join(root, 'tests/fixtures/real/joplin/privacy.yaml');
const FORUM = 'https://discourse.joplinapp.org/';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'policyc-forum-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a public forum, through bin/policyc.js', () => {
  it('builds Joplin’s forum as a public forum whose posts are public, in English and German', () => {
    const run = policyc(['build', JOPLIN, '-o', work, '--formats', 'md,txt', '--quiet']);
    expect(run.code).toBe(0);
    const md = readFileSync(join(work, 'privacy.md'), 'utf8');
    expect(md).toContain(
      `- Public forum: [${FORUM}](${FORUM}). Posts there are public, so do not include personal data in them or make requests about your personal data there.`,
    );
    expect(md).not.toContain('Contact form');
    expect(readFileSync(join(work, 'privacy.txt'), 'utf8')).toContain('- Public forum: https://discourse.joplinapp.org/. Posts there are public');

    const de = policyc(['build', JOPLIN, '-o', work, '--formats', 'md', '--lang', 'de', '--quiet']);
    expect(de.code).toBe(0);
    const deMd = readFileSync(join(work, 'privacy.de.md'), 'utf8');
    expect(deMd).toContain(`- Öffentliches Forum: [${FORUM}](${FORUM}). Beiträge dort sind öffentlich;`);
    expect(deMd).not.toContain('Kontaktformular');
  });

  it('refuses the forum as the only channel for rights requests, and writes nothing', () => {
    const file = join(work, 'forum-requests.yaml');
    writeFileSync(file, `${readFileSync(JOPLIN, 'utf8').replace('  everyone: [erasure]\n', `  everyone: [erasure]\n  url: ${FORUM}\n`)}`);
    const run = policyc(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'rights.url is your public forum (https://discourse.joplinapp.org/, contact.forum), and without rights.email it is the only way',
    );
    expect(run.stdout).toContain('Art. 12(2) GDPR: facilitate the exercise of rights; Art. 5(1)(f) GDPR: keep personal data confidential');
    expect(run.stdout).toContain('docs/rules.md#forum-not-request-channel');
    expect(policyc(['build', file, '-o', join(work, 'refused'), '--quiet']).code).toBe(1);
    expect(existsSync(join(work, 'refused'))).toBe(false);
  });

  it('reports the contact form that becomes the public forum as one contact change', () => {
    const before = join(work, 'before.yaml');
    writeFileSync(before, readFileSync(JOPLIN, 'utf8').replace(`  forum: ${FORUM}`, `  url: ${FORUM}`));
    const run = policyc(['diff', before, JOPLIN, '--format', 'json']);
    expect(run.code).toBe(0);
    const { changes } = JSON.parse(run.stdout) as { changes: Array<{ kind: string; level: string; path: string; summary: string }> };
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'contact.changed',
        level: 'minor',
        summary: 'We now list https://discourse.joplinapp.org/ as a public forum, not as a contact form: posts there are public.',
      }),
    ]);
  });
});
