import { describe, expect, it } from 'vitest';
import { sanitiseMarkdown } from '../../../src/render/sanitise-markdown.js';

describe('sanitiseMarkdown', () => {
  it('keeps Markdown formatting and safe links', () => {
    const text = '# Title\n\nSome **bold** and *em* and [a link](https://ok.example) or [mail](mailto:a@b.example).\n\n- a list\n- of two';
    expect(sanitiseMarkdown(text)).toBe(text);
  });

  it('shows raw HTML as text, every < an entity', () => {
    expect(sanitiseMarkdown('Hi <b>x</b> there')).toBe('Hi &lt;b>x&lt;/b> there');
    expect(sanitiseMarkdown('<!-- hidden -->')).toBe('&lt;!-- hidden -->');
  });

  it('keeps the text of an unsafe link and drops the link', () => {
    expect(sanitiseMarkdown('[click](javascript:alert(1)) now')).toBe('click now');
    expect(sanitiseMarkdown('[x](<javascript:alert(1)>)')).toBe('x');
    expect(sanitiseMarkdown('[x](&#106;avascript:alert(1))')).toBe('x');
    expect(sanitiseMarkdown('[x](/relative)')).toBe('x');
    expect(sanitiseMarkdown('[x](https://u:p@evil.example) [m](mailto:a@b.example?bcc=c@d.example)')).toBe('x m');
  });

  it('resolves reference links, keeping only safe ones, and drops the definitions', () => {
    expect(sanitiseMarkdown('[r]: <javascript:alert(1)>\n\n[click][r]')).toBe('click');
    expect(sanitiseMarkdown('[r]: https://ok.example\n\n[click][r]')).toBe('[click](https://ok.example)');
  });

  it('turns images into links, so the page loads nothing', () => {
    expect(sanitiseMarkdown('![pixel](https://evil.example/p.gif)')).toBe('[pixel](https://evil.example/p.gif)');
    expect(sanitiseMarkdown('![pixel](data:image/png;base64,AAAA)')).toBe('pixel');
    // A '!' before a link would make it an image again.
    expect(sanitiseMarkdown('!![x](https://e.example/p.png)')).toBe('\\![x](https://e.example/p.png)');
  });

  it('fences code longer than any run inside, and closes an unclosed fence', () => {
    expect(sanitiseMarkdown('Use ``a`b`` here.')).toBe('Use ``a`b`` here.');
    expect(sanitiseMarkdown('```\n<script>x</script>\nstill code')).toBe('```\n<script>x</script>\nstill code\n```');
    expect(sanitiseMarkdown('~~~\n````\n~~~')).toBe('`````\n````\n`````');
  });

  it('keeps headings at or below the level asked, in ATX form', () => {
    expect(sanitiseMarkdown('# One\n\n## Two\n\n#### Four', 3)).toBe('### One\n\n### Two\n\n#### Four');
    expect(sanitiseMarkdown('#Heading\n---', 3)).toBe('### #Heading');
    expect(sanitiseMarkdown('Title\n=====', 3)).toBe('### Title');
  });
});
