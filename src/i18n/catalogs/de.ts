import { withArticle, withOrganisationArticle, withPreposition } from '../german.js';
import type { Catalog } from '../catalog.js';
import { COUNTRY_NAMES } from '../countries/de.generated.js';
import { DE_LAW } from '../../law/text/de.js';
import { DE_GISTS } from '../gists/de.js';
import { DE_PHRASES } from '../phrases/de.js';

/**
 * Countries as they follow a verb of place ("Wir speichern Daten …"): "in Norwegen", but with the
 * article, in the dative, where German uses one.
 */
const LOCATIVE: Readonly<Record<string, string>> = {
  US: 'in den Vereinigten Staaten',
  GB: 'im Vereinigten Königreich',
  NL: 'in den Niederlanden',
  CH: 'in der Schweiz',
  AE: 'in den Vereinigten Arabischen Emiraten',
  PH: 'auf den Philippinen',
  TR: 'in der Türkei',
  SK: 'in der Slowakei',
  UA: 'in der Ukraine',
  MN: 'in der Mongolei',
  IR: 'im Iran',
  IQ: 'im Irak',
  LB: 'im Libanon',
  YE: 'im Jemen',
  SD: 'im Sudan',
  VA: 'im Vatikan',
  DO: 'in der Dominikanischen Republik',
  CF: 'in der Zentralafrikanischen Republik',
  CZ: 'in Tschechien',
  BS: 'auf den Bahamas',
  MV: 'auf den Malediven',
  SC: 'auf den Seychellen',
  EU: 'in der Europäischen Union',
};

/** Each unit: singular, dative plural, accusative plural. */
const UNITS = {
  year: ['Jahr', 'Jahren', 'Jahre'],
  month: ['Monat', 'Monaten', 'Monate'],
  week: ['Woche', 'Wochen', 'Wochen'],
  day: ['Tag', 'Tagen', 'Tage'],
  hour: ['Stunde', 'Stunden', 'Stunden'],
  minute: ['Minute', 'Minuten', 'Minuten'],
  second: ['Sekunde', 'Sekunden', 'Sekunden'],
} as const;

/**
 * German, in the formal Sie. Durations are dative unless a clause asks for the accusative
 * ("innerhalb von 30 Tagen", but "mindestens 30 Tage vor ihrem Inkrafttreten").
 */
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** „30. April“: a date's day and month are not split across lines. */
const DAY_AND_MONTH = new RegExp(`\\b(\\d{1,2}\\.) (${MONTHS.join('|')})\\b`, 'gu');

