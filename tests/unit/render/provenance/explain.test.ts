import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../../src/build.js';
import type { Path } from '../../../../src/diagnostics.js';
import type { Policy } from '../../../../src/model/policy.generated.js';
import type { Explanation } from '../../../../src/render/provenance/explain.js';
import { checkSource } from '../../../../src/validate/index.js';

/** `--explain` through the real pipeline: the fixtures checked by the front end, built with and without it. */
const DIR = new URL('../../../fixtures/render/', import.meta.url);

function load(name: string, edit?: (text: string) => string): { policy: Policy; lineOf: (path: Path) => number } {
  const text = readFileSync(new URL(name, DIR), 'utf8');
  const result = checkSource(edit ? edit(text) : text, name);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const map = result.sourceMap;
  if (result.policy === undefined || map === undefined) throw new Error(`${name} does not load`);
  return { policy: result.policy, lineOf: (path) => map.locate(path).line };
}

function explain(name: string, edit?: (text: string) => string): { explanation: Explanation; policy: Policy; lineOf: (path: Path) => number } {
  const { policy, lineOf } = load(name, edit);
  const built = buildPolicy(policy, { explain: { lineOf } });
  return { explanation: built.explain as Explanation, policy, lineOf };
}

const FIXTURES = ['minimal.yaml', 'full.yaml', 'us-only.yaml', 'injection.yaml'];

