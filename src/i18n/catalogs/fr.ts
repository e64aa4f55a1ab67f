import type { Catalog } from '../catalog.js';
import { sentenceCaseWord } from '../sentence-case.js';
import { withPreposition } from '../french.js';
import { COUNTRY_NAMES } from '../countries/fr.generated.js';
import { FR_LAW } from '../../law/text/fr.js';
import { FR_GISTS } from '../gists/fr.js';
import { FR_PHRASES } from '../phrases/fr.js';

/** Countries whose name takes "aux" (plural), "à" (no article: islands, city states) or "au" (masculine). */
const AUX: ReadonlySet<string> = new Set(['US', 'NL', 'AE', 'PH', 'BS', 'MV', 'SC', 'KM', 'MH', 'SB', 'FO', 'FK', 'VG', 'VI', 'TC', 'CK', 'KY']);
const A: ReadonlySet<string> = new Set(['SG', 'MC', 'MT', 'CY', 'CU', 'MU', 'HK', 'MO', 'MG', 'BH', 'HT', 'JM', 'TW', 'IL', 'AD', 'SM']);
const AU: ReadonlySet<string> = new Set([
  'GB',
  'CA',
  'JP',
  'BR',
  'PT',
  'LU',
  'DK',
  'MX',
  'MA',
  'CL',
  'PE',
  'VN',
  'LI',
  'KZ',
  'NG',
  'KE',
  'PK',
  'BD',
  'SN',
  'CM',
  'GH',
  'VE',
  'ME',
  'QA',
  'KW',
  'LB',
  'BE',
  'MZ',
  'ZW',
  'KH',
  'NP',
  'GT',
  'PA',
  'PY',
  'SV',
  'HN',
  'NI',
  'CR',
  'TD',
  'ML',
  'NE',
  'RW',
  'BI',
  'MW',
  'BW',
  'GA',
  'CG',
  'BJ',
  'TG',
  'BF',
  'SD',
  'YE',
  'SR',
  'BT',
  'LA',
  'MM',
]);

/**
 * Countries as they follow a verb of place ("Nous stockons des données …"): "en France", "au
 * Canada", "aux États-Unis", "à Singapour". Feminine names and names starting with a vowel take
 * "en"; the masculine ones policies name are listed.
 */
function locative(code: string, name: string): string {
  if (code === 'EU') return 'dans l’Union européenne';
  // CLDR's name is "État de la Cité du Vatican", which no locative preposition fits.
  if (code === 'VA') return 'au Vatican';
  if (AUX.has(code)) return `aux ${name}`;
  if (A.has(code)) return `à ${name}`;
  if (AU.has(code) && !/^[AEIOUY\u00C9\u00C8\u00C2\u00CE]/u.test(name)) return `au ${name}`;
  return `en ${name}`;
}

const UNITS = {
  year: ['an', 'ans'],
  month: ['mois', 'mois'],
  week: ['semaine', 'semaines'],
  day: ['jour', 'jours'],
  hour: ['heure', 'heures'],
  minute: ['minute', 'minutes'],
  second: ['seconde', 'secondes'],
} as const;

