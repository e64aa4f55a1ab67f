// Records that translated clauses are in step with the English: `node scripts/stamp-translation.mjs
// de about rights` writes, on the first line of clauses/de/about.hbs and rights.hbs, the version
// (SHA-256) of clauses/en/about.hbs and rights.hbs they translate; with only a language, every
// clause of it. Run it after checking the translation against the English, never before: build
// warns about a clause whose English changed since (docs/translating.md).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceHash, STAMP } from './gen-clauses.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const [lang, ...names] = process.argv.slice(2);
if (!lang || lang === 'en') {
  console.error('usage: node scripts/stamp-translation.mjs <lang> [clause ...]');
  process.exit(2);
}
const folder = `${root}clauses/${lang}/`;
const all = readdirSync(folder, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.hbs'))
  .map((file) => relative(folder, `${folder}${file}`).split('\\').join('/').slice(0, -'.hbs'.length));
for (const name of names.length > 0 ? names : all) {
  const file = `${folder}${name}.hbs`;
  const english = readFileSync(`${root}clauses/en/${name}.hbs`, 'utf8');
  const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').replace(STAMP, '');
  writeFileSync(file, `{{!-- translates en/${name}.hbs sha256:${sourceHash(english)} --}}\n${text}`);
  console.log(`stamped clauses/${lang}/${name}.hbs`);
}