describe('build --explain', () => {
  // Each example in each language: the traced rendering must read as the published one, as
  // "nach der DSGVO und der UK GDPR" once did not (its preposition dropped after the marker).
  const examples = ['sessionly', 'sessionlinked', 'hetzner', 'bitwarden'];
  it.each(examples.flatMap((name) => (['en', 'de', 'fr'] as const).map((language) => [name, language] as const)))(
    'examples/%s in %s: explains every sentence it publishes',
    (name, language) => {
      const file = new URL(`../../../../examples/${name}/privacy.yaml`, import.meta.url);
      const policy = checkSource(readFileSync(file), 'privacy.yaml').policy!;
      const built = buildPolicy(policy, { language, explain: true });
      expect((built.explain as Explanation).sentences.length).toBeGreaterThan(50);
    },
  );

  it.each(FIXTURES)('%s: the documents are byte for byte those built without it', (name) => {
    const { policy, lineOf } = load(name);
    const plain = buildPolicy(policy);
    const explained = buildPolicy(policy, { explain: { lineOf } });
    expect(explained.md).toBe(plain.md);
    expect(explained.html).toBe(plain.html);
    expect(explained.txt).toBe(plain.txt);
    expect(plain.explain).toBeUndefined();
  });

  it.each(FIXTURES)('%s: every sentence has a source, and every YAML source a line where its path is', (name) => {
    const { explanation, lineOf } = explain(name);
    expect(explanation.sentences.length).toBeGreaterThan(5);
    for (const sentence of explanation.sentences) {
      expect(sentence.text.trim()).not.toBe('');
      expect(sentence.sources.length, sentence.text).toBeGreaterThan(0);
      for (const source of sentence.sources) {
        if (source.kind !== 'yaml') continue;
        expect(source.line).toBeGreaterThan(0);
        expect(source.path).toMatch(/^[a-z_]+(?:\.[a-z_][a-z0-9_]*|\[\d+\])*$/);
      }
    }
    // Markers never reach the sentences.
    expect(JSON.stringify(explanation)).not.toMatch(/[\uE000-\uE01F]/);
    expect(lineOf(['controller'])).toBeGreaterThan(0);
  });

  it('traces a sentence naming the company to controller.name, at its line', () => {
    const { explanation, lineOf } = explain('full.yaml');
    // The summary also says "Fullstack Ltd", as words of its own: the sentence that prints the name.
    const sentence = explanation.sentences.find((s) => s.text.startsWith('Fullstack Ltd (“Fullstack”'));
    expect(sentence?.sources).toContainEqual({ kind: 'yaml', path: 'controller.name', line: lineOf(['controller', 'name']) });
    // The trading name, used in running text, traces to its own line.
    const trading = explanation.sentences.find((s) => /^Fullstack is /.test(s.text) || s.text.includes('“Fullstack”'));
    expect(trading?.sources).toContainEqual({ kind: 'yaml', path: 'controller.trading_name', line: lineOf(['controller', 'trading_name']) });
  });

  it('traces a product scope to the entry’s products and the products’ names', () => {
    const { explanation, lineOf } = explain('full.yaml');
    const yaml = (...path: Path): { kind: 'yaml'; path: string; line: number } => ({
      kind: 'yaml',
      path: path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join(''),
      line: lineOf(path),
    });
    const profile = explanation.sentences.find((s) => s.text.endsWith('Collected only in Workspace Web.'));
    expect(profile?.sources).toEqual(expect.arrayContaining([yaml('data_categories', 1, 'products'), yaml('products', 1, 'name')]));
    const commitment = explanation.sentences.find((s) => s.text === 'This commitment covers Workspace Web.');
    expect(commitment?.sources).toEqual(expect.arrayContaining([yaml('commitments', 1, 'products'), yaml('products', 1, 'name')]));
    const others = explanation.sentences.find((s) => s.text.startsWith('Aggregate statistics (other products)'));
    expect(others?.sources).toEqual(expect.arrayContaining([yaml('retention', 1, 'products')]));
  });

  it('traces a lawful-basis citation to its law-base entry, and fixed wording to its clause file', () => {
    const { explanation } = explain('full.yaml');
    const heading = explanation.sentences.find((s) => /^Consent \(Art\. 6\(1\)\(a\) /.test(s.text));
    expect(heading?.sources).toContainEqual({ kind: 'law', id: 'gdpr.art-6-1-a' });
    expect(heading?.section).toBe('Our legal bases for using your personal data');
    const fixed = explanation.sentences.find((s) => s.text === 'You can withdraw your consent at any time.');
    expect(fixed?.sources).toEqual([{ kind: 'clause', file: 'clauses/en/legal-bases.hbs' }]);
    // Promised to everyone: the file's list for everyone; granted by law: the law-base entry.
    const right = explanation.sentences.find((s) => s.text === 'Right of access.');
    expect(right?.sources.filter((s) => s.kind === 'yaml').map((s) => (s.kind === 'yaml' ? s.path : ''))).toEqual(['rights.everyone[0]']);
    // The GDPR's and the UK GDPR's lists are apart (their Art. 22 rights differ): each cites its own law.
    const byLaw = explanation.sentences.filter((s) => s.text.includes('the right of access (Art. 15)'));
    expect(byLaw[0]?.sources).toContainEqual({ kind: 'law', id: 'gdpr.art-15' });
    expect(byLaw[1]?.sources).toContainEqual({ kind: 'law', id: 'uk_gdpr.art-15' });
  });

  it('traces a transfer ground to its tool and to its provision under each law, the FADP included', () => {
    const { explanation } = explain('full.yaml');
    const ground = explanation.sentences.find((s) => s.text.includes('Binding Corporate Rules (Art. 47 GDPR and UK GDPR; Art. 16(2)(e) FADP)'));
    expect(ground?.sources).toEqual(
      expect.arrayContaining([
        { kind: 'law', id: 'transfer.bcr' },
        { kind: 'law', id: 'gdpr.art-47' },
        { kind: 'law', id: 'swiss_fadp.art-16-2-e' },
        { kind: 'law', id: 'swiss_fadp.art-17-1-a' },
      ]),
    );
  });

  it('traces a fixed sentence shown because of a declared fact to that fact, and one shown for none to its clause only', () => {
    const { explanation, lineOf } = explain('full.yaml');
    const sells = explanation.sentences.find((s) => s.text.startsWith('We do not sell your personal data'));
    expect(sells?.sources).toEqual([
      { kind: 'clause', file: 'clauses/en/sharing.hbs' },
      { kind: 'yaml', path: 'sale_and_sharing.sells', line: lineOf(['sale_and_sharing', 'sells']) },
    ]);
    // Shown because a list has items, not because of any one value: no condition of its own.
    expect(explanation.sentences.find((s) => s.text === 'We share personal data as described below.')?.sources).toEqual([
      { kind: 'clause', file: 'clauses/en/sharing.hbs' },
    ]);
  });

  it('traces "the law gives you further rights" to the laws that give them, the rights left out, and where the company is established', () => {
    const declaring =
      (country: string, laws: string) =>
      (yaml: string): string =>
        yaml
          .replace('  email: hello@minimal.example\n', `  email: hello@minimal.example\n  country: ${country}\njurisdictions: [${laws}]\n`)
          .concat('rights:\n  everyone: [access, erasure, rectification, restriction, portability]\n  ccpa: { rights: [know, delete] }\n');
    const further = (edit: (yaml: string) => string) => {
      const { explanation, lineOf } = explain('minimal.yaml', edit);
      const sentence = explanation.sentences.find((s) => s.text.includes('further rights'));
      return { text: sentence?.text, sources: sentence?.sources, lineOf };
    };
    // The GDPR and the UK GDPR, with no list of their own, require the rights to object and to complain, which the promise leaves out.
    const place = further(declaring('US', 'ccpa, gdpr, uk_gdpr'));
    expect(place.text).toBe('Depending on where you live, the law may give you further rights.');
    expect(place.sources).toEqual([
      { kind: 'clause', file: 'clauses/en/rights.hbs' },
      { kind: 'yaml', path: 'jurisdictions[1]', line: place.lineOf(['jurisdictions', 1]) },
      { kind: 'yaml', path: 'jurisdictions[2]', line: place.lineOf(['jurisdictions', 2]) },
      { kind: 'yaml', path: 'rights.everyone', line: place.lineOf(['rights', 'everyone']) },
      { kind: 'yaml', path: 'controller.country', line: place.lineOf(['controller', 'country']) },
      ...['gdpr.art-21', 'gdpr.art-77', 'uk_gdpr.art-21', 'uk_gdpr.art-77'].map((id) => ({ kind: 'law', id })),
    ]);
    // Established in the EU, the company answers to the GDPR for everyone: the same facts make the sentence always true.
    const always = further(declaring('FR', 'gdpr'));
    expect(always.text).toBe('The law gives you further rights than those listed here.');
    expect(always.sources).toEqual([
      { kind: 'clause', file: 'clauses/en/rights.hbs' },
      { kind: 'yaml', path: 'jurisdictions[0]', line: always.lineOf(['jurisdictions', 0]) },
      { kind: 'yaml', path: 'rights.everyone', line: always.lineOf(['rights', 'everyone']) },
      { kind: 'yaml', path: 'controller.country', line: always.lineOf(['controller', 'country']) },
      { kind: 'law', id: 'gdpr.art-21' },
      { kind: 'law', id: 'gdpr.art-77' },
    ]);
  });

  it("traces the company's own section to its place in the file", () => {
    const { explanation, lineOf } = explain('full.yaml');
    const title = explanation.sentences.find((s) => s.text === 'What happens when you delete a file');
    expect(title?.sources).toEqual([{ kind: 'yaml', path: 'sections[0].title', line: lineOf(['sections', 0, 'title']) }]);
    const body = explanation.sentences.find((s) => s.text.startsWith('We remove our copy within 30 days'));
    expect(body?.sources).toEqual([{ kind: 'yaml', path: 'sections[0].body', line: lineOf(['sections', 0, 'body']) }]);
    expect(body?.section).toBe('What happens when you delete a file');
  });

  it('credits the sentences after the California table to their own clause, not to the table’s partial', () => {
    // Every purpose and provider placed, so the table is the last thing its partial writes: the
    // partial's mark once went after the row's closing bar, where Markdown dropped it, and the
    // partial was credited for every fixed sentence after it, the company's own section included.
    const { explanation, lineOf } = explain('us-only.yaml', (text) =>
      text
        .replace('    examples: [email address]\n', '    examples: [email address]\n    ccpa_categories: [identifiers]\n')
        .replace('    legitimate_interest: answering questions\n', '    legitimate_interest: answering questions\n    data_categories: [contact]\n')
        .replace('    location: US\n', '    location: US\n    data_categories: [contact]\n')
        .concat('sections:\n  - id: more\n    title: More for California residents\n    body: You may ask us twice a year.\n'),
    );
    const texts = explanation.sentences.map((s) => s.text);
    const lastRow = texts.findLastIndex((t) => t.startsWith('Identifiers (§ 1798.140(v)(1)(A)) |'));
    expect(lastRow).toBeGreaterThan(0);
    expect(explanation.sentences[lastRow]?.sources).toContainEqual({ kind: 'clause', file: 'clauses/en/partials/california-categories.hbs' });
    const after = explanation.sentences.slice(lastRow + 1);
    expect(after.length).toBeGreaterThan(10);
    for (const sentence of after) {
      expect(sentence.sources, sentence.text).not.toContainEqual({ kind: 'clause', file: 'clauses/en/partials/california-categories.hbs' });
    }
    // The next section's heading and fixed text: its clause.
    expect(after[0]?.sources).toEqual([{ kind: 'clause', file: 'clauses/en/use.hbs' }]);
    const own = explanation.sentences.find((s) => s.text === 'You may ask us twice a year.');
    expect(own?.sources).toEqual([{ kind: 'yaml', path: 'sections[0].body', line: lineOf(['sections', 0, 'body']) }]);
  });

  it('traces identity verification to the lines of rights.verification, as steps or as one sentence', () => {
    const { explanation, lineOf } = explain('full.yaml');
    const yaml = (...path: Path): { kind: 'yaml'; path: string; line: number } => ({
      kind: 'yaml',
      path: path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join(''),
      line: lineOf(path),
    });
    const step = ['rights', 'verification', 'steps', 1] as const;
    const sworn = explanation.sentences.find((s) => s.text.startsWith('To verify your identity for a request under the right to know'));
    expect(sworn?.sources).toEqual(expect.arrayContaining([yaml(...step, 'requests'), yaml(...step, 'when'), yaml(...step, 'asks'), yaml(...step, 'matched')]));
    expect(explanation.sentences.find((s) => s.text.startsWith('We also ask you to sign a declaration'))?.sources).toEqual([
      { kind: 'clause', file: 'clauses/en/partials/verification.hbs' },
      yaml(...step, 'signed_declaration'),
    ]);
    expect(explanation.sentences.find((s) => s.text === 'We never ask for your password.')?.sources).toEqual([yaml('rights', 'verification', 'note')]);

    const own = explain('full.yaml', (text) =>
      text.replace(/^ {2}verification:\n(?: {4}.*\n)+/m, '  verification: We may need to verify your identity before processing your request.\n'),
    );
    expect(own.explanation.sentences.find((s) => s.text.startsWith('We may need to verify your identity'))?.sources).toEqual([
      { kind: 'yaml', path: 'rights.verification', line: own.lineOf(['rights', 'verification']) },
    ]);
  });

  it('names the company’s clause file where it overrides a built-in one', () => {
    const { policy } = load('minimal.yaml');
    const overridden: Policy = { ...policy, policy: { ...policy.policy, clauses: 'legal/clauses' } };
    const built = buildPolicy(overridden, { overrides: { about: '## About us\n\nWe are {{policy.controller.name}}.\n' }, explain: true });
    const sentence = built.explain?.sentences.find((s) => s.text.startsWith('We are '));
    expect(sentence?.sources).toEqual([{ kind: 'clause', file: 'legal/clauses/about.hbs' }]);
    expect(built.explain?.sentences.find((s) => s.text === 'About us')?.sources).toEqual([{ kind: 'clause', file: 'legal/clauses/about.hbs' }]);
  });

  it('names the company’s clause file even for a clause that opens with a code block', () => {
    const { policy } = load('minimal.yaml');
    const overridden: Policy = { ...policy, policy: { ...policy.policy, clauses: 'legal/clauses' } };
    for (const about of ['```\nOur code of conduct\n```\n\n## About us\n\nText.\n', '    Our code of conduct\n\n## About us\n\nText.\n']) {
      const built = buildPolicy(overridden, { overrides: { about }, explain: true });
      expect(built.md).toBe(buildPolicy(overridden, { overrides: { about } }).md);
      for (const text of ['Our code of conduct', 'About us', 'Text.']) {
        expect(built.explain?.sentences.find((s) => s.text === text)?.sources, text).toEqual([{ kind: 'clause', file: 'legal/clauses/about.hbs' }]);
      }
    }
  });

  it('cannot be forged by a value holding marker characters: they stay text, and add no source', () => {
    const digit = (n: number): string => String.fromCharCode(0xe010 + n);
    const nonce = digit(0).repeat(4);
    // An open and a close marker for source 0 with the first nonce, around words of the value.
    const forged = `\uE000${nonce}${digit(0)}\uE001forged words\uE002${nonce}${digit(0)}\uE001`;
    const edit = (text: string): string =>
      text.replace(/^ {2}description: a workspace for small design teams$/m, `  description: "a company with ${JSON.stringify(forged).slice(1, -1)}"`);
    const { explanation, policy, lineOf } = explain('full.yaml', edit);
    const plain = buildPolicy(policy);
    const built = buildPolicy(policy, { explain: { lineOf } });
    expect(built.md).toBe(plain.md);
    expect(plain.md).toContain(forged);
    const sentence = explanation.sentences.find((s) => s.text.includes('forged words'));
    expect(sentence?.text).toMatch(/[\uE000-\uE01F]/);
    expect(sentence?.text).toContain(forged);
    // The same sources as the same sentence whose value has plain words where the markers were.
    const control = explain('full.yaml', (text) => edit(text).replace(/[\uE000-\uE01F]/g, ''));
    expect(sentence?.sources).toEqual(control.explanation.sentences.find((s) => s.text.includes('forged words'))?.sources);
    expect(sentence?.sources).toContainEqual({ kind: 'yaml', path: 'controller.description', line: lineOf(['controller', 'description']) });
  });
});
