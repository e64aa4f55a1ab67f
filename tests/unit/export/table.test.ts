import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv, toHtmlTable, toMarkdownTable } from '../../../src/export/table.js';
import { parseCsv } from './support.js';

describe('CSV (RFC 4180, safe in a spreadsheet)', () => {
  it('quotes fields with commas, quotes and line breaks, and ends every record with CRLF', () => {
    const csv = toCsv({
      columns: ['a', 'b'],
      rows: [
        ['x, y', 'say "hi"'],
        ['line\nbreak', 'plain'],
      ],
    });
    expect(csv).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",plain\r\n');
    expect(parseCsv(csv)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['line\nbreak', 'plain'],
    ]);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil.example")'])('neutralises a formula: %j', (value) => {
    const [field] = parseCsv(`${csvField(value)}\r\n`)[0] as string[];
    expect(field).toBe(`'${value}`);
  });

  it('leaves ordinary text as it is', () => {
    expect(csvField('Stripe, Inc.')).toBe('"Stripe, Inc."');
    expect(csvField('a-b')).toBe('a-b');
  });
});

describe('Markdown and HTML tables', () => {
  it('escape every value, and show an empty cell as not stated', () => {
    const table = { columns: ['Name', 'Note'], rows: [['<script>x</script> | *b*', '']] };
    // Rendered by a real Markdown parser, the value is one cell of text, as typed.
    const rendered = marked.parse(toMarkdownTable(table), { async: false });
    expect(rendered).toContain('<td>&lt;script&gt;x&lt;/script&gt; | *b*</td>\n<td>—</td>');
    expect(rendered).not.toContain('<script>');
    const html = toHtmlTable(table);
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt; | *b*');
    expect(html).not.toContain('<script>');
    expect(html).toContain('aria-label="not stated"');
  });
});
