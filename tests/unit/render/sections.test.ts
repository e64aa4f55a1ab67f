import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { ClauseError } from '../../../src/render/handlebars.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { loadFixture, variant } from './load-fixture.js';

const md = (policy: Policy, overrides?: Record<string, string>): string => renderMarkdown(normalize(policy), overrides ? { overrides } : {});
const headings = (markdown: string): string[] => [...markdown.matchAll(/^## (.*)$/gm)].map((m) => m[1] as string);

describe('custom sections', () => {
  it('go before or after the section they name, and at the end otherwise', () => {
    const names = headings(md(loadFixture('full.yaml')));
    const at = (name: string): number => names.indexOf(name);
    expect(at('What happens when you delete a file')).toBe(at('How long we keep your personal data') + 1);
    expect(at('Our open-source components')).toBe(at('How we protect your personal data') - 1);
    expect(names[names.length - 1]).toBe('A closing note');
  });

  it('keep their place when the section they name is left out', () => {
    const out = md(
      variant('minimal.yaml', (p) => {
        p.sections = [{ id: 'x', title: 'After the absent AI section', after: 'ai', body: 'Text.' }];
      }),
    );
    expect(headings(out)).toEqual([
      'Key points',
      'Who we are',
      'What personal information we collect',
      'How we use your personal information',
      'After the absent AI section',
      'Contact us',
    ]);
  });

  it('keep their Markdown, stay below ##, and lose raw HTML and unsafe links', () => {
    const out = md(
      variant('minimal.yaml', (p) => {
        p.sections = [
          {
            id: 'x',
            title: '<b>Title</b> *here*',
            body: '**Bold** and [ok](https://ok.example).\n\n# Big heading\n\n<script>alert(1)</script> [bad](javascript:alert(1))',
          },
        ];
      }),
    );
    // A line that opens with <script> is an HTML block to every CommonMark reader: all of it is text.
    expect(out).toContain(
      '## \\<b>Title\\</b> \\*here\\*\n\n**Bold** and [ok](https://ok.example).\n\n### Big heading\n\n&lt;script>alert(1)&lt;/script> \\[bad\\](javascript:alert(1))\n',
    );
  });
});

describe('clause overrides', () => {
  it('replace a built-in clause, with data still escaped', () => {
    const out = md(
      variant('minimal.yaml', (p) => (p.controller.name = '*Mini* <Co>')),
      { contact: '## Talk to us\n\nWrite to {{policy.controller.name}} at {{{mailto policy.controller.email}}}.\n' },
    );
    expect(out).toContain('## Talk to us\n\nWrite to \\*Mini\\* &lt;Co> at [hello@minimal.example](mailto:hello@minimal.example).\n');
    expect(out).not.toContain('## Contact us');
  });

  it('replace a partial used by built-in clauses', () => {
    const out = md(loadFixture('full.yaml'), { 'partials/right-item': '**{{label}}**' });
    expect(out).toContain('- **Right of access**\n');
  });

  it('remove a section when they render nothing', () => {
    expect(headings(md(loadFixture('minimal.yaml'), { changes: '' }))).not.toContain('Changes to this policy');
  });

  it('lose raw HTML and unsafe links written in the clause itself', () => {
    const out = md(loadFixture('minimal.yaml'), { contact: '## Contact\n\n<iframe src="https://x.example"></iframe> [x](javascript:alert(1))\n' });
    // After a URL the < is written as an entity, which GFM's autolinks cannot swallow.
    // An <iframe> line is an HTML block: shown as text, the link in it included.
    expect(out).toContain('## Contact\n\n&lt;iframe src="https://x.example">&lt;/iframe> \\[x\\](javascript:alert(1))\n');
  });

  it('must name a built-in clause, with a suggestion for a typo', () => {
    expect(() => md(loadFixture('minimal.yaml'), { contcat: 'x' })).toThrow(ClauseError);
    expect(() => md(loadFixture('minimal.yaml'), { contcat: 'x' })).toThrow(/'contcat'.*no built-in clause.*Did you mean 'contact'\?/);
  });

  it('cannot reach outside the clause folder', () => {
    for (const name of ['../contact', 'partials/../../x', '/etc/passwd', 'a//b']) {
      expect(() => md(loadFixture('minimal.yaml'), { [name]: 'x' })).toThrow(/inside the clauses folder/);
    }
  });

  it('report their own mistakes by clause name', () => {
    expect(() => md(loadFixture('minimal.yaml'), { contact: '{{#if x}}' })).toThrow(/clause 'contact'/);
    expect(() => md(loadFixture('minimal.yaml'), { contact: '{{policy.nope.deeper}}' })).toThrow(/clause 'contact'/);
    expect(() => md(loadFixture('minimal.yaml'), { contact: '{{exec "rm"}}' })).toThrow(/clause 'contact'.*unknown helper exec/);
  });
});
