import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storeIdentifierTables } from '../../../src/export/docs.js';

const file = new URL('../../../docs/export.md', import.meta.url);
const START = '<!-- store-identifiers:start (generated: UPDATE_DOCS=1 npx vitest run tests/unit/export/docs.test.ts) -->\n';
const END = '\n<!-- store-identifiers:end -->';

describe('docs/export.md', () => {
  it('lists the store identifiers the exports write (UPDATE_DOCS=1 rewrites them)', () => {
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const generated = `${text.slice(0, start + START.length)}${storeIdentifierTables()}${text.slice(end)}`;
    if (process.env.UPDATE_DOCS) writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('documents every kind and cites a source for each format', () => {
    const text = readFileSync(file, 'utf8');
    for (const kind of ['json', 'subprocessors', 'feed', 'apple-privacy', 'play-data-safety', 'ropa']) expect(text).toContain(`## \`${kind}\``);
    for (const source of ['rfc4287', 'rfc4180', 'upload_app_privacy_details_to_app_store', 'describing-data-use-in-privacy-manifests', 'answer/10787469', 'eur-lex.europa.eu']) expect(text).toContain(source);
  });
});
