import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import exportSchema from '../../schema/policy-export.v1.schema.json' with { type: 'json' };
import privacySchema from '../../schema/privacy.schema.json' with { type: 'json' };
import { policyc, root } from '../support/cli.js';
import { parseCsv } from '../unit/export/support.js';

/** `policyc export` through the real binary: every kind for every example, and the guarantees of build. */
const EXAMPLES = readdirSync(join(root, 'examples')).filter((name) => existsSync(join(root, 'examples', name, 'privacy.yaml')));
const APP = 'tests/fixtures/export/app.yaml';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
ajv.addSchema(privacySchema);
const validateExport = ajv.compile(exportSchema);

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'policyc-export-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(EXAMPLES)('policyc export, example %s', (name) => {
  const file = `examples/${name}/privacy.yaml`;

  it('json: exit 0, and the document validates against schema/policy-export.v1.schema.json', () => {
    const run = policyc(['export', 'json', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(validateExport(JSON.parse(run.stdout)), ajv.errorsText(validateExport.errors)).toBe(true);
  });

  // One run of the binary a test: each stays well inside the time limit on a busy machine.
  it.each(['md', 'html', 'json'])('subprocessors --format %s', (format) => {
    const run = policyc(['export', 'subprocessors', file, '--format', format]);
    expect(run.code, run.stderr).toBe(0);
    if (format === 'json') expect(JSON.parse(run.stdout)).toHaveProperty('subprocessors');
    else expect(run.stdout).toMatch(format === 'md' ? /^# Subprocessors of / : /^<!DOCTYPE html>/);
  });

  it("feed: an Atom feed of the file's own git history that a feed parser reads", () => {
    const run = policyc(['export', 'feed', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const feed = parseFeed(run.stdout);
    expect(feed.meta.type).toBe('atom');
    const ids = feed.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of feed.items) expect(item.id).toMatch(/^tag:[a-z0-9.-]+,\d{4}-\d{2}-\d{2}:subprocessors\/(added|removed|moved)\//);
  });

  it('ropa as RFC 4180 CSV, a row per purpose', () => {
    const csv = policyc(['export', 'ropa', file]);
    expect(csv.code, csv.stderr).toBe(0);
    const records = parseCsv(csv.stdout);
    const purposes = (readFileSync(join(root, file), 'utf8').match(/^ {2}- id: /gm) ?? []).length;
    expect(records.length).toBeGreaterThan(1);
    expect(records.length - 1).toBeLessThanOrEqual(purposes);
  });

  it.each(['md', 'html'])('ropa --format %s', (format) => {
    const run = policyc(['export', 'ropa', file, '--format', format]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(format === 'md' ? /^# Record of processing activities: / : /^<!DOCTYPE html>/);
  });

  it.each(['apple-privacy', 'play-data-safety'])('%s: exit 1 and nothing on stdout, since the example declares no app', (kind) => {
    const run = policyc(['export', kind, file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/declares no app published in (the App Store|Google Play)/);
    expect(run.stderr).toContain('nothing written');
  });
});

describe('policyc export, an app in both stores', () => {
  it('apple-privacy: fastlane JSON', () => {
    const json = policyc(['export', 'apple-privacy', APP]);
    expect(json.code, json.stderr).toBe(0);
    expect((JSON.parse(json.stdout) as Array<{ category: string }>).map((e) => e.category)).toEqual([
      'DEVICE_ID',
      'EMAIL_ADDRESS',
      'NAME',
      'PHOTOS_OR_VIDEOS',
      'PRODUCT_INTERACTION',
    ]);
  });

  it('apple-privacy --format xcprivacy: a privacy manifest', () => {
    const manifest = policyc(['export', 'apple-privacy', APP, '--format', 'xcprivacy']);
    expect(manifest.code).toBe(0);
    expect(XMLValidator.validate(manifest.stdout)).toBe(true);
    expect(manifest.stdout).toContain('<key>NSPrivacyCollectedDataTypes</key>');
  });

  it('play-data-safety: the CSV, written atomically with -o', () => {
    const out = join(work, 'store', 'data-safety.csv');
    const run = policyc(['export', 'play-data-safety', APP, '-o', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(parseCsv(readFileSync(out, 'utf8'))[0]).toEqual([
      'Question ID (machine readable)',
      'Response ID (machine readable)',
      'Response value',
      'Answer requirement',
      'Human-friendly question label',
    ]);
    expect(readdirSync(join(work, 'store'))).toEqual(['data-safety.csv']);
  });

  it('--app picks the app', () => {
    expect(policyc(['export', 'apple-privacy', APP, '--app', 'photos']).code).toBe(0);
  });

  it('--app names an app the file does not declare: exit 1', () => {
    const wrong = policyc(['export', 'apple-privacy', APP, '--app', 'nope']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("The file declares no app 'nope'.");
  });
});

describe('policyc export: validation, exit codes and safety as build', () => {
  it('an invalid file writes nothing and exits 1', () => {
    const bad = join(work, 'bad.yaml');
    writeFileSync(bad, 'effective_date: soon\n');
    const out = join(work, 'bad.json');
    const run = policyc(['export', 'json', bad, '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nothing written');
    expect(existsSync(out)).toBe(false);
  });

  it('a store label the file cannot fill writes nothing, and names the line to fix', () => {
    const source = readFileSync(join(root, APP), 'utf8').replace('    stores: { in_app: false }\n', '');
    const file = join(work, 'unmapped.yaml');
    writeFileSync(file, source);
    const out = join(work, 'label.json');
    const run = policyc(['export', 'apple-privacy', file, '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/unmapped\.yaml:\d+:\d+ error Data category 'applicants' has no Apple data types/);
    expect(existsSync(out)).toBe(false);
  });

  it('never replaces the input', () => {
    const run = policyc(['export', 'json', APP, '-o', APP]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('would overwrite the input');
  });

  it.each([
    [['export', 'pdf', APP], "Unknown export 'pdf'."],
    [['export', 'ropa', APP, '--format', 'xlsx'], "export ropa has no format 'xlsx'."],
    [['export', 'json', APP, '--app', 'photos'], '--app applies to apple-privacy and play-data-safety'],
    [['export', 'json', join('tests', 'no-such.yaml')], 'cannot read'],
  ])('a usage or I/O error exits 2 without a stack trace: %j', (args, message) => {
    const run = policyc(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("policyc export feed, from a repository's history", () => {
  let repo: string;
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t.example',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t.example',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
      },
    });
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'policyc-feed-'));
    git('init', '-q', '-b', 'main');
    const v1 = readFileSync(join(root, APP), 'utf8');
    writeFileSync(join(repo, 'privacy.yaml'), v1);
    git('add', '.');
    git('commit', '-q', '-m', 'v1');
    const v2 = v1.replace('effective_date: 2026-04-03', 'effective_date: 2026-05-01').replace('    location: DE\n', '    location: [DE, NL]\n');
    writeFileSync(join(repo, 'privacy.yaml'), v2);
    git('commit', '-q', '-am', 'v2: hosting also in the Netherlands');
    // An invalid version in between is skipped, with a warning.
    writeFileSync(join(repo, 'privacy.yaml'), `${v2}nonsense: [\n`);
    git('commit', '-q', '-am', 'broken');
    // The working tree's version, not yet committed, is the newest.
    writeFileSync(
      join(repo, 'privacy.yaml'),
      v2.replace('effective_date: 2026-05-01', 'effective_date: 2026-06-01').replace(/ {2}- name: "=HYPERLINK[\s\S]*?data_categories: \[usage\]\n/, ''),
    );
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('has an entry per change, dated by the version that made it', () => {
    const run = policyc(['export', 'feed', join(repo, 'privacy.yaml')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/warning: [0-9a-f]{7}:privacy\.yaml is not a valid policy, so the feed skips it/);
    const feed = parseFeed(run.stdout);
    expect(feed.items.map((i) => [i.title, i.updated?.toISOString().slice(0, 10)])).toEqual([
      ['Removed: =HYPERLINK("https://evil.example")', '2026-06-01'],
      ['Moved: Example Cloud GmbH', '2026-05-01'],
    ]);
  });

  it('dates the subprocessor page by the last change to the list', () => {
    const run = policyc(['export', 'subprocessors', join(repo, 'privacy.yaml')]);
    expect(run.stdout).toContain('Last changed: June 1, 2026.');
  });

  it('needs git history: outside a repository it is a usage error', () => {
    const alone = join(work, 'alone.yaml');
    writeFileSync(alone, readFileSync(join(root, APP)));
    const run = policyc(['export', 'feed', alone]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not inside a git repository');
  });
});