export const DE: Catalog = {
  code: 'de',
  name: 'Deutsch',
  and: 'und',
  or: 'oder',
  serialComma: false,
  underPreposition: 'nach',
  withPreposition,
  withArticle,
  withOrganisationArticle,
  semicolon: '; ',
  hasConjunction: /\s(?:und|oder)\s/,
  // „bis Sie die Daten löschen“ is a clause, „bis zum Ende des Vertrags“ or „bis 30 Tage danach“ is not.
  subordinateClause:
    /^(?:indem|wenn|sobald|sofern|soweit|solange|falls|nachdem|bevor|als|w\u00e4hrend|weil|da|dass|ob|wo|wie|bis(?!\s+(?:(?:zu[mr]?|auf|an|in|nach|einschlie\u00dflich|sp\u00e4testens)\b|\d)))\s/,
  // German capitalises at the start of a sentence whatever the word: an article or possessive too.
  articleStart: /^(?:der|die|das|den|dem|des|ein|eine|einen|unser|unsere|unseren|dieser|diese|dieses|ihr|ihre|Ihr|Ihre)\s/,
  institution: (name) => name,
  inSentence: (name) => name,
  lowerCaseNames: false,
  rightInList: (label) => `${/^Rechte\b/.test(label) ? 'die' : 'das'} ${label}`,
  intl: { date: () => 'de-DE', list: 'de-DE' },
  months: MONTHS,
  // German writes the day first whatever style the English uses: "3. April 2026".
  dateAfter: (preposition, date, monthOnly) =>
    `${{ on: monthOnly ? 'im' : 'am', from: monthOnly ? 'ab' : 'ab dem', until: monthOnly ? 'bis' : 'bis zum', after: monthOnly ? 'nach' : 'nach dem' }[preposition]} ${date}`,
  longDate: (day, month, year) => `${day}. ${month} ${year}`,
  durationUnit: (count, unit, form) => `${count} ${UNITS[unit][count === 1 ? 0 : form === 'accusative' ? 2 : 1]}`,
  noTime: 'sofort',
  retention: {
    keywords: {
      account_lifetime: 'solange Ihr Konto besteht',
      until_deleted_by_user: 'bis Sie die Daten löschen',
      until_consent_withdrawn: 'bis Sie Ihre Einwilligung widerrufen',
      until_purpose_fulfilled: 'bis der Zweck, für den die Daten erhoben wurden, erfüllt ist',
      as_required_by_law: 'solange es gesetzlich vorgeschrieben ist',
      indefinite: 'unbefristet',
      deleted_after_use: 'nur bis zur Verwendung, danach sofort gelöscht',
      not_stored: 'gar nicht (nie gespeichert)',
    },
    duration: (words, upTo) => `${upTo ? 'bis zu ' : ''}${words}`,
    durationOrUntil: (duration, until) => `${duration} oder bis ${until}`,
    until: (until) => `bis ${until}`,
  },
  changeChannel(channel, service, alone) {
    switch (channel) {
      case 'email':
        return 'per E-Mail';
      case 'in_app':
        return `durch einen Hinweis in ${service ?? 'unseren Diensten'}`;
      case 'website':
        return 'durch einen Hinweis auf unserer Website';
      case 'other':
        return alone ? 'über geeignete Kanäle' : 'über andere geeignete Kanäle';
    }
  },
  ourServices: 'unsere Dienste',
  personalData: 'personenbezogene Daten',
  personalInformation: 'personenbezogene Informationen',
  countries: COUNTRY_NAMES,
  countryInSentence: (code, name) => LOCATIVE[code] ?? `in ${name}`,
  // "Art. 6(1)(a)" → "Art. 6 Abs. 1 lit. a"; "Art. 21(2) and (3)" → "Art. 21 Abs. 2 und 3"; "§
  // 1798.120(a)" stays, as the Civil Code cites it.
  provision: (provision) =>
    provision.startsWith('Art.')
      ? provision
          .replace(/^Art\. (\d+)\((\d+)\) and \((\d+)\)$/, 'Art. $1 Abs. $2 und $3')
          .replace(
            /^Art\. (\d+)\((\d+)\)(?:\(([a-z])\))?/,
            (_m, art: string, par: string, letter?: string) => `Art. ${art} Abs. ${par}${letter ? ` lit. ${letter}` : ''}`,
          )
      : provision,
  // "Art. 6 Abs. 1 lit. a DSGVO" stays on one line: keepCitationsTogether has joined "Art. 6".
  typography: (markdown) =>
    markdown
      .replace(DAY_AND_MONTH, '$1\u00a0$2')
      .replace(/(Art\.\u00a0\d+) Abs\. (\d+)/g, '$1\u00a0Abs.\u00a0$2')
      .replace(/(Abs\.\u00a0\d+) lit\. ([a-z])\b/g, '$1\u00a0lit.\u00a0$2')
      .replace(
        /((?:Art|Abs|lit)\.\u00a0[0-9a-z()]+) (DSGVO|nDSG|DSV|UK\u00a0GDPR|UK GDPR)\b/g,
        (_m, head: string, law: string) => `${head}\u00a0${law.replace(' ', '\u00a0')}`,
      ),
  law: DE_LAW,
  notice: {
    subject: (company, date) => `Änderungen der Datenschutzerklärung von ${company}, gültig ab ${date()}`,
    subjectTitled: (title, date) => `Änderungen am Dokument „${title}“, gültig ab ${date()}`,
    intro: (service, date) => `Wir aktualisieren die Datenschutzerklärung für ${service}. Die neue Fassung gilt ${date('from')}.`,
    onlyDate: ' Sie ändert nichts an unserem Umgang mit Ihren Daten; neu ist nur ihr Datum.',
    onlyWording: ' Sie ändert nur die Formulierung der Datenschutzerklärung.',
    continuedUse: (service, date) => `Wenn Sie ${service} ${date('after')} weiter nutzen, gilt für Sie die aktualisierte Datenschutzerklärung.`,
    readAt: 'Die vollständige aktualisierte Datenschutzerklärung finden Sie unter',
    questions: 'Bei Fragen erreichen Sie uns unter',
    summaryHeading: 'In Kürze',
    gists: DE_GISTS,
    phrases: DE_PHRASES,
    topics: {
      company: 'Wer wir sind und wie Sie uns erreichen',
      commitments: 'Unsere Zusagen',
      government: 'Anfragen von Behörden und Strafverfolgung',
      scope: 'Geltungsbereich dieser Datenschutzerklärung',
      collection: 'Welche Daten wir erheben',
      use: 'Wie wir Ihre Daten verwenden',
      sharing: 'An wen wir sie weitergeben',
      transfers: 'Wohin Ihre Daten übermittelt werden',
      retention: 'Wie lange wir sie speichern',
      rights: 'Ihre Rechte',
      children: 'Kinder',
      cookies: 'Cookies und Tracking',
      ai: 'KI',
      security: 'Sicherheit und Datenschutzverletzungen',
      changes: 'Wie wir Sie über Änderungen informieren',
      other: 'Sonstige Änderungen',
    },
  },
  page: {
    title: 'Datenschutzerklärung',
    contents: 'Inhalt',
    skipContents: 'Zur Datenschutzerklärung springen',
    backToContents: 'Zurück zum Inhalt',
    notStated: 'nicht angegeben',
    print: 'Datenschutzerklärung drucken',
    keyPoints: 'Das Wichtigste in Kürze',
    languages: 'Sprachen',
  },
  audiences: {
    visitors: 'Besucher unserer Website',
    prospects: 'Interessenten',
    customers: 'Kunden',
    authorised_users: 'Berechtigte Nutzer unserer Kunden',
    end_users: 'Endnutzer der Dienste unserer Kunden',
    applicants: 'Bewerber',
    event_attendees: 'Teilnehmende an unseren Veranstaltungen',
    partners: 'Geschäftspartner und ihre Beschäftigten',
    other: 'Sonstige Personen',
  },
};
