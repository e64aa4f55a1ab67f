import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const file = new URL('../../../docs/export.md', import.meta.url);

describe('docs/export.md', () => {
  it('documents every kind and cites a source for each format', () => {
    const text = readFileSync(file, 'utf8');
    for (const kind of ['json', 'subprocessors', 'feed', 'apple-privacy', 'play-data-safety', 'ropa']) expect(text).toContain(`## \`${kind}\``);
    for (const source of [
      'rfc4287',
      'rfc4180',
      'upload_app_privacy_details_to_app_store',
      'describing-data-use-in-privacy-manifests',
      'answer/10787469',
      'eur-lex.europa.eu',
    ])
      expect(text).toContain(source);
  });
});