/** French, addressing the reader as "vous". */
export const FR: Catalog = {
  code: 'fr',
  name: 'Français',
  and: 'et',
  or: 'ou',
  serialComma: false,
  withPreposition,
  underPreposition: 'au titre',
  semicolon: '\u202F; ',
  hasConjunction: /\s(?:et|ou)\s/,
  articleStart: /^(?:le|la|les|l\u2019|un|une|des|notre|nos|ce|cet|cette|ces|son|sa|ses|leur|leurs|votre|vos)\s?/,
  institution: (name) => name,
  inSentence(name) {
    const [first, ...rest] = name.split(' ');
    if (first === undefined || rest.length === 0 || !sentenceCaseWord(first)) return name;
    if (rest.some((w) => /^\p{Lu}/u.test(w))) return name;
    return first.toLowerCase() + name.slice(first.length);
  },
  lowerCaseNames: true,
  rightInList: (label) => (/^droits\b/i.test(label) ? `les ${label}` : /^droit\b/i.test(label) ? `le ${label}` : label),
  intl: { date: () => 'fr-FR', list: 'fr-FR' },
  // French writes the first of the month as an ordinal, "1er avril"; CLDR writes "1 avril".
  day: (day) => (day === 1 ? '1er' : String(day)),
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  // French writes the day first whatever style the English uses, "1er" for the first: "3 avril 2026".
  dateAfter: (preposition, date, monthOnly) => {
    if (!monthOnly) return `${{ on: 'le', from: 'à compter du', until: 'jusqu’au', after: 'après le' }[preposition]} ${date}`;
    // "à compter d’avril", "d’août", "d’octobre": de elides before a vowel.
    if (preposition === 'from') return /^[aeiou]/u.test(date) ? `à compter d’${date}` : `à compter de ${date}`;
    return `${{ on: 'en', until: 'jusqu’en', after: 'après' }[preposition]} ${date}`;
  },
  longDate: (day, month, year) => `${day === 1 ? '1er' : day} ${month} ${year}`,
  durationUnit: (count, unit) => `${count} ${UNITS[unit][count === 1 ? 0 : 1]}`,
  noTime: 'immédiatement',
  retention: {
    keywords: {
      account_lifetime: 'tant que votre compte est ouvert',
      until_deleted_by_user: 'jusqu’à ce que vous supprimiez les données',
      until_consent_withdrawn: 'jusqu’à ce que vous retiriez votre consentement',
      until_purpose_fulfilled: 'jusqu’à ce que la finalité pour laquelle les données ont été collectées soit atteinte',
      as_required_by_law: 'aussi longtemps que la loi l’exige',
      indefinite: 'sans limitation de durée',
      deleted_after_use: 'uniquement le temps de l’utilisation, puis suppression immédiate',
      not_stored: 'pas du tout (aucune conservation)',
    },
    duration: (words, upTo) => `${upTo ? 'pendant au plus ' : 'pendant '}${words}`,
    durationOrUntil: (duration, until) => `${duration} ou jusqu’à ${until}`,
    until: (until) => `jusqu’à ${until}`,
  },
  changeChannel(channel, service, alone) {
    switch (channel) {
      case 'email':
        return 'par e-mail';
      case 'in_app':
        return `par un avis dans ${service ?? 'nos services'}`;
      case 'website':
        return 'par un avis publié sur notre site web';
      case 'other':
        return alone ? 'par des moyens appropriés' : 'par d’autres moyens appropriés';
    }
  },
  ourServices: 'nos services',
  personalData: 'données personnelles',
  personalInformation: 'informations personnelles',
  countries: COUNTRY_NAMES,
  countryInSentence: locative,
  // "Art. 6(1)(a)" → "art. 6.1.a", as the CNIL cites the GDPR ("Art. 21(2) and (3)" → "art. 21.2
  // et 21.3"); the Civil Code's "§" stays.
  provision: (provision) =>
    provision.startsWith('Art.')
      ? `art. ${provision
          .slice(5)
          .trim()
          .replace(/^(\d+)\((\d+)\) and \((\d+)\)$/, '$1($2) et $1($3)')
          .replace(/\((\w+)\)/g, '.$1')}`
      : provision,
  // French sets a no-break space before « : » and inside « », a narrow one before « ; ! ? »
  // (Imprimerie nationale), and keeps "art. 6.1.a RGPD" on one line. A colon that starts a
  // Markdown table's alignment (" :---") is syntax, not punctuation.
  typography: (markdown) =>
    markdown
      .replace(/ +([;!?])/g, '\u202F$1')
      .replace(/ +:(?!-)/g, '\u00A0:')
      .replace(/\u00AB +/g, '\u00AB\u00A0')
      .replace(/ +\u00BB/g, '\u00A0\u00BB')
      .replace(/\bart\. (\d+(?:\.\d+)*(?:\.[a-z])?)/g, 'art.\u00A0$1')
      .replace(/(art\.\u00A0[0-9.a-z]+) (RGPD|nLPD|OPDo|UK GDPR)\b/g, (_m, head: string, law: string) => `${head}\u00A0${law.replace(' ', '\u00A0')}`),
  law: FR_LAW,
  notice: {
    subject: (company, date) => `Modifications de la politique de confidentialité de ${company}, en vigueur ${date('on')}`,
    subjectTitled: (title, date) => `Modifications du document «\u00a0${title}\u00a0», en vigueur ${date('on')}`,
    intro: (service, date) => `Nous mettons à jour la politique de confidentialité de ${service}. La nouvelle version entre en vigueur ${date('on')}.`,
    onlyDate: ' Elle ne modifie aucune de nos pratiques ; seule sa date change.',
    onlyWording: ' Elle ne modifie que la rédaction de la politique.',
    continuedUse: (service, date) => `Si vous continuez à utiliser ${service} ${date('after')}, la politique mise à jour s’applique à vous.`,
    readAt: 'Vous pouvez consulter l’intégralité de la politique mise à jour à l’adresse',
    questions: 'Pour toute question, contactez-nous à l’adresse',
    summaryHeading: 'En bref',
    gists: FR_GISTS,
    phrases: FR_PHRASES,
    topics: {
      company: 'Qui sommes-nous et comment nous contacter',
      commitments: 'Nos engagements',
      government: 'Demandes des autorités publiques et des services répressifs',
      scope: 'Ce que couvre la présente politique',
      collection: 'Ce que nous collectons',
      use: 'Comment nous utilisons vos données',
      sharing: 'Avec qui nous les partageons',
      transfers: 'Où vont vos données',
      retention: 'Combien de temps nous les conservons',
      rights: 'Vos droits',
      children: 'Enfants',
      cookies: 'Cookies et traçage',
      ai: 'IA',
      security: 'Sécurité et violations de données',
      changes: 'Comment nous vous informons des modifications',
      other: 'Autres modifications',
    },
  },
  page: {
    title: 'Politique de confidentialité',
    contents: 'Sommaire',
    skipContents: 'Aller à la politique',
    backToContents: 'Retour au sommaire',
    notStated: 'non précisé',
    print: 'Imprimer cette politique',
    keyPoints: 'L’essentiel',
    languages: 'Langues',
  },
  audiences: {
    visitors: 'Visiteurs de notre site web',
    prospects: 'Clients potentiels',
    customers: 'Clients',
    authorised_users: 'Utilisateurs autorisés de nos clients',
    end_users: 'Utilisateurs finaux des services de nos clients',
    applicants: 'Candidats à un emploi',
    event_attendees: 'Participants à nos événements',
    partners: 'Partenaires commerciaux et leur personnel',
    other: 'Autres personnes',
  },
};
