import { describe, expect, it } from 'vitest';
import { sentenceRanges } from '../../../../src/render/provenance/sentences.js';

const split = (text: string): string[] => sentenceRanges(text).map(([start, end]) => text.slice(start, end).trim());

describe('sentence splitting for --explain', () => {
  it('splits at full stops, question and exclamation marks followed by a new sentence', () => {
    expect(split('We keep it. You can ask! Why? Because.')).toEqual(['We keep it.', 'You can ask!', 'Why?', 'Because.']);
  });

  it('keeps closing quotes and brackets with the sentence they end', () => {
    expect(split('Use the subject line “Privacy.” We answer (usually within days.) Then we delete it.')).toEqual([
      'Use the subject line “Privacy.”',
      'We answer (usually within days.)',
      'Then we delete it.',
    ]);
  });

  it('does not split after legal citations, company forms or initials', () => {
    expect(
      split(
        'We rely on Art. 6(1)(f) GDPR and Cal. Civ. Code § 1798.120. Payments go to Stripe, Inc. in the U.S. Then to Agora, Inc. Our team, e.g. Support, answers.',
      ),
    ).toEqual([
      'We rely on Art. 6(1)(f) GDPR and Cal. Civ. Code § 1798.120.',
      'Payments go to Stripe, Inc. in the U.S. Then to Agora, Inc. Our team, e.g. Support, answers.',
    ]);
  });

  it('does not split after initials that end a compound', () => {
    expect(
      split('We rely on the EU-U.S. Data Privacy Framework and the Swiss-U.S. Data Privacy Framework. We keep it in a Type-A. Then we delete it.'),
    ).toEqual(['We rely on the EU-U.S. Data Privacy Framework and the Swiss-U.S. Data Privacy Framework.', 'We keep it in a Type-A.', 'Then we delete it.']);
  });

  it('does not split before a lower-case word, a URL or an email address ending a sentence', () => {
    expect(split('See https://example.com/privacy. We reply from privacy@example.com. Data goes to the U.S. where it is kept.')).toEqual([
      'See https://example.com/privacy.',
      'We reply from privacy@example.com.',
      'Data goes to the U.S. where it is kept.',
    ]);
  });

  it('splits before a sentence that starts with a digit or an opening quote', () => {
    expect(split('We keep logs. 30 days later they are deleted. “Sessions” are video calls.')).toEqual([
      'We keep logs.',
      '30 days later they are deleted.',
      '“Sessions” are video calls.',
    ]);
  });

  it('does not split German and French citations, abbreviations and dates (Firefox Klar: "22. April", "bzw.", "Abs.")', () => {
    expect(
      split(
        'Diese Erklärung gilt ab dem 22. April 2025. Wir stützen uns auf Art. 6 Abs. 1 lit. f DSGVO bzw. Ihre Einwilligung. Das gilt z. B. für Suchanfragen. Sie endet am 3. Mai. Am 3. Juni 2025 endet sie. Nous citons l’art. 6 al. 1 du RGPD. Fin.',
      ),
    ).toEqual([
      'Diese Erklärung gilt ab dem 22. April 2025.',
      'Wir stützen uns auf Art. 6 Abs. 1 lit. f DSGVO bzw. Ihre Einwilligung.',
      'Das gilt z. B. für Suchanfragen.',
      'Sie endet am 3. Mai.',
      'Am 3. Juni 2025 endet sie.',
      'Nous citons l’art. 6 al. 1 du RGPD.',
      'Fin.',
    ]);
  });
});
