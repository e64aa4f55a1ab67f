/**
 * Legal citations kept in one piece wherever a line breaks: "Art. 6(1)(a) GDPR" and
 * "§ 1798.125" are joined by no-break spaces, which the text wrapper, browsers and Markdown
 * viewers all respect. (The page also keeps a run of no-break-joined words on one line, since a
 * browser would otherwise break between ")(" inside "6(1)(a)"; see marked-safe.ts.)
 */
const ARTICLE = /\bArts?\. (\d+(?:\(\d+\))*(?:\([a-z]\))*)(?: (UK GDPR|GDPR|FADP)\b)?/g;
const SECTION = /\u00a7 (\d[\d.]*\d|\d)/g;
const NBSP = '\u00a0';

export function keepCitationsTogether(text: string): string {
  return text
    .replace(ARTICLE, (match: string, number: string, law: string | undefined) => {
      const head = match.startsWith('Arts.') ? 'Arts.' : 'Art.';
      return `${head}${NBSP}${number}${law === undefined ? '' : `${NBSP}${law.replace(' ', NBSP)}`}`;
    })
    .replace(SECTION, `\u00a7${NBSP}$1`);
}
