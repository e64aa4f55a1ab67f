import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/build.js';
import { LANGUAGE_CODES } from '../../src/i18n/languages.js';
import { checkSource } from '../../src/validate/index.js';
import { EXAMPLES } from './facts.js';
import { NOT_YET_TRANSLATED } from '../support/translations.js';

/**
 * The five examples in every language: built here, and by the real binary under a far timezone
 * and another locale, byte for byte the same (dates, lists and countries come from fixed data,
 * never the machine's clock, ICU or locale).
 */
const bin = fileURLToPath(new URL('../../bin/policyc.js', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'policyc-examples-lang-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const ENVIRONMENTS: ReadonlyArray<Record<string, string>> = [
  { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
  { TZ: 'America/Adak', LANG: 'fr_FR.UTF-8', LC_ALL: 'fr_FR.UTF-8' },
];

/** English headings of the built-in clauses: none may be left in another language's policy. */
const ENGLISH_HEADINGS =
  /^#{2,3} (?:Who we are|What .* we collect|How we use|Our legal bases|How we share|Where we store|How long we keep|How we protect|Your rights|Contact us|Key points|Changes to this policy|Children's privacy|Cookies and similar|Data breaches|Service providers)/m;

describe.each(EXAMPLES.map((e) => e.name))('examples/%s in every language', (name) => {
  const file = fileURLToPath(new URL(`../../examples/${name}/privacy.yaml`, import.meta.url));
  const checked = checkSource(readFileSync(file), file);

  it.each(LANGUAGE_CODES)('builds in %s, the same on any machine', (language) => {
    expect(checked.policy).toBeDefined();
    const built = buildPolicy(checked.policy!, { language });
    expect(built.stale ?? []).toEqual(language === 'en' ? [] : NOT_YET_TRANSLATED);
    if (language !== 'en') expect(built.md).not.toMatch(ENGLISH_HEADINGS);
    else expect(built.md).toBe(readFileSync(fileURLToPath(new URL(`../../examples/${name}/privacy.md`, import.meta.url)), 'utf8'));
    for (const [index, env] of ENVIRONMENTS.entries()) {
      const dir = join(out, `${name}-${language}-${index}`);
      const run = spawnSync(process.execPath, [bin, 'build', file, '--lang', language, '-o', dir, '-q'], {
        encoding: 'utf8',
        env: { ...process.env, ...env, NO_COLOR: '1' },
      });
      expect(run.status, run.stderr).toBe(0);
      const base = language === 'en' ? 'privacy' : `privacy.${language}`;
      expect(readFileSync(join(dir, `${base}.md`), 'utf8')).toBe(built.md);
      expect(readFileSync(join(dir, `${base}.html`), 'utf8')).toBe(built.html);
      expect(readFileSync(join(dir, `${base}.txt`), 'utf8')).toBe(built.txt);
    }
  });
});
