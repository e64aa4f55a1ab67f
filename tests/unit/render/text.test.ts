import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownToText, TEXT_WIDTH } from '../../../src/render/text.js';
import { displayWidth } from '../../../src/render/wrap.js';
import { golden } from '../../fixtures/markdown/golden.js';

const fixture = readFileSync(new URL('../../fixtures/markdown/policy.md', import.meta.url), 'utf8');
const md = (...lines: string[]): string => lines.join('\n');

/** Lines longer than the width that are not a single URL or email address. */
function overlong(text: string): string[] {
  return text.split('\n').filter((line) => displayWidth(line) > TEXT_WIDTH && !/^\s*\S*(?::\/\/|@)\S*$/.test(line));
}

describe('markdownToText on a whole policy', () => {
  const text = markdownToText(fixture);

  it('keeps every line within 78 columns, except an unbreakable address', () => {
    expect(TEXT_WIDTH).toBe(78);
    expect(overlong(text)).toEqual([]);
    // The fixture's long archive URL is the one line allowed past the width.
    expect(text.split('\n').filter((l) => displayWidth(l) > TEXT_WIDTH)).toEqual([
      'https://sessionly.co/legal/privacy/archive?from=2019-01-01&format=full&include=all-versions-and-translations.',
    ]);
  });

  it('never breaks a URL or an email address', () => {
    const urls = fixture.match(/https?:\/\/[^\s)>\]]+|[\w.+-]+@[\w-]+\.[\w.-]*\w/g) ?? [];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(text).toContain(url);
  });

  it('leaves no Markdown or HTML syntax behind', () => {
    expect(text).not.toMatch(/\*\*|\\[*_[\]#]|&amp;|&#|\]\(|^#+ /m);
  });

  it('marks the title with = and sections with -, underlined to their length', () => {
    expect(text.startsWith('Privacy Policy\n==============\n\n')).toBe(true);
    expect(text).toContain('\n\n\nWho we share it with\n--------------------\n\n');
    expect(text).toContain('\nInformation you give us\n~~~~~~~~~~~~~~~~~~~~~~~\n');
  });

  it('writes a link as its text followed by the URL, once', () => {
    expect(text).toContain('sessionly.co (https://sessionly.co)');
    expect(text).toContain('reach our Data Protection Officer at dpo@sessionly.co.');
    // A mailto link whose text is the address needs no repetition, even with a subject.
    expect(text).toContain('To exercise a right, email privacy@sessionly.co with the subject line');
    // Nor does a bare www address, which GFM links to http://.
    expect(markdownToText('See www.example.com or_www.example.org, and http://a.example.\n')).toBe(
      'See www.example.com or_www.example.org, and http://a.example.\n',
    );
    expect(markdownToText('[www.example.com](https://www.example.com)\n')).toBe('www.example.com (https://www.example.com)\n');
  });

  it('ends with exactly one newline and has no trailing spaces', () => {
    expect(text.endsWith('.\n')).toBe(true);
    expect(text).not.toMatch(/[ \t]$/m);
    expect(text).not.toMatch(/\n\n\n\n/);
  });

  it('is deterministic, and matches the reviewed golden file', () => {
    expect(markdownToText(fixture)).toBe(text);
    expect(text).toBe(golden('policy.golden.txt', text));
  });
});

describe('lists', () => {
  it('hangs continuation lines under the item text, also when nested', () => {
    const text = markdownToText(
      md(
        '- **Usage data**: the pages you visit and the features you use, including the time you spend on each page:',
        '  - session join and leave times, with the network quality measured during the session;',
        '  - error reports.',
        '- Short.',
      ),
    );
    expect(text).toBe(
      md(
        '- Usage data: the pages you visit and the features you use, including the time',
        '  you spend on each page:',
        '  - session join and leave times, with the network quality measured during the',
        '    session;',
        '  - error reports.',
        '- Short.',
        '',
      ),
    );
  });

  it('right-aligns numbers so that items line up past nine', () => {
    const items = Array.from({ length: 10 }, (_, i) => `${i + 1}. Item ${i + 1}`);
    const lines = markdownToText(items.join('\n')).split('\n');
    expect(lines[0]).toBe(' 1. Item 1');
    expect(lines[9]).toBe('10. Item 10');
  });

  it('keeps the start number of an ordered list', () => {
    expect(markdownToText('3. three\n4. four')).toBe(' 3. three\n 4. four\n'.replace(/^ /gm, ''));
  });

  it('separates the items of a loose list with blank lines', () => {
    expect(markdownToText('- one\n\n- two')).toBe('- one\n\n- two\n');
  });
});

