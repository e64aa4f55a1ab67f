import { diffWords } from 'diff';

/** A stretch of the new text: unchanged, inserted, or deleted from the old one. */
export interface RedlinePart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** A paragraph of the new policy with its changes marked; unchanged paragraphs are left out. */
export type RedlineBlock = RedlinePart[];

/**
 * A word-level comparison of two rendered policies (plain text), cut into the paragraphs that
 * changed so a notice carries what a reader needs rather than the whole policy twice.
 */
export function redline(before: string, after: string): RedlineBlock[] {
  const blocks: RedlineBlock[] = [[]];
  const changed = new Set<number>();
  const current = (): RedlineBlock => blocks[blocks.length - 1] as RedlineBlock;
  for (const part of diffWords(before, after)) {
    const op = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
    // Paragraphs end at blank lines, inside a change as much as outside one.
    part.value.split(/(\n[ \t]*\n+)/).forEach((piece, i) => {
      if (i % 2 === 1) blocks.push([]);
      else if (piece !== '') {
        current().push({ op, text: piece });
        if (op !== 'equal') changed.add(blocks.length - 1);
      }
    });
  }
  return blocks.filter((_, i) => changed.has(i)).map(trimBlock);
}

/** Lines around a paragraph's edges are layout, not content. */
function trimBlock(block: RedlineBlock): RedlineBlock {
  const out = block.map((p) => ({ ...p }));
  const first = out[0];
  const last = out[out.length - 1];
  if (first?.op === 'equal') first.text = first.text.replace(/^\s+/, '');
  if (last?.op === 'equal') last.text = last.text.replace(/\s+$/, '');
  return out.filter((p) => p.text !== '');
}

/** `[-deleted-]` and `{+inserted+}`, as `git diff --word-diff=plain` writes them. */
export const TEXT_MARKS: readonly [del: (text: string) => string, ins: (text: string) => string] = [(text) => `[-${text}-]`, (text) => `{+${text}+}`];

/** `[-deleted-]{+inserted+}`, as `git diff --word-diff=plain` writes it. */
export function redlineToText(blocks: readonly RedlineBlock[]): string {
  const [del, ins] = TEXT_MARKS;
  return blocks.map((block) => block.map((p) => (p.op === 'insert' ? ins(p.text) : p.op === 'delete' ? del(p.text) : p.text)).join('')).join('\n\n');
}

/** A section heading of the plain-text policy: its title over a line of dashes. */
const TEXT_HEADING = /^(\S[^\n]*)\n-{3,}[ \t]*$/gm;

/**
 * The section of the new policy each changed paragraph is in ("How long we keep your personal
 * data"), so a reader of the redline knows where the change is; undefined before the first one.
 */
export function redlineSections(after: string, blocks: readonly RedlineBlock[]): Array<string | undefined> {
  const headings = [...after.matchAll(TEXT_HEADING)].map((m) => ({ at: m.index, title: m[1] as string }));
  let from = 0;
  return blocks.map((block) => {
    const text = block
      .filter((p) => p.op !== 'delete')
      .map((p) => p.text)
      .join('');
    const found = text === '' ? -1 : after.indexOf(text, from);
    const at = found === -1 ? from : found;
    if (found !== -1) from = found;
    return headings.filter((h) => h.at <= at).at(-1)?.title;
  });
}

/**
 * A paragraph of the plain-text policy as one line: its lines were wrapped to 78 columns for an
 * email, and a browser wraps it again. A list item still starts its own line.
 */
export function unwrapText(text: string, following = ''): string {
  // What follows (the next marked stretch) decides whether a final line break starts a list item.
  const joined = `${text}${following}`.replace(/\n(?![ \t]*(?:[-*] |\d+\. |\n))[ \t]*/g, (match, offset: number) => (offset < text.length ? ' ' : match));
  return joined.endsWith(following) ? joined.slice(0, joined.length - following.length) : text.replace(/\n(?![ \t]*(?:[-*] |\d+\. |\n))[ \t]*/g, ' ');
}
