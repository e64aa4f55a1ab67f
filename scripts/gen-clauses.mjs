// Bundles clauses/en/**/*.hbs into src/render/clauses.generated.ts, so the built-in clauses travel
// inside the compiled CLI and the pure renderer never reads the disk. Run it after editing a
// clause; `--check` exits 1 when the committed file is stale (a test does the same).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../clauses/en/', import.meta.url));
const outUrl = new URL('../src/render/clauses.generated.ts', import.meta.url);

export function generate() {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.hbs'))
    .map((file) => relative(root, `${root}${file}`).split('\\').join('/'))
    .sort();
  const entries = files.map((file) => {
    const source = readFileSync(`${root}${file}`, 'utf8').replace(/\r\n?/g, '\n');
    return `  ${JSON.stringify(file.slice(0, -'.hbs'.length))}: ${JSON.stringify(source)},`;
  });
  return [
    '/* Generated from clauses/en by scripts/gen-clauses.mjs. Do not edit. */',
    '/** The built-in clauses, by name (`about`, `partials/right-item`), as template source. */',
    'export const CLAUSES: Readonly<Record<string, string>> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = generate();
  if (process.argv.includes('--check')) {
    const current = readFileSync(outUrl, 'utf8');
    if (current !== text) {
      console.error('src/render/clauses.generated.ts is stale: run node scripts/gen-clauses.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(outUrl, text);
  }
}
