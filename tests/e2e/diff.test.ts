import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { policyc } from '../support/cli.js';
const fixtures = fileURLToPath(new URL('../fixtures/diff/', import.meta.url));

/**
 * `policyc diff` on two files: golden notices for one realistic pair (tests/fixtures/diff/v1.yaml →
 * v2.yaml), the --fail-on matrix, the notice-period warning, and every way to call it wrongly.
 * UPDATE_GOLDEN=1 rewrites tests/golden/diff/ from the current output.
 */
const golden = (name: string): URL => new URL(`../golden/diff/${name}`, import.meta.url);
const v1 = join(fixtures, 'v1.yaml');
const v2 = join(fixtures, 'v2.yaml');
const full = join(fixtures, 'full.yaml');
// 37 days before the new effective date (2026-05-01): the 30 days' notice is respected.
const IN_TIME = '--notice-date=2026-03-25';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'policyc-diff-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function expectGolden(name: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden(name), actual);
  expect(actual).toBe(readFileSync(golden(name), 'utf8'));
}

describe('golden notices for v1 → v2', () => {
  for (const format of ['md', 'txt', 'html', 'json'] as const) {
    it(`--format ${format}`, () => {
      const run = policyc(['diff', v1, v2, `--format=${format}`, IN_TIME]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expectGolden(`notice.${format}`, run.stdout);
    });
  }

  it('--redline appends the changed paragraphs of the rendered policy', () => {
    const run = policyc(['diff', v1, v2, '--format=txt', '--redline', IN_TIME]);
    expect(run.code).toBe(0);
    expectGolden('notice-redline.txt', run.stdout);
    expect(run.stdout).toContain('[-90-]{+180+} days');
  });

  it('the JSON keeps the contract: changes with kind, level, path, summary, before, after, then the additions', () => {
    const json = JSON.parse(policyc(['diff', v1, v2, '--format=json', IN_TIME]).stdout) as { changes: Array<Record<string, unknown>> };
    expect(Object.keys(json)[0]).toBe('changes');
    for (const change of json.changes) {
      expect(Object.keys(change).slice(0, 7)).toEqual(['kind', 'level', 'path', 'summary', 'before', 'after', 'topic']);
      expect(
        Object.keys(change)
          .slice(7)
          .every((key) => key === 'details' || key === 'paths'),
      ).toBe(true);
    }
    // The purpose's new description is said under its new legal basis, not as a line of its own.
    expect(json.changes[0]?.details).toEqual([
      'We also changed the description of the purpose “Understand how the platform is used”; it now reads “We count visits and clicks to decide what to build next.”',
    ]);
    expect(json.changes.map((c) => `${c.level} ${c.kind}`)).toEqual([
      'material lawful_basis.changed',
      'material subprocessor.added',
      'material retention.extended',
      'minor contact.changed',
      'editorial effective_date.changed',
    ]);
  });

  it('the HTML notice is one self-contained document with inline styles only', () => {
    const html = readFileSync(golden('notice.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<style|<script|<link|<img|src=|url\(/i);
    expect(html.match(/href="([^"]+)"/g)).toEqual(['href="https://sessionly.example/legal/privacy"', 'href="mailto:privacy@sessionly.io"']);
  });
});

describe('the notice period', () => {
  it('warns on stderr and in the notice when the notice comes too late, without failing', () => {
    const run = policyc(['diff', v1, v2, '--notice-date=2026-04-15']);
    expect(run.code).toBe(0);
    const warning =
      'This notice is dated April 15, 2026, only 16 days before the changes take effect on May 1, 2026, but the policy promises 30 days of notice before a material change. Move the effective date to May 15, 2026 or later, or send the notice earlier.';
    expect(run.stderr).toBe(`policyc: warning: ${warning}\n`);
    expect(run.stdout).toContain(`> **Before you send this notice:** ${warning}`);
  });

  it('says nothing when the only changes are not material', () => {
    const edited = join(tmp, 'late-minor.yaml');
    writeFileSync(
      edited,
      readFileSync(v1, 'utf8').replace('privacy@sessionly.example', 'privacy@sessionly.io').replace('effective_date: 2026-03-01', 'effective_date: 2026-03-02'),
    );
    const run = policyc(['diff', v1, edited, '--notice-date=2026-02-28']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('## Who we are and how to reach us');
  });
});

describe('the dates of the new version', () => {
  const dated = (effective: string, lastUpdated?: string): string => {
    const file = join(tmp, `dated-${effective}-${lastUpdated ?? 'none'}.yaml`);
    let text = readFileSync(v1, 'utf8')
      .replace('privacy@sessionly.example', 'privacy@sessionly.io')
      .replace('effective_date: 2026-03-01', `effective_date: ${effective}`);
    if (lastUpdated) text = text.replace(`effective_date: ${effective}`, `effective_date: ${effective}\nlast_updated: ${lastUpdated}`);
    writeFileSync(file, text);
    return file;
  };

  it('warns when a changed policy keeps the old dates, or goes back in time', () => {
    expect(policyc(['diff', v1, dated('2026-03-01'), IN_TIME]).stderr).toBe(
      'policyc: warning: The new version has the same dates as the previous one (effective 2026-03-01); set effective_date to the day the changes apply, or last_updated to today for a correction.\n',
    );
    expect(policyc(['diff', v1, dated('2026-02-01'), IN_TIME]).stderr).toContain('takes effect on 2026-02-01, before the previous one (2026-03-01)');
  });

  it('accepts a correction dated by last_updated alone', () => {
    expect(policyc(['diff', v1, dated('2026-03-01', '2026-03-10'), IN_TIME]).stderr).toBe('');
  });
});

describe('--fail-on', () => {
  const minorOnly = (): string => {
    const file = join(tmp, 'minor-only.yaml');
    writeFileSync(file, readFileSync(v1, 'utf8').replace('privacy@sessionly.example', 'privacy@sessionly.io'));
    return file;
  };
  const editorialOnly = (): string => {
    const file = join(tmp, 'editorial-only.yaml');
    // Only the capitals and the full stop change: the words are the same.
    writeFileSync(file, readFileSync(v1, 'utf8').replace('We count visits to decide what to build next.', 'We count Visits to decide what to build next'));
    return file;
  };
  // Rows: the most important change present; columns: --fail-on level → expected exit code.
  const matrix: Array<[string, () => string, Record<'material' | 'minor' | 'any', number>]> = [
    ['a material change', () => v2, { material: 1, minor: 1, any: 1 }],
    ['a minor change', minorOnly, { material: 0, minor: 1, any: 1 }],
    ['an editorial change', editorialOnly, { material: 0, minor: 0, any: 1 }],
    ['no change', () => v1, { material: 0, minor: 0, any: 0 }],
  ];
  for (const [present, file, expected] of matrix) {
    for (const level of ['material', 'minor', 'any'] as const) {
      it(`${present} with --fail-on ${level} exits ${expected[level]}`, () => {
        const run = policyc(['diff', v1, file(), `--fail-on=${level}`, IN_TIME, '--format=json']);
        expect(run.code, run.stderr).toBe(expected[level]);
        if (expected[level] === 1) expect(run.stderr).toMatch(new RegExp(`--fail-on ${level} fails on`));
      });
    }
  }

  it("follows the levels the base version sets in changes.levels, never the new file's", () => {
    const levels = '  channels: [email]\n  levels:\n    subprocessor.added: minor\n    retention.extended: minor\n    lawful_basis.changed: editorial\n';
    const [oldRelevelled, newRelevelled] = [join(tmp, 'old-relevelled.yaml'), join(tmp, 'relevelled.yaml')];
    writeFileSync(oldRelevelled, readFileSync(v1, 'utf8').replace('  channels: [email]\n', levels));
    writeFileSync(newRelevelled, readFileSync(v2, 'utf8').replace('  channels: [email]\n', levels));
    const run = policyc(['diff', oldRelevelled, newRelevelled, '--fail-on=material', IN_TIME, '--format=json']);
    expect(run.code).toBe(0);
    const found = (JSON.parse(run.stdout) as { changes: Array<{ kind: string; level: string }> }).changes.map((c) => `${c.kind}=${c.level}`);
    expect(found).toContain('subprocessor.added=minor');
    expect(found).toContain('lawful_basis.changed=editorial');
    // The same levels in the new file alone change nothing but themselves, reported as material.
    const gated = policyc(['diff', v1, newRelevelled, '--fail-on=material', IN_TIME, '--format=json']);
    expect(gated.code).toBe(1);
    const kinds = (JSON.parse(gated.stdout) as { changes: Array<{ kind: string; level: string }> }).changes.map((c) => `${c.kind}=${c.level}`);
    expect(kinds).toContain('subprocessor.added=material');
    expect(kinds).toContain('changes.levels_changed=material');
  });

  it('warns about a kind in changes.levels that does not exist', () => {
    const typo = join(tmp, 'typo.yaml');
    writeFileSync(typo, readFileSync(v2, 'utf8').replace('  channels: [email]\n', '  channels: [email]\n  levels:\n    subprocesor.added: minor\n'));
    const run = policyc(['diff', v1, typo, IN_TIME]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("policyc: warning: changes.levels names 'subprocesor.added', which is not a change kind. Did you mean 'subprocessor.added'?\n");
  });
});

describe('no changes', () => {
  it('prints "No changes" and exits 0 for identical inputs', () => {
    expect(policyc(['diff', v1, v1])).toEqual({ code: 0, stdout: 'No changes\n', stderr: '' });
  });

  it('reformatted and reordered YAML is no change', () => {
    const reordered = join(tmp, 'reordered.yaml');
    writeFileSync(reordered, readFileSync(join(fixtures, 'v1-reordered.yaml'), 'utf8'));
    expect(policyc(['diff', v1, reordered])).toEqual({ code: 0, stdout: 'No changes\n', stderr: '' });
  });

  it('empties a notice file rather than leave an older notice in it', () => {
    const out = join(tmp, 'stale-notice.md');
    expect(policyc(['diff', v1, v2, '-o', out, IN_TIME]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('## In short');
    expect(policyc(['diff', v1, v1, '-o', out, IN_TIME])).toEqual({ code: 0, stdout: '', stderr: 'No changes\n' });
    expect(readFileSync(out, 'utf8')).toBe('');
  });

  it('keeps JSON parseable: the empty result on stdout, the words on stderr', () => {
    const run = policyc(['diff', full, full, '--format=json', IN_TIME]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { changes: unknown[] }).changes).toEqual([]);
    expect(run.stderr).toBe('No changes\n');
  });
});

describe('-o, --out', () => {
  it('writes the notice to a file and nothing to stdout', () => {
    const out = join(tmp, 'notice.html');
    const run = policyc(['diff', v1, v2, '--format=html', '-o', out, IN_TIME]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(golden('notice.html'), 'utf8'));
  });

  it('creates the folder it writes into', () => {
    const out = join(tmp, 'new', 'folder', 'notice.md');
    expect(policyc(['diff', v1, v2, '-o', out, IN_TIME]).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('is a one-line I/O error when a file is in the way', () => {
    const blocker = join(tmp, 'blocker');
    writeFileSync(blocker, '');
    const run = policyc(['diff', v1, v2, '-o', join(blocker, 'notice.md'), IN_TIME]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^policyc: Cannot write /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('mistakes', () => {
  it.each([
    [['diff'], /missing required argument 'old'/],
    [['diff', v1], /needs two files, or one file with --base/],
    [['diff', v1, v2, '--base', 'HEAD'], /either two files, or one file with --base, not both/],
    [['diff', v1, v2, '--format', 'pdf'], /argument 'pdf' is invalid/],
    [['diff', v1, v2, '--fail-on', 'major'], /argument 'major' is invalid/],
    [['diff', v1, v2, '--notice-date', '2026-02-30'], /--notice-date '2026-02-30' is not a date/],
    [['diff', v1, join(fixtures, 'nope.yaml')], /cannot read .*nope\.yaml: no such file/],
  ])('%j exits 2 with one line and no stack', (args, message) => {
    const run = policyc(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('an invalid input prints its diagnostics and exits 1', () => {
    const broken = join(tmp, 'broken.yaml');
    writeFileSync(broken, readFileSync(v2, 'utf8').replace('lawful_basis: legitimate_interests', 'lawful_basis: legitimate_interest'));
    const run = policyc(['diff', v1, broken]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('legitimate_interests');
    expect(run.stderr).toMatch(/broken\.yaml:\d+:\d+/);
    expect(run.stderr).toContain('cannot compare invalid policies');
  });
});