describe('tables', () => {
  it('aligns columns when the table fits, honouring column alignment', () => {
    expect(markdownToText(md('| Data | Period |', '| --- | ---: |', '| Payment records | 7 years |', '| Logs | 90 days |'))).toBe(
      md('Data              Period', '---------------  -------', 'Payment records  7 years', 'Logs             90 days', ''),
    );
  });

  it('writes one block per row, "Header: value", when the table is too wide', () => {
    const text = markdownToText(
      md(
        '| Provider | Purpose | Location | Safeguard |',
        '| --- | --- | --- | --- |',
        '| Stripe, Inc. | Payment processing and fraud prevention for bookings made on the platform | United States | Standard Contractual Clauses approved by the European Commission |',
        '| Daily.co | Video calls | | |',
      ),
    );
    expect(text).toBe(
      md(
        'Stripe, Inc.',
        '  Purpose:   Payment processing and fraud prevention for bookings made on the',
        '             platform',
        '  Location:  United States',
        '  Safeguard: Standard Contractual Clauses approved by the European Commission',
        '',
        'Daily.co',
        '  Purpose:   Video calls',
        '',
      ),
    );
    expect(overlong(text)).toEqual([]);
  });

  it('hangs values under long labels instead of pushing them far right', () => {
    const text = markdownToText(
      md(
        '| Data | What happens at the end of the period | Period |',
        '| --- | --- | --- |',
        `| Logs | ${'We delete the logs or make them anonymous. '.repeat(2)}| 90 days |`,
      ),
    );
    expect(text).toBe(
      md(
        'Logs',
        '  What happens at the end of the period: We delete the logs or make them',
        '    anonymous. We delete the logs or make them anonymous.',
        '  Period: 90 days',
        '',
      ),
    );
  });

  it('shows links in cells as text and URL, and escapes as plain characters', () => {
    const text = markdownToText(md('| Name | Policy |', '| --- | --- |', '| A \\| B | [policy](https://a.example/privacy) |'));
    expect(text).toContain('A | B  policy (https://a.example/privacy)');
  });
});

describe('wrapping', () => {
  it('puts an overlong URL on its own line, whole', () => {
    const url = `https://example.com/${'a'.repeat(90)}`;
    const text = markdownToText(`Read the archive at ${url} for more.`);
    expect(text).toBe(`Read the archive at\n${url}\nfor more.\n`);
  });

  it('cuts a word that is not an address when it cannot fit', () => {
    const text = markdownToText('x'.repeat(100));
    expect(text).toBe(`${'x'.repeat(78)}\n${'x'.repeat(22)}\n`);
  });

  it('counts East Asian wide characters as two columns and breaks between them', () => {
    const text = markdownToText('数据'.repeat(50));
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBe(3);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(displayWidth(lines[0] ?? '')).toBe(78);
  });

  it('counts code points, not UTF-16 units: a line of emoji-free accents fills to 78', () => {
    const text = markdownToText(Array.from({ length: 30 }, () => 'été').join(' '));
    for (const line of text.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(78);
    expect([...(text.split('\n')[0] ?? '')].length).toBe(75);
  });

  it('keeps an address with wide characters whole', () => {
    const url = `https://例え.jp/${'プライバシー'.repeat(8)}`;
    expect(markdownToText(`See ${url}`)).toBe(`See\n${url}\n`);
  });

  it('keeps hard line breaks', () => {
    expect(markdownToText('Sessionly Inc.  \n548 Market Street\\\nSan Francisco')).toBe('Sessionly Inc.\n548 Market Street\nSan Francisco\n');
  });
});

describe('inline text', () => {
  it('drops emphasis markers and resolves escapes and character references', () => {
    expect(markdownToText('*We* **never** ~~sell~~ \\*your\\* data &amp; AT&amp;T &copy; &#8212; `a*b`')).toBe('We never sell *your* data & AT&T © — a*b\n');
  });

  it('shows raw HTML as typed, as the page does', () => {
    expect(markdownToText('Hello <b>world</b>')).toBe('Hello <b>world</b>\n');
  });

  it('shows an unsafe link as its text only', () => {
    expect(markdownToText('[click here](javascript:alert(1)) now')).toBe('click here now\n');
  });

  it('shows an image as its alt text and URL', () => {
    expect(markdownToText('![Our logo](https://example.com/logo.png)')).toBe('Our logo (https://example.com/logo.png)\n');
  });
});
