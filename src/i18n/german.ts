/**
 * German articles before the name of a product, and prepositions joined with them. German writes
 * a common noun with its article ("Nur die Pocket-Website verwendet Cookies", "Nur in der
 * Pocket-Anwendung erhoben") and a proper name without one ("Nur in Firefox Relay"). A company
 * writes the name as it stands alone, so its grammatical gender is read from the noun it ends in,
 * among those that name products; a name that ends in none of them is taken as a proper name and
 * left bare, as before. One place for the rule: the clauses' helpers read it.
 */

export type GermanCase = 'nom' | 'acc' | 'dat';
type Gender = 'f' | 'm' | 'n' | 'pl';

/** The nouns a product's name may end in, by gender; plural forms as `pl`. Lower case. */
const HEADS: Readonly<Record<Gender, readonly string[]>> = {
  f: [
    'anwendung',
    'applikation',
    'app',
    'website',
    'webseite',
    'homepage',
    'seite',
    'plattform',
    'erweiterung',
    'software',
    'lösung',
    'schnittstelle',
    'api',
    'cloud',
    'suite',
    'community',
    'bibliothek',
    'datenbank',
  ],
  m: [
    'dienst',
    'service',
    'client',
    'browser',
    'server',
    'shop',
    'onlineshop',
    'messenger',
    'newsletter',
    'kalender',
    'manager',
    'assistent',
    'editor',
    'player',
    'store',
    'marktplatz',
    'speicher',
  ],
  n: [
    'programm',
    'portal',
    'konto',
    'add-on',
    'addon',
    'plugin',
    'plug-in',
    'tool',
    'forum',
    'netzwerk',
    'system',
    'betriebssystem',
    'widget',
    'dashboard',
    'produkt',
    'angebot',
    'abonnement',
    'abo',
    'gerät',
    'wiki',
    'modul',
    'spiel',
  ],
  pl: [
    'technologien',
    'dienste',
    'produkte',
    'anwendungen',
    'apps',
    'websites',
    'webseiten',
    'services',
    'tools',
    'angebote',
    'plattformen',
    'erweiterungen',
    'programme',
    'lösungen',
  ],
};

const ARTICLES: Readonly<Record<GermanCase, Readonly<Record<Gender, string>>>> = {
  nom: { f: 'die', m: 'der', n: 'das', pl: 'die' },
  acc: { f: 'die', m: 'den', n: 'das', pl: 'die' },
  dat: { f: 'der', m: 'dem', n: 'dem', pl: 'den' },
};

/** A definite article the company may have written itself ("die Pocket-App"). */
const LEADING_ARTICLE = /^(?:der|die|das|den|dem|des)\s+/iu;

/**
 * The gender of the noun a name ends in: the last word whole ("Mobile App"), after a hyphen
 * ("Pocket-Anwendung") or, for the longer nouns, closing a compound ("Webanwendung"). None for
 * a name with a word in lower case before it: an adjective ("mobile App"), whose ending would
 * change with the case.
 */
function genderOf(name: string): Gender | undefined {
  const words = name.trim().split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  if (words.slice(0, -1).some((word) => /^\p{Ll}/u.test(word)) || !/^\p{Lu}/u.test(last)) return undefined;
  const lower = last.toLowerCase();
  for (const gender of ['pl', 'f', 'm', 'n'] as const)
    for (const noun of HEADS[gender]) {
      if (lower === noun || lower.endsWith(`-${noun}`)) return gender;
      if (noun.length >= 6 && lower.endsWith(noun) && /\p{Ll}/u.test(lower.charAt(lower.length - noun.length - 1))) return gender;
    }
  return undefined;
}

/** "Pocket-Anwendung" in the dative is "der Pocket-Anwendung"; "Firefox Relay" stays as it is. */
export function withArticle(name: string, grammaticalCase: GermanCase): string {
  const bare = name.replace(LEADING_ARTICLE, '');
  const gender = genderOf(bare);
  return gender === undefined ? name : `${ARTICLES[grammaticalCase][gender]} ${bare}`;
}

/** Prepositions German contracts with "dem" and "der": "in dem" is "im", "zu der" is "zur". */
const CONTRACTIONS: Readonly<Record<string, string>> = {
  'in dem': 'im',
  'an dem': 'am',
  'von dem': 'vom',
  'zu dem': 'zum',
  'zu der': 'zur',
  'bei dem': 'beim',
};

/** A preposition before a phrase, contracted with its article where German does ("im Pocket-Dienst"). */
export function withPreposition(preposition: string, phrase: string): string {
  const article = /^(dem|der) (.*)$/su.exec(phrase);
  const contracted = article ? CONTRACTIONS[`${preposition.toLowerCase()} ${article[1] as string}`] : undefined;
  return contracted !== undefined && article ? `${contracted} ${article[2] as string}` : `${preposition} ${phrase}`;
}

/**
 * What a company's or organisation's name may end in, by the gender German gives it: a legal form
 * or an organisational noun. German writes such a name with its article ("die Internet Security
 * Research Group", "die Mozilla Corporation", "die Beispiel GmbH", "der Beispiel e. V."); foreign
 * legal forms take the feminine of "Gesellschaft". A name that ends in none of them ("Mozilla",
 * "Let's Encrypt") is a proper name and stands bare. Lower case, compared with the last word.
 */
const ORGANISATION_HEADS: Readonly<Record<Exclude<Gender, 'pl'>, readonly string[]>> = {
  f: [
    'group',
    'gruppe',
    'foundation',
    'stiftung',
    'corporation',
    'corp.',
    'company',
    'gesellschaft',
    'genossenschaft',
    'gmbh',
    'ag',
    'se',
    'kg',
    'kgaa',
    'ohg',
    'gbr',
    'ug',
    'eg',
    'inc.',
    'inc',
    'llc',
    'ltd',
    'ltd.',
    'limited',
    'plc',
    'sa',
    's.a.',
    'sas',
    'sarl',
    'bv',
    'b.v.',
    'nv',
    'n.v.',
    'oy',
    'ab',
    'spa',
    's.p.a.',
    'srl',
    's.r.l.',
    'association',
    'society',
    'organisation',
    'organization',
    'university',
    'universität',
    'hochschule',
  ],
  m: ['e.v.', 'e. v.', 'verein', 'verband', 'verlag'],
  n: ['institut', 'unternehmen'],
};

/** The cases a company's name is written in; the genitive only for organisations ("der Sitz der Acme Inc."). */
export type OrganisationCase = GermanCase | 'gen';

const GENITIVE: Readonly<Record<Exclude<Gender, 'pl'>, string>> = { f: 'der', m: 'des', n: 'des' };

/**
 * "Internet Security Research Group" in the nominative is "die Internet Security Research Group";
 * "Mozilla" stays as it is. In the genitive a bare name takes "von" ("der Sitz von Mozilla"), as
 * German writes it when a name cannot show the case.
 */
export function withOrganisationArticle(name: string, grammaticalCase: OrganisationCase): string {
  const bare = name.replace(LEADING_ARTICLE, '');
  const lower = bare.trim().toLowerCase().replace(/,/gu, '');
  const gender = (['f', 'm', 'n'] as const).find(
    (g) => (lower.includes(' ') || lower.includes('-')) && ORGANISATION_HEADS[g].some((head) => lower.endsWith(` ${head}`) || lower.endsWith(`-${head}`)),
  );
  if (gender === undefined) return grammaticalCase === 'gen' ? `von ${name}` : name;
  return `${grammaticalCase === 'gen' ? GENITIVE[gender] : ARTICLES[grammaticalCase][gender]} ${bare}`;
}
