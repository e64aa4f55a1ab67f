import fc from 'fast-check';
import { decodeEntities } from '../../../../src/render/entities.js';
import { Lexer, marked, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownLink, markdownMailto } from '../../../../src/render/helpers/markdown.js';

/** The inline tokens of a one-paragraph document, flattened. */
function inline(markdown: string): Token[] {
  const blocks = new Lexer({ gfm: true }).lex(markdown);
  expect(blocks.map((b) => b.type)).toEqual(['paragraph']);
  return (blocks[0] as { tokens: Token[] }).tokens;
}

/** What a reader sees: the text of text and escape tokens. */
function visible(tokens: readonly Token[]): string {
  return tokens.map((t) => ('text' in t ? t.text : '')).join('');
}

describe('escapeMarkdown', () => {
  it('leaves ordinary prose alone', () => {
    for (const text of ['Stripe, Inc.', 'snake_case names', 'A & B', 'Dublin (Ireland)', '50% off!', "O'Brien's 2nd shop"]) {
      expect(escapeMarkdown(text)).toBe(text);
    }
  });

  it('escapes what would become Markdown or HTML', () => {
    expect(escapeMarkdown('<script>x</script>')).toBe('\\<script>x\\</script>');
    expect(escapeMarkdown('*bold* _em_')).toBe('\\*bold\\* \\_em\\_');
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
    expect(escapeMarkdown('`code` ~~del~~')).toBe('\\`code\\` \\~\\~del\\~\\~');
    expect(escapeMarkdown('&lt; and &#60;')).toBe('\\&lt; and \\&#60;');
    expect(escapeMarkdown('C:\\path')).toBe('C:\\\\path');
  });

  it('never lets a value start a block', () => {
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('2) item')).toBe('2\\) item');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('===')).toBe('\\===');
    expect(escapeMarkdown('line one\n\n# two\n    code')).toBe('line one # two code');
  });

  it('stops GFM from linking anything but http(s) and email', () => {
    expect(escapeMarkdown('ftp://files.example/x')).toBe('ftp\\://files.example/x');
    expect(escapeMarkdown('see https://example.com')).toBe('see https://example.com');
  });

  it('keeps < literal right after a URL, where GFM would swallow a backslash', () => {
    expect(escapeMarkdown('https://x.example<b>')).toBe('https://x.example&lt;b>');
  });

  it('does not link a bare URL that escapes would stay inside, so it reads as typed', () => {
    expect(escapeMarkdown('A*http://a](')).toBe('A\\*http\\://a\\](');
    expect(escapeMarkdown('see www.example.com/a*b')).toBe('see www\\.example.com/a\\*b');
    expect(escapeMarkdown('https://example.com/a_b and x_')).toBe('https://example.com/a_b and x\\_');
  });

  it('reads back as typed with bare URLs among the characters, linked or not', () => {
    const alphabet = fc.constantFrom(...'ab <*_[]()`~|&;\\:/.1'.split(''), 'https://', 'http://x', 'www.', '\n');
    fc.assert(
      fc.property(
        fc.array(alphabet, { minLength: 1, maxLength: 20 }).map((parts) => parts.join('')),
        (text) => {
          const expected = text.replace(/\s+/g, ' ').trim();
          fc.pre(expected !== '');
          // The page decodes the entity that ends an autolink before a '<' (this alphabet spells no other).
          expect(decodeEntities(visible(inline(escapeMarkdown(text))))).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads back as exactly the characters typed, for any text', () => {
    const alphabet = fc.constantFrom(...'ab <>*_[]()`~|#-+=!&;\\:/.1 {}'.split(''), 'lt', 'https', '\n');
    fc.assert(
      fc.property(
        fc.array(alphabet, { minLength: 1, maxLength: 30 }).map((parts) => parts.join('')),
        (text) => {
          const expected = text.replace(/\s+/g, ' ').trim();
          fc.pre(expected !== '' && !/https|:\/\//.test(expected));
          const tokens = inline(escapeMarkdown(text));
          expect(tokens.every((t) => t.type === 'text' || t.type === 'escape')).toBe(true);
          expect(visible(tokens)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('escapeMarkdown on plain values', () => {
  // Plain values (single spaces, no special character) take a shorter path; surrounding blanks
  // force the general one, which must give the same result.
  it('gives what the general path gives', () => {
    const alphabet = fc.constantFrom(...'ab 1.)#-+=>:/@,'.split(''), '\u00a0', 'ftp://', '\t');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 12 }).map((parts) => parts.join('')),
        (text) => {
          expect(escapeMarkdown(text)).toBe(escapeMarkdown(` ${text}\n`));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('links from data', () => {
  it('links http(s) URLs and email addresses', () => {
    expect(markdownLink('https://ico.org.uk')).toBe('[https://ico.org.uk](https://ico.org.uk)');
    expect(markdownLink('https://stripe.com/privacy', 'Stripe, Inc.')).toBe('[Stripe, Inc.](https://stripe.com/privacy)');
    expect(markdownMailto('privacy@example.com')).toBe('[privacy@example.com](mailto:privacy@example.com)');
  });

  it('keeps "_", "*" and "\'" in a link as the file wrote them: they mean nothing there (the Let\'s Encrypt review: "privacy%5Fpolicy%5Fwebsite")', () => {
    expect(markdownLink('https://www.sageintacct.com/privacy_policy_website', 'Sage')).toBe('[Sage](https://www.sageintacct.com/privacy_policy_website)');
    expect(markdownLink("https://en.example/wiki/O'Brien_*x*")).toMatch(/\(https:\/\/en\.example\/wiki\/O'Brien_\*x\*\)$/);
  });

  it('encodes what would break the link or a table cell', () => {
    expect(markdownLink('https://x.example/a_(b)|c')).toBe('[https://x.example/a\\_(b)\\|c](https://x.example/a_%28b%29%7Cc)');
  });

  it('keeps no-break spaces (French typography, citations) while collapsing breaking blanks', () => {
    expect(escapeMarkdown('vos données\u00A0; nos  services\n et «\u202Fici\u202F»')).toBe('vos données\u00A0; nos services et «\u202Fici\u202F»');
  });

  it('keeps an image written in a name as text (marked reads one inside link text despite escaped brackets)', () => {
    const md = markdownLink('https://a.example', 'a![x](https://e.example/p.png)');
    expect(md).toBe('[a!&#91;x&#93;(https://e.example/p.png)](https://a.example)');
    expect(marked.parse(md, { async: false })).not.toContain('<img');
  });

  it('never links anything else', () => {
    expect(markdownLink('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(markdownLink('ftp://x.example')).toBe('ftp\\://x.example');
    expect(markdownMailto('not an email')).toBe('not an email');
  });
});
