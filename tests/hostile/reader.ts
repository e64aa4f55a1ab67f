import { decodeEntities } from '../../src/render/entities.js';

/**
 * Documents as a reader sees them, so a value can be looked for whatever escaping it needed: the
 * page without its head, tags or entities. Compared without white space, since lines wrap and
 * elements break text where the value had a space.
 */
export function pageText(html: string): string {
  const body = html.slice(html.indexOf('<body'));
  return compact(decodeEntities(body.replace(/<[^>]*>/g, '')));
}

export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Every tag name in a page's body: what a browser would build from it. */
export function bodyTags(html: string): Set<string> {
  const body = html.slice(html.indexOf('<body'));
  return new Set([...body.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => (m[1] as string).toLowerCase()));
}

/** Every attribute name in the page: none may be an event handler. */
export function attributeNames(html: string): Set<string> {
  const names = new Set<string>();
  for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    const unquoted = tag.replace(/"[^"]*"|'[^']*'/g, '""');
    for (const m of unquoted.matchAll(/\s([a-zA-Z-:]+)(?==)/g)) names.add((m[1] as string).toLowerCase());
  }
  return names;
}

/** Every href and src in the page. */
export function urls(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1] as string));
}
