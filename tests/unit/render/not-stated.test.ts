import type { MarkedToken, Token, Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/build.js';
import { lexMarkdown, markdownToFragment } from '../../../src/render/marked-safe.js';
import { fillEmptyCells, isNotStatedCell, notStatedCell } from '../../../src/render/not-stated.js';
import { sanitiseMarkdown } from '../../../src/render/sanitise-markdown.js';
import { loadFixture, variant } from './load-fixture.js';

/** Every table in some Markdown, nested ones included. */
function tables(tokens: readonly Token[]): Tokens.Table[] {
  return tokens.flatMap((generic): Tokens.Table[] => {
    const token = generic as MarkedToken;
    if (token.type === 'table') return [token];
    if (token.type === 'blockquote') return tables(token.tokens);
    if (token.type === 'list') return token.items.flatMap((item) => tables(item.tokens));
    return [];
  });
}

/** The data cells (body cells after the first) that hold nothing. */
const blankDataCells = (markdown: string): number =>
  tables(lexMarkdown(markdown))
    .flatMap((t) => t.rows.flatMap((row) => row.slice(1)))
    .filter((cell) => cell.text.trim() === '').length;

describe('the rule for a table cell the file gives no value for', () => {
  it('fills every empty data cell of a table with the word, emphasised, and nothing else', () => {
    const markdown = ['Intro | not a table', '', '| Name | | Note |', '| --- | --- | --- |', '| x | | |', '| | 1 | a \\| b |', '', 'After.'].join('\n');
    expect(fillEmptyCells(markdown, 'not stated')).toBe(
      ['Intro | not a table', '', '| Name | | Note |', '| --- | --- | --- |', '| x | *not stated* | *not stated* |', '| | 1 | a \\| b |', '', 'After.'].join(
        '\n',
      ),
    );
  });

  it('leaves the header and the first column (which names the row) as they are, and is idempotent', () => {
    const once = fillEmptyCells('| A | B |\n| :-: | --: |\n| | |', 'nicht angegeben');
    expect(once).toBe('| A | B |\n| :-: | --: |\n| | *nicht angegeben* |');
    expect(fillEmptyCells(once, 'nicht angegeben')).toBe(once);
  });

  it("fills a company's tables at any depth when their Markdown is re-written, and only when asked", () => {
    const theirs = '| A | B |\n| --- | --- |\n| x | |\n\n> | C | D |\n> | --- | --- |\n> | y | |\n\n- item\n\n  | E | F |\n  | --- | --- |\n  | z | |';
    expect(blankDataCells(sanitiseMarkdown(theirs))).toBe(3);
    const filled = sanitiseMarkdown(theirs, 1, 'non précisé');
    expect(blankDataCells(filled)).toBe(0);
    expect(filled.match(/\*non précisé\*/gu)).toHaveLength(3);
  });

  it('is recognised by the page only as the word alone, emphasised', () => {
    const cell = (markdown: string): Token[] => tables(lexMarkdown(`| A | B |\n| --- | --- |\n| x | ${markdown} |`))[0]?.rows[0]?.[1]?.tokens ?? [];
    expect(isNotStatedCell(cell(notStatedCell('not stated')), 'not stated')).toBe(true);
    expect(isNotStatedCell(cell('not stated'), 'not stated')).toBe(false);
    expect(isNotStatedCell(cell('*not yet*'), 'not stated')).toBe(false);
    expect(isNotStatedCell(cell('*not stated* here'), 'not stated')).toBe(false);
    expect(markdownToFragment('| A | B |\n| --- | --- |\n| x | *not stated* |')).toContain(
      '<td data-label="B"><span class="not-stated">not stated</span></td>',
    );
  });
});

describe('a policy built in en, de and fr', () => {
  for (const language of ['en', 'de', 'fr'] as const) {
    it(`leaves no data cell of any table blank in ${language}, in the Markdown (which the text reads) or the page`, () => {
      const { md, html } = buildPolicy(loadFixture('full.yaml'), { language });
      expect(blankDataCells(md)).toBe(0);
      expect(html).not.toMatch(/<td data-label="[^"]*"><\/td>/u);
    });
  }

  it('says "none" for a provider the file says receives no data, not "not stated"', () => {
    const policy = variant('minimal.yaml', (p) => {
      p.subprocessors = [
        { name: 'Statusco', purpose: 'Status page', location: 'IE', data_categories: [] },
        { name: 'Mailco', purpose: 'Email', location: 'IE', data_categories: ['account'] },
        { name: 'Hostco', purpose: 'Hosting', location: 'IE' },
      ];
    });
    expect(buildPolicy(policy).md).toContain('| Statusco | Status page | none | Ireland |');
    expect(buildPolicy(policy).md).toContain('| Hostco | Hosting | *not stated* | Ireland |');
    expect(buildPolicy(policy, { language: 'de' }).md).toContain('| Statusco | Status page | keine | Irland |');
    expect(buildPolicy(policy, { language: 'fr' }).md).toContain('| Statusco | Status page | aucune | Irlande |');
  });

  it("treats an empty cell in the company's own section as every other table does, in all three formats, with --explain", () => {
    const policy = variant('minimal.yaml', (p) => {
      p.sections = [{ id: 'offices', title: 'Our offices', body: '| Office | Phone |\n| --- | --- |\n| Dublin | |\n| Cork | +353 21 000 0000 |' }];
    });
    for (const [language, word] of [
      ['en', 'not stated'],
      ['de', 'nicht angegeben'],
      ['fr', 'non précisé'],
    ] as const) {
      const { md, html, txt, explain } = buildPolicy(policy, { language, explain: true });
      expect(md).toContain(`| Dublin | *${word}* |`);
      expect(html).toContain(`<span class="not-stated">${word}</span>`);
      expect(txt).toMatch(new RegExp(`Dublin +${word}`, 'u'));
      expect(explain?.sentences.some((s) => s.text === `Dublin | ${word}`)).toBe(true);
    }
  });

  it("fills the cells of a company's clause that overrides a built-in one, and --explain still reads the policy as built", () => {
    const policy = variant('minimal.yaml', (p) => {
      p.jurisdictions = ['gdpr'];
      p.subprocessors = [
        { name: 'Hostco', purpose: 'Hosting', location: 'US' },
        { name: 'Mailco', purpose: 'Email', location: 'US', transfer_mechanism: 'scc' },
      ];
    });
    const overrides = { 'partials/subprocessor-safeguard': '{{#if safeguards}}{{joinAnd (mechanismShorts safeguards @root.transfers.laws)}}{{/if}}' };
    const { md, explain } = buildPolicy(policy, { overrides, explain: true });
    expect(blankDataCells(md)).toBe(0);
    expect(md).toContain('| Hostco | Hosting | United States | *not stated* |');
    expect(explain?.sentences.some((s) => s.text === 'Hostco | Hosting | United States | not stated')).toBe(true);
  });
});
