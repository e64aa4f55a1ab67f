import type { Jurisdiction, LawfulBasis, Right } from '../../law/index.js';
import { DE_LAW } from '../../law/text/de.js';
import { durationInWords } from '../../model/duration.js';
import type { DataCategory, GooglePurpose, Purpose, RetentionEntry, SpecialCategoryCondition, Subprocessor } from '../../model/policy.generated.js';
import { countryList, localCountryInSentence, regionInSentence } from '../../render/helpers/countries.js';
import { capitalize, clauseComma, joinList, phrase } from '../../render/helpers/text.js';
import { formatDate, formatDateAfter } from '../../render/helpers/date.js';
import type { NoTime } from '../../render/helpers/retention.js';
import { words } from '../active.js';
import type { CcpaCategoryId } from '../../law/index.js';
import type {
  AudienceKind,
  AudienceRef,
  CcpaRecipient,
  Channel,
  ControllerScope,
  CookieKind,
  DeletionStage,
  DisclosureKind,
  NoticeException,
  NoticePhrases,
  Pledge,
  RetentionSubject,
  Training,
  VerificationStep,
} from './en.js';
import { basisChange, providerCountries } from './en.js';
import type { ManagementRole } from '../../model/controllers.js';
import { countInWords } from '../numbers.js';

/** The office of the people who run the company, as an imprint heads it and as a notice says it changed. */
const MANAGEMENT: Record<ManagementRole, { lead: (count: number) => string; now: (count: number) => string; unnamed: string }> = {
  managing_directors: { lead: () => 'Geschäftsführung:', now: () => 'Unsere Geschäftsführung besteht jetzt aus', unnamed: 'unsere Geschäftsführung' },
  board: { lead: () => 'Vorstand:', now: () => 'Unser Vorstand besteht jetzt aus', unnamed: 'unseren Vorstand' },
  partners: {
    lead: () => 'Gesellschafter:',
    now: (count) => (count === 1 ? 'Unser Gesellschafter ist jetzt' : 'Unsere Gesellschafter sind jetzt'),
    unnamed: 'unsere Gesellschafter',
  },
  owner: { lead: () => 'Inhaber:', now: (count) => (count === 1 ? 'Inhaber ist jetzt' : 'Inhaber sind jetzt'), unnamed: 'den Inhaber unseres Unternehmens' },
};

/**
 * The sentences of a German change notice (src/i18n/phrases/en.ts explains them). The reader is
 * "Sie"; the GDPR's own terms (Verantwortlicher, Auftragsverarbeiter, berechtigte Interessen).
 * The company's names are quoted („…“) after a noun that says what they name ("der Kategorie
 * „Nutzungsdaten“"), so that no article or ending has to agree with words the company chose.
 * Labels (`what`) are in the accusative, as they follow "Wir haben … geändert"; those that are
 * also a subject (contact) are feminine, neuter or plural, where the nominative is the same.
 */

const q = (text: string): string => `„${text}“`;

/**
 * A phrase whose subordinate clause German closes with a comma when the sentence goes on ("die
 * Angabe, wie Sie Ihre Einwilligung erteilen, geändert"): a label or law term that sets one off.
 */
const closed = (phrase: string): string => (/, /.test(phrase) ? `${phrase},` : phrase);

/** "Ihre Daten der Kategorie „Nutzungsdaten“", for the nominative or the accusative. */
function categories(names: readonly string[]): string {
  return names.length === 1 ? `Ihre Daten der Kategorie ${q(names[0] as string)}` : `Ihre Daten der Kategorien ${joinList(names.map(q))}`;
}

/** A lawful basis after "auf" or "gestützt auf" (accusative). */
const BASES: Readonly<Record<LawfulBasis, string>> = {
  consent: 'Ihre Einwilligung',
  contract: 'den Vertrag mit Ihnen',
  legal_obligation: 'eine rechtliche Verpflichtung',
  vital_interests: 'den Schutz lebenswichtiger Interessen',
  public_task: 'die Wahrnehmung einer Aufgabe im öffentlichen Interesse',
  legitimate_interests: 'unsere berechtigten Interessen',
};

const basisList = (bases: readonly LawfulBasis[]): string => joinList(bases.map((basis) => BASES[basis]));

const condition = (c: SpecialCategoryCondition): string => DE_LAW.specialCategoryConditions[c];

/** Whether people must give the data (Art. 13 Abs. 2 lit. e DSGVO), after "Für „…“ ". */
const REQUIREMENT: Readonly<Record<NonNullable<Purpose['requirement']>, string>> = {
  statutory: 'sind Sie jetzt gesetzlich verpflichtet, uns die Daten bereitzustellen',
  contractual: 'sind Sie jetzt vertraglich verpflichtet, uns die Daten bereitzustellen',
  contract_precondition: 'benötigen wir die Daten jetzt für den Abschluss eines Vertrags mit Ihnen',
  voluntary: 'ist die Bereitstellung der Daten jetzt freiwillig',
};

/** Where data comes from, after "Wir erhalten … jetzt". */
const SOURCES: Readonly<Record<NonNullable<DataCategory['source']>, string>> = {
  provided: 'von Ihnen',
  automatic: 'automatisch',
  third_party: 'von Dritten',
  generated: 'durch Ableitung aus anderen Daten',
};

/** After "auf Grundlage" (genitive). */
const TERMS: Readonly<Record<NonNullable<Subprocessor['terms']>[number], string>> = {
  dpa: 'eines Auftragsverarbeitungsvertrags mit uns',
  written_agreement: 'einer schriftlichen Vereinbarung mit uns, die ihn zum Schutz der Daten verpflichtet',
  own_terms: 'seiner eigenen Datenschutzbestimmungen',
};

const END: Readonly<Record<NonNullable<RetentionEntry['then']>, string>> = { deleted: 'löschen', anonymized: 'anonymisieren', aggregated: 'aggregieren' };

/** A right as a list item or an object: "das Recht auf Auskunft". */
const right = (r: Right): string => (r in DE_LAW.rights ? words().rightInList(DE_LAW.rights[r].label) : `das Recht ${q(r)}`);

/** "nach der DSGVO". */
const under = (id: Jurisdiction): string => DE_LAW.laws[id].under ?? `nach ${DE_LAW.laws[id].short}`;

/** "die Daten der Kategorie „…“" or "die Daten unter „…“" (nominative, accusative); `den` for the dative. */
function retained(s: RetentionSubject, article: 'die' | 'den' = 'die'): string {
  if (s.label !== undefined) return `${article} Daten unter ${q(s.label)}`;
  return s.categories.length === 1
    ? `${article} Daten der Kategorie ${q(s.categories[0] as string)}`
    : `${article} Daten der Kategorien ${joinList(s.categories.map(q))}`;
}
const retainedOf = (s: RetentionSubject): string =>
  `${s.backups ? `die Sicherungskopien ${retained(s).replace(/^die /, 'der ')}` : retained(s)}${s.plan !== undefined ? ` im Tarif ${q(s.plan)}` : ''}`;

/** What we now do with data kept for no time, and what we did until now (after "; bisher"). */
const NO_TIME_NOW: Readonly<Record<NoTime, (what: string) => string>> = {
  deleted_after_use: (what) => `Wir löschen ${what} jetzt sofort nach der Verwendung`,
  not_stored: (what) => `Wir speichern ${what} jetzt überhaupt nicht mehr`,
};
const NO_TIME_BEFORE: Readonly<Record<NoTime, string>> = {
  deleted_after_use: 'bisher haben wir die Daten sofort nach der Verwendung gelöscht',
  not_stored: 'bisher haben wir die Daten gar nicht gespeichert',
};

const DPF_FRAMEWORKS: Readonly<Record<'eu_us' | 'uk_extension' | 'swiss_us', string>> = {
  eu_us: 'dem EU-U.S. Data Privacy Framework',
  uk_extension: 'seiner UK-Erweiterung',
  swiss_us: 'dem Swiss-U.S. Data Privacy Framework',
};

const days = (n: number): string => `${n} ${n === 1 ? 'Tag' : 'Tage'}`;

const COOKIE_KINDS: Readonly<Record<CookieKind, string>> = {
  strictly_necessary: 'unbedingt erforderliche Cookies',
  preferences: 'Präferenz-Cookies',
  analytics: 'Analyse-Cookies',
  advertising: 'Werbe-Cookies',
  social_media: 'Social-Media-Cookies',
};

const TRAINING_NOW: Readonly<Record<Training, (data: string) => string>> = {
  never: () => 'Wir verwenden Ihre Daten nicht mehr zum Training von KI-Modellen.',
  opt_in: (data) => `Wir verwenden ${data} jetzt nur dann zum Training von KI-Modellen, wenn Sie einwilligen.`,
  opt_out: (data) => `Wir verwenden ${data} jetzt zum Training von KI-Modellen, sofern Sie nicht widersprechen.`,
  anonymized: (data) => `Wir verwenden ${data} jetzt erst nach einer Anonymisierung zum Training von KI-Modellen.`,
  yes: (data) => `Wir verwenden ${data} jetzt zum Training von KI-Modellen.`,
};
const TRAINING_BEFORE: Readonly<Record<Training, string>> = {
  never: 'Bisher haben wir Ihre Daten nicht zum Training von KI-Modellen verwendet.',
  opt_in: 'Bisher haben wir das nur mit Ihrer Einwilligung getan.',
  opt_out: 'Bisher haben wir das getan, sofern Sie nicht widersprochen hatten.',
  anonymized: 'Bisher haben wir das erst nach einer Anonymisierung getan.',
  yes: 'Bisher haben wir Ihre Daten zum Training von KI-Modellen verwendet.',
};

/**
 * Each kind's standard words as the commitment itself says them, quoted like a statement of the
 * company's own: "unsere Zusage „Wir verkaufen Ihre Daten niemals“" reads in any case.
 */
const COMMITMENTS: Readonly<Record<Exclude<Pledge['kind'], 'other'>, string>> = {
  no_sale: 'Wir verkaufen Ihre Daten niemals',
  no_advertising_sharing: 'Wir geben Ihre Daten niemals für kontextübergreifende verhaltensbezogene Werbung weiter',
  no_special_categories: 'Wir erheben keine besonderen Kategorien personenbezogener Daten',
  no_biometrics: 'Wir erheben keine biometrischen Daten',
  no_staff_access: 'Unsere Mitarbeitenden greifen nicht auf die Inhalte Ihres Kontos zu',
  no_third_party_analytics: 'Wir verwenden keine Analysedienste von Drittanbietern',
  no_third_party_advertising: 'Wir verwenden keine Werbung und keine Werbe-Tracker von Drittanbietern',
  no_ai_training: 'Wir verwenden Ihre Daten nicht zum Training von KI-Modellen',
  warrant_canary: 'Wir haben nie eine geheime behördliche Anfrage nach Nutzerdaten erhalten (unser Warrant Canary)',
};
const promised = (c: Pledge): string => q(c.kind === 'other' ? (c.statement ?? '') : COMMITMENTS[c.kind]);

/** Whose data, after "gilt für": "die personenbezogenen Daten von Website-Besuchern" (dative after "von"). */
const AUDIENCES: Readonly<Record<AudienceKind, string>> = {
  visitors: 'Website-Besuchern',
  prospects: 'potenziellen Kunden',
  customers: 'unseren Kunden',
  authorised_users: 'berechtigten Nutzern unserer Kunden',
  end_users: 'Endnutzern der Dienste unserer Kunden',
  applicants: 'Stellenbewerbern',
  event_attendees: 'Teilnehmenden unserer Veranstaltungen',
  partners: 'unseren Geschäftspartnern und deren Mitarbeitenden',
  other: 'anderen Personen',
};
const audience = (kind: AudienceKind, name: string | undefined): string =>
  name === undefined ? `die personenbezogenen Daten von ${AUDIENCES[kind]}` : `die personenbezogenen Daten der Gruppe ${q(name)}`;
const productsIn = (products: readonly string[] | undefined): string => (products === undefined ? '' : ` in ${joinList(products.map(q))}`);

const EXCEPTIONS: Readonly<Record<NoticeException, string>> = {
  prohibited: 'wenn ein Gesetz oder eine gerichtliche Anordnung es verbietet',
  emergency: 'in einem Notfall',
  counterproductive: 'wenn eine Information kontraproduktiv wäre',
};
const exceptionsOr = (items: readonly NoticeException[]): string =>
  joinList(
    items.map((e) => EXCEPTIONS[e]),
    'or',
  );

const CHANNELS: Readonly<Record<Channel, string>> = { phone: 'telefonisch', post: 'per Post' };
const places = (items: readonly string[]): string => joinList(items, 'or');

/** After "offenlegen:", "zur Offenlegung Ihrer Daten" and "der Empfänger Ihrer Daten". */
const OCCASIONS: Readonly<Record<DisclosureKind, string>> = {
  legal_requirement: 'gegenüber Behörden und Gerichten, wenn das Gesetz es verlangt',
  protect_rights: 'zum Schutz von Rechten, Eigentum oder Sicherheit oder zur Aufklärung von Betrug',
  business_transfer: 'gegenüber einem Käufer oder Rechtsnachfolger, wenn unser Unternehmen verkauft oder fusioniert wird',
  with_consent: 'gegenüber anderen, wenn Sie uns darum bitten oder zustimmen',
  at_your_request: 'gegenüber Personen oder Diensten, an die wir sie auf Ihre Bitte weitergeben',
  other_users: 'gegenüber anderen Nutzern, mit denen Sie im Dienst interagieren',
  professional_advisers: 'gegenüber unseren professionellen Beratern',
  affiliates: 'gegenüber Unternehmen unserer Unternehmensgruppe',
};
const HEADINGS: Readonly<Record<DisclosureKind, string>> = {
  legal_requirement: 'gesetzliche Pflichten',
  protect_rights: 'Schutz von Rechten und Sicherheit',
  business_transfer: 'Unternehmensübertragungen',
  with_consent: 'mit Ihrer Einwilligung',
  at_your_request: 'auf Ihren Wunsch',
  other_users: 'andere Nutzer',
  professional_advisers: 'professionelle Berater',
  affiliates: 'unsere Konzernunternehmen',
};

/** Languages after "auf": "auf Deutsch"; others by their own name. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'Englisch', de: 'Deutsch', fr: 'Französisch' };

const CHANGE_CHANNELS: Readonly<Record<string, string>> = {
  email: 'per E-Mail',
  in_app: 'in der App',
  website: 'auf unserer Website',
  other: 'auf anderem Weg',
};
const channels = (items: readonly string[], join: 'and' | 'or'): string =>
  joinList(
    items.map((c) => CHANGE_CHANNELS[c] ?? c),
    join,
  );

/** Google Play's purposes, as its German labels name them. */
const GOOGLE_PURPOSES: Readonly<Record<GooglePurpose, string>> = {
  app_functionality: 'App-Funktionen',
  analytics: 'Analysen',
  developer_communications: 'Mitteilungen des Entwicklers',
  fraud_prevention_security: 'Betrugsprävention, Sicherheit und Compliance',
  advertising: 'Werbung oder Marketing',
  personalization: 'Personalisierung',
  account_management: 'Kontoverwaltung',
};

const STAGES: Readonly<Record<DeletionStage, { within: (now: string, was: string | undefined) => string; unstated: string }>> = {
  trash: {
    within: (now, was) =>
      `Gelöschte Daten bleiben bis zu ${durationInWords(now, 'accusative')} im Papierkorb${was ? ` (bisher bis zu ${durationInWords(was, 'accusative')})` : ''}`,
    unstated: 'wie lange gelöschte Daten im Papierkorb bleiben',
  },
  active_systems: {
    within: (now, was) =>
      `Gelöschte Daten werden innerhalb von ${durationInWords(now)} aus unseren aktiven Systemen entfernt${was ? ` (bisher innerhalb von ${durationInWords(was)})` : ''}`,
    unstated: 'wann gelöschte Daten unsere aktiven Systeme verlassen',
  },
  backups: {
    within: (now, was) =>
      `Sicherungskopien gelöschter Daten werden innerhalb von ${durationInWords(now)} entfernt${was ? ` (bisher innerhalb von ${durationInWords(was)})` : ''}`,
    unstated: 'wann Sicherungskopien gelöschter Daten entfernt werden',
  },
};

const others = (audience: string | undefined): string => audience ?? 'andere Nutzer';

/** Groups of people by the catalog's names for their kinds ("Bewerber"), or their own names, quoted. */
const groupList = (groups: readonly AudienceRef[]): string => joinList(groups.map((g) => (g.name === undefined ? words().audiences[g.kind] : q(g.name))));

/** For whom another controller is: "Bewerber", "Personen, die „Woo“ nutzen und im Europäischen Wirtschaftsraum leben". */
const whom = (s: ControllerScope): { text: string; relative: boolean } => {
  const people = s.groups.length > 0 ? groupList(s.groups) : 'Personen';
  const use = s.products.length > 0 ? `${joinList(s.products.map(q), 'or')} nutzen` : '';
  const places = [
    s.regions.length > 0 ? joinList(s.regions.map(regionInSentence), 'or') : '',
    s.exceptRegions.length > 0 ? `nicht ${joinList(s.exceptRegions.map(regionInSentence), 'or')}` : '',
  ].filter((part) => part !== '');
  const live = places.length > 0 ? `${places.join(' und ')} leben` : '';
  const clause = [use, live].filter((part) => part !== '').join(' und ');
  return clause === '' ? { text: people, relative: false } : { text: `${people}, die ${clause}`, relative: true };
};
/** The same, followed by more of the sentence: a relative clause closes with a comma. */
const whomThen = (s: ControllerScope): string => {
  const { text, relative } = whom(s);
  return relative ? `${text},` : text;
};

/** What a provider is under the CCPA, after "ist jetzt". */
const CCPA_RECIPIENTS: Readonly<Record<CcpaRecipient, string>> = {
  service_provider: 'ein Dienstleister',
  contractor: 'ein Auftragnehmer',
  third_party: 'ein Dritter',
};

/** "der Kategorie personenbezogener Informationen „Kennungen“" (dative), by the law base's German names. */
const ccpaCategories = (ids: readonly CcpaCategoryId[]): string =>
  ids.length === 1
    ? `der Kategorie personenbezogener Informationen ${q(DE_LAW.ccpaCategories[ids[0] as CcpaCategoryId])}`
    : `den Kategorien personenbezogener Informationen ${joinList(ids.map((id) => q(DE_LAW.ccpaCategories[id])))}`;

/** A step of the identity check, as the rights clause words it: "bei einem Antrag, der … betrifft, bitten wir Sie um …". */
function verificationStep(step: VerificationStep): string {
  const when = step.when === undefined ? '' : `, ${phrase(step.when)},`;
  const asked =
    step.requests === undefined
      ? `wir bitten Sie${when} um ${joinList(step.asks)}`
      : `bei einem Antrag, der ${joinList(step.requests.map(right), 'or')} betrifft, bitten wir Sie${when} um ${joinList(step.asks)}`;
  const sworn =
    step.signed_declaration === true
      ? ' sowie um eine unter Strafandrohung für Meineid unterzeichnete Erklärung, dass Sie die Person sind, die der Antrag betrifft'
      : '';
  const matched = step.matched === true ? `${sworn ? ',' : ''} und gleichen diese Angaben mit den Informationen ab, die wir bereits über Sie haben` : '';
  return `${asked}${sworn}${matched}`;
}

export const DE_PHRASES: NoticePhrases = {
  quote: q,
  notice: {
    more: (n) => (n === 1 ? 'Und eine weitere Änderung, siehe unten.' : `Und ${countInWords(n, 'de')} weitere Änderungen, siehe unten.`),
    beforeYouSend: 'Bevor Sie diese Mitteilung versenden:',
    late: (w) => {
      const when =
        w.days < 0
          ? `${days(-w.days)} nach dem Inkrafttreten der Änderungen am ${w.effective}`
          : w.days === 0
            ? `am Tag des Inkrafttretens der Änderungen (${w.effective})`
            : `nur ${days(w.days)} vor dem Inkrafttreten der Änderungen am ${w.effective}`;
      return (
        `Diese Mitteilung ist auf den ${w.noticeDate} datiert, ${when}; die Datenschutzerklärung sagt jedoch zu, wesentliche Änderungen ` +
        `mit einer Frist von ${w.period} anzukündigen. Verlegen Sie das Datum des Inkrafttretens auf den ${w.earliest} oder später, oder versenden Sie die Mitteilung früher.`
      );
    },
    redlineHeading: 'Die Änderungen im Text der Datenschutzerklärung',
    redlineLegend: (del, ins) => `Gestrichene Wörter erscheinen ${del('so')}, neue Wörter ${ins('so')}.`,
  },
  wording: {
    added: (what) => `Wir haben ${closed(what)} ergänzt.`,
    removed: (what) => `Wir haben ${closed(what)} entfernt.`,
    reworded: (what) => `Wir haben ${closed(what)} umformuliert.`,
    practiceAdded: (what, quote) => (quote ? `Wir haben ${closed(what)} ergänzt: ${quote}` : `Wir haben ${closed(what)} ergänzt.`),
    practiceChanged: (what, quote) => (quote ? `Wir haben ${closed(what)} geändert. Neuer Wortlaut: ${quote}` : `Wir haben ${closed(what)} geändert.`),
    samePlaces: (quote) => `An jeder der folgenden Stellen lautet der Text jetzt ${quote}:`,
    also: (summary) => summary.replace(/^Wir haben /, 'Wir haben außerdem '),
  },
  purposes: {
    added: (data, name, bases) =>
      `Wir verwenden jetzt ${data.length ? categories(data) : 'Ihre Daten'} für einen neuen Zweck: ${q(name)}${bases.length ? `, gestützt auf ${basisList(bases)}` : ''}.`,
    removed: (name) => `Wir verwenden Ihre Daten nicht mehr für ${q(name)}.`,
    deviceAdded: (data, name) =>
      `Wir verwenden jetzt ${categories(data)} für einen neuen Zweck, nur auf Ihrem Gerät: ${q(name)}. Wir erhalten diese Daten nicht.`,
    dataAdded: (data, name) => `Für ${q(name)} verwenden wir jetzt auch ${categories(data)}.`,
    dataRemoved: (data, name) => `Für ${q(name)} verwenden wir ${categories(data)} nicht mehr.`,
    deviceDataAdded: (data, name) => `Für ${q(name)} verwenden wir jetzt auch ${categories(data)}, nur auf Ihrem Gerät; wir erhalten sie nicht.`,
    audiencesAdded: (groups, name) => `Für ${q(name)} verwenden wir jetzt auch die Daten folgender Kategorien betroffener Personen: ${groupList(groups)}.`,
    audiencesRemoved: (groups, name) => `Für ${q(name)} verwenden wir die Daten folgender Kategorien betroffener Personen nicht mehr: ${groupList(groups)}.`,
    basis: (name, now, interest, was) => {
      const { added, removed } = basisChange(was, now);
      const why = interest ? ` (${q(interest)})` : '';
      if (added.length === 0) return `Für ${q(name)} stützen wir uns nicht mehr auf ${basisList(removed)}.`;
      if (was.length > 0 && removed.length === 0) return `Für ${q(name)} stützen wir uns jetzt auch auf ${basisList(added)}${why}.`;
      return `Für ${q(name)} stützen wir uns jetzt auf ${basisList(now)}${why}${was.length ? ` statt auf ${basisList(was)}` : ''}.`;
    },
    basisDropped: (name) => `Die Datenschutzerklärung nennt die Rechtsgrundlage für ${q(name)} nicht mehr.`,
    directMarketing: (name) => `Wir verwenden Ihre Daten jetzt für Direktwerbung: ${q(name)}.`,
    directMarketingDropped: (name) => `Der Zweck ${q(name)} ist keine Direktwerbung mehr.`,
    condition: (name, now, was) =>
      `Für besondere Kategorien personenbezogener Daten, die wir für ${q(name)} verwenden, stützen wir uns jetzt auf ${was ? `${closed(condition(now))} statt auf ${condition(was)}` : condition(now)}.`,
    conditionDropped: (name) =>
      `Die Datenschutzerklärung nennt nicht mehr die Bedingung, unter der wir besondere Kategorien personenbezogener Daten für ${q(name)} verwenden.`,
    national: (name, now, was) => `Für ${q(name)} stützen wir uns jetzt zusätzlich auf ${now}${was ? ` statt auf ${was}` : ''}.`,
    nationalDropped: (name, was) => `Für ${q(name)} geben wir nicht mehr an, uns zusätzlich auf ${was ?? ''} zu stützen.`,
    requirement: (name, now) =>
      `Für ${q(name)} ${now ? REQUIREMENT[now] : 'sagt die Datenschutzerklärung nicht mehr, ob Sie uns die Daten bereitstellen müssen'}.`,
    labels: (was, name) => ({
      name: `den Namen des Zwecks ${q(was)}`,
      description: `die Beschreibung des Zwecks ${q(name)}`,
      group: `die Überschrift, unter der ${q(name)} aufgeführt ist`,
      if_not_provided: `die Angabe, was geschieht, wenn Sie die für ${q(name)} erforderlichen Daten nicht bereitstellen`,
      legitimate_interest: `das berechtigte Interesse, das wir mit ${q(name)} verfolgen`,
      legal_obligation: `die rechtliche Verpflichtung, auf die wir uns für ${q(name)} stützen`,
      how_given: `die Angabe, wie Sie Ihre Einwilligung für ${q(name)} erteilen`,
      withdraw: `die Angabe, wie Sie Ihre Einwilligung für ${q(name)} widerrufen`,
      opt_out: `die Angabe, wie Sie der Direktwerbung für ${q(name)} widersprechen`,
    }),
  },
  subprocessors: {
    added: (data, name, countries, purpose) =>
      `Wir geben jetzt ${data.length ? categories(data) : 'Daten'} an ${name}${providerCountries(countries)} weiter. Tätigkeit für uns: ${q(purpose)}.`,
    replaced: (data, name, countries, gone, purpose) =>
      `Wir geben jetzt ${data.length ? categories(data) : 'Daten'} an ${name}${providerCountries(countries)} statt an ${gone} weiter. Tätigkeit für uns: ${q(purpose)}.`,
    goneReplaced: (gone) => `${gone} erhält Ihre Daten nicht mehr.`,
    removed: (name) => `Wir geben keine Daten mehr an ${name} weiter.`,
    location: (name, now, was) => `${name} verarbeitet Ihre Daten jetzt ${countryList(now)} statt ${countryList(was)}.`,
    locationStated: (name, now) => `Wir geben jetzt an, wo ${name} Ihre Daten verarbeitet: ${countryList(now)}.`,
    locationUnstated: (name, was) => `Wir geben nicht mehr an, wo ${name} Ihre Daten verarbeitet (bisher: ${countryList(was)}).`,
    purpose: (name, now, was) => `${name} verarbeitet Ihre Daten jetzt für einen anderen Zweck: ${q(now)} (bisher: ${q(was)}).`,
    safeguard: (name, now, was) =>
      `${now.length > 1 ? 'Die Garantien für Übermittlungen an' : 'Die Garantie für Übermittlungen an'} ${name} ${now.length > 1 ? 'lauten' : 'lautet'} jetzt: ${now.length ? joinList(now) : 'keine angegeben'} (bisher: ${was.length ? joinList(was) : 'keine angegeben'}).`,
    safeguardAdded: (name, added) =>
      `Übermittlungen an ${name} stützen sich jetzt zusätzlich auf ${added.length === 1 ? 'eine weitere Garantie' : 'weitere Garantien'}: ${joinList(added)}.`,
    ccpaRecipient: (name, now, was) => `${capitalize(under('ccpa'))} ist ${name} jetzt ${CCPA_RECIPIENTS[now]} (bisher: ${CCPA_RECIPIENTS[was]}).`,
    dataAdded: (name, data) => `${name} erhält jetzt auch ${categories(data)}.`,
    dataRemoved: (name, data) => `${name} erhält ${categories(data)} nicht mehr.`,
    controller: (name) => `${name} verarbeitet Ihre Daten jetzt als eigener Verantwortlicher und entscheidet selbst über ihre Verwendung.`,
    processor: (name) => `${name} verarbeitet Ihre Daten jetzt als Auftragsverarbeiter nur nach unseren Weisungen.`,
    trains: (name) => `${name} darf Ihre Daten jetzt zum Training eigener KI-Modelle verwenden.`,
    trainsNoMore: (name) => `${name} verwendet Ihre Daten nicht mehr zum Training eigener KI-Modelle.`,
    terms: (name, terms) =>
      terms.length
        ? `${name} verarbeitet Ihre Daten jetzt auf Grundlage ${joinList(terms.map((t) => TERMS[t]))}.`
        : `Die Datenschutzerklärung sagt nicht mehr, auf welcher Grundlage ${name} Ihre Daten verarbeitet.`,
    labels: (was, name) => ({
      purpose: `die Beschreibung der Tätigkeit von ${name} für uns`,
      name: `den Namen von ${q(was)}`,
      category: `die Gruppe, unter der ${name} aufgeführt ist`,
      region: `die genauere Angabe, wo ${name} Ihre Daten verarbeitet`,
      url: `den Link zu den Bedingungen von ${name}`,
      condition: `die Angabe, wann wir ${name} einsetzen`,
      note: `den Hinweis zu ${name}`,
    }),
  },
  retention: {
    stated: (s, period) => `Die Datenschutzerklärung gibt jetzt an, wie lange wir ${retainedOf(s)} speichern: ${period}.`,
    unstated: (s) => `Die Datenschutzerklärung gibt nicht mehr an, wie lange wir ${retainedOf(s)} speichern.`,
    changed: (s, now, was) => `Wir speichern ${retainedOf(s)} jetzt${clauseComma(now)} ${now} (bisher: ${was}).`,
    noTime: (s, now, was) =>
      `${now.noTime ? NO_TIME_NOW[now.noTime](retainedOf(s)) : `Wir speichern ${retainedOf(s)} jetzt${clauseComma(now.words)} ${now.words}`}${was.noTime ? `; ${NO_TIME_BEFORE[was.noTime]}` : ` (bisher: ${was.words})`}.`,
    until: (until) => `bis ${q(until)}`,
    exceptionAdded: (s, when, longer) => `Wir dürfen ${retained(s)} jetzt länger speichern, wenn ${q(when)}${longer ? `: ${longer}` : ''}.`,
    exceptionAddedAll: (when, longer) => `Wir dürfen einige Ihrer Daten jetzt länger speichern, wenn ${q(when)}${longer ? `: ${longer}` : ''}. Das gilt für:`,
    exceptionRemoved: (s, when) => `Wir speichern ${retained(s)} nicht mehr länger, wenn ${q(when)}.`,
    exceptionRemovedAll: (when) => `Wir speichern Ihre Daten nicht mehr länger, wenn ${q(when)}. Das galt für:`,
    where: (s) => capitalize(retained(s)),
    exceptionReworded: (s, when) => `Wir haben umformuliert, wie lange wir ${retained(s)} speichern, wenn ${q(when)}.`,
    upTo: (s, now, was) => `Wir geben jetzt an, ${retained(s)} ${now} zu speichern (bisher: ${was}).`,
    then: (s, then) =>
      then
        ? `Am Ende der Speicherfrist ${END[then]} wir ${retained(s)} jetzt.`
        : `Die Datenschutzerklärung sagt nicht mehr, was am Ende der Speicherfrist mit ${retained(s, 'den')} geschieht.`,
    labels: (s, heading) => ({
      start: `den Beginn der Speicherfrist für ${retained(s)}`,
      until: `das Ereignis, mit dem die Speicherfrist für ${retained(s)} endet`,
      label: heading === undefined ? `die Überschrift für ${retained(s)}` : `die Überschrift ${q(heading)}`,
      reason: `die Begründung, warum wir ${retained(s)} so lange speichern`,
    }),
  },
  contact: {
    dpoGone: 'Die Datenschutzerklärung nennt keinen Datenschutzbeauftragten mehr.',
    dpoAppointed: (who) => `Wir haben einen Datenschutzbeauftragten benannt: ${who}.`,
    dpoChanged: (who) => `Sie erreichen unseren Datenschutzbeauftragten jetzt unter: ${who}.`,
    fax: (fax) => `Fax ${fax}`,
    representative: (region, who) => `Unser Vertreter ${DE_LAW.laws[region].representativeRegion ?? under(region)} ist ${who}.`,
    representativeGone: (region) => `Wir nennen keinen Vertreter ${DE_LAW.laws[region].representativeRegion ?? under(region)} mehr.`,
    requestsByEmail: (offered, email) =>
      offered
        ? `Anfragen zu Ihren Rechten können Sie jetzt auch per E-Mail an ${email} stellen.`
        : `Anfragen zu Ihren Rechten können Sie nicht mehr per E-Mail an ${email} stellen: Die Datenschutzerklärung verweist jetzt auf ihr Anfrageformular.`,
    inAppRights: (rights) =>
      rights.length ? `Anfragen im Produkt umfassen jetzt nur noch ${joinList(rights.map(right))}.` : 'Anfragen im Produkt umfassen jetzt alle Rechte.',
    representativeChanged: (region, who) => `Unser Vertreter ${DE_LAW.laws[region].representativeRegion ?? under(region)} ist jetzt ${who}.`,
    gone: (what) => `Die Datenschutzerklärung nennt ${closed(what)} nicht mehr.`,
    given: (what, now) => `Die Datenschutzerklärung nennt jetzt ${what}: ${now}.`,
    changed: (what, now, was) => `${capitalize(closed(what))} ist jetzt ${now} statt ${was}.`,
    goneAll: (was) => `Die Datenschutzerklärung nennt ${was} nicht mehr als:`,
    givenAll: (now) => `Die Datenschutzerklärung nennt ${now} jetzt als:`,
    changedAll: (now, was) => `Wir haben ${was} überall in der Datenschutzerklärung durch ${now} ersetzt:`,
    nowForum: (url) => `Wir nennen ${url} jetzt als öffentliches Forum, nicht mehr als Kontaktformular: Beiträge dort sind öffentlich.`,
    nowForm: (url) => `Wir nennen ${url} jetzt als Kontaktformular, nicht mehr als öffentliches Forum.`,
    labels: {
      email: 'unsere allgemeine Kontakt-E-Mail-Adresse',
      phone: 'unsere Telefonnummer',
      fax: 'unsere Faxnummer',
      website: 'unsere Website',
      legal_notice: 'unser Impressum',
      address: 'unsere Postanschrift',
      privacyEmail: 'die E-Mail-Adresse für Datenschutzfragen',
      privacyUrl: 'das Kontaktformular für Datenschutzfragen',
      forum: 'unser öffentliches Forum',
      privacyPhone: 'die Telefonnummer für Datenschutzfragen',
      team: 'das Team, das Datenschutzfragen beantwortet',
      rightsEmail: 'die E-Mail-Adresse für Anträge zu Ihren Rechten',
      rightsUrl: 'die Webseite für Anträge zu Ihren Rechten',
      inApp: 'die Stelle im Produkt, an der Sie einen Antrag zu Ihren Rechten stellen können',
      subjectLine: 'die Betreffzeile für Anträge',
      lawInApp: (id) => `die Stelle im Produkt, an der Sie einen Antrag ${under(id)} stellen können`,
      lawSubjectLine: (id) => `die Betreffzeile für Anträge ${under(id)}`,
      parents: 'die Anschrift, an die Eltern schreiben können',
    },
  },
  dataCategories: {
    collectionStarted: () => 'Wir erheben jetzt personenbezogene Daten: Bisher hieß es in dieser Datenschutzerklärung, dass wir keine erheben.',
    collectionStopped: () => 'Wir erheben keine personenbezogenen Daten mehr.',
    added: (name, sensitive, examples, complete) =>
      `Wir erheben jetzt eine neue Kategorie von Daten, ${q(name)}${sensitive ? ' (sensible personenbezogene Daten)' : ''}${examples.length ? `: ${complete ? '' : 'zum Beispiel '}${joinList(examples)}` : ''}.`,
    removed: (name) => `Wir erheben die Daten der Kategorie ${q(name)} nicht mehr.`,
    onDeviceAdded: (name, examples, complete) =>
      `Die Datenschutzerklärung beschreibt jetzt die Daten der Kategorie ${q(name)}${examples.length ? ` (${complete ? '' : 'zum Beispiel '}${joinList(examples)})` : ''}, die auf Ihrem Gerät bleiben: Wir erhalten sie nicht.`,
    onDeviceRemoved: (name) => `Die Datenschutzerklärung beschreibt die Daten der Kategorie ${q(name)}, die auf Ihrem Gerät blieben, nicht mehr.`,
    leftDevice: (name) => `Wir erhalten jetzt die Daten der Kategorie ${q(name)}: Sie bleiben nicht mehr nur auf Ihrem Gerät.`,
    keptOnDevice: (name) => `Wir erhalten die Daten der Kategorie ${q(name)} nicht mehr: Sie bleiben jetzt auf Ihrem Gerät.`,
    onDeviceExamplesAdded: (name, added) =>
      `Die Kategorie ${q(name)}, deren Daten auf Ihrem Gerät bleiben, umfasst jetzt auch ${joinList(added)}; wir erhalten sie nicht.`,
    onDeviceExamplesRemoved: (name, removed) => `Die Kategorie ${q(name)}, deren Daten auf Ihrem Gerät bleiben, umfasst ${joinList(removed)} nicht mehr.`,
    onDeviceChanged: (name) =>
      `Die Datenschutzerklärung beschreibt die Kategorie ${q(name)}, deren Daten auf Ihrem Gerät bleiben, anders; wir erhalten sie weiterhin nicht.`,
    corrected: (name, was, now) => `Wir haben in der Kategorie ${q(name)} ${q(was)} zu ${q(now)} korrigiert.`,
    examplesReworded: (name, now, was) =>
      `Wir haben neu formuliert, was die Kategorie ${q(name)} umfasst: ${joinList(now.map(q))} statt ${joinList(was.map(q))}.`,
    examplesAdded: (name, added) => `Die Kategorie ${q(name)} umfasst jetzt auch ${joinList(added)}.`,
    examplesRemoved: (name, removed) => `Die Kategorie ${q(name)} umfasst ${joinList(removed)} nicht mehr.`,
    examplesComplete: (name, now) =>
      now
        ? `Die für ${q(name)} genannten Angaben sind jetzt alles, was die Kategorie umfasst.`
        : `Die für ${q(name)} genannten Angaben sind jetzt nur Beispiele: Die Kategorie kann weitere umfassen.`,
    source: (name, now, was) => `Wir erhalten die Daten der Kategorie ${q(name)} jetzt ${SOURCES[now]}${was ? ` (bisher ${SOURCES[was]})` : ''}.`,
    sourceDropped: (name) => `Die Datenschutzerklärung sagt nicht mehr, woher die Daten der Kategorie ${q(name)} stammen.`,
    sensitive: (name, now) =>
      now
        ? `Wir behandeln die Daten der Kategorie ${q(name)} jetzt als sensible personenbezogene Daten.`
        : `Wir behandeln die Daten der Kategorie ${q(name)} nicht mehr als sensible personenbezogene Daten.`,
    specialCategory: (name, now) =>
      now
        ? `Wir behandeln die Daten der Kategorie ${q(name)} jetzt als besondere Kategorie personenbezogener Daten.`
        : `Wir behandeln die Daten der Kategorie ${q(name)} nicht mehr als besondere Kategorie personenbezogener Daten.`,
    optional: (name, now) =>
      now ? `Die Angabe der Daten der Kategorie ${q(name)} ist jetzt freiwillig.` : `Die Angabe der Daten der Kategorie ${q(name)} ist nicht mehr freiwillig.`,
    ccpaListed: (name, ids) => `Die kalifornische Tabelle ordnet ${categories([name])} jetzt ${ccpaCategories(ids)} zu.`,
    ccpaUnlisted: (name, ids) => `Die kalifornische Tabelle ordnet ${categories([name])} nicht mehr ${ccpaCategories(ids)} zu.`,
    labels: (was, name) => ({
      name: `den Namen der Kategorie ${q(was)}`,
      description: `die Beschreibung der Kategorie ${q(name)}`,
      source_detail: `die Angabe, woher wir die Daten der Kategorie ${q(name)} erhalten`,
      condition: `die Angabe, wann wir die Daten der Kategorie ${q(name)} erheben`,
      note: `den Hinweis zur Kategorie ${q(name)}`,
    }),
  },
  transfers: {
    countryAdded: (code) => `Ihre Daten können jetzt ${localCountryInSentence(code)} verarbeitet werden.`,
    countryRemoved: (code) => `Ihre Daten werden nicht mehr ${localCountryInSentence(code)} verarbeitet.`,
    storageDropped: 'Die Datenschutzerklärung sagt nicht mehr, wo Ihre Daten gespeichert werden.',
    storage: (now, was) => `Wir speichern Ihre Daten jetzt ${countryList(now)}${was.length ? ` statt ${countryList(was)}` : ''}.`,
    eeaOnly: (now) =>
      now
        ? 'Alle Kopien Ihrer Daten verbleiben jetzt im EWR und im Vereinigten Königreich.'
        : 'Wir bewahren nicht mehr alle Kopien Ihrer Daten im EWR und im Vereinigten Königreich auf.',
    mechanisms: (laws, tools) => {
      const regions = laws.flatMap((id) => DE_LAW.laws[id].regionOf ?? []);
      const from = regions.length === 0 ? 'internationale Übermittlungen' : `Übermittlungen in Länder außerhalb ${joinList(regions, 'or')}`;
      return tools.length
        ? `Die Garantien für ${from} sind jetzt: ${joinList(tools)}.`
        : `Die Datenschutzerklärung nennt die Garantien für ${from} nicht mehr.`;
    },
    copies: (now) =>
      now
        ? 'Sie können jetzt eine Kopie der Garantien für internationale Übermittlungen bei uns anfordern.'
        : 'Die Datenschutzerklärung sagt nicht mehr, dass Sie eine Kopie der Garantien für internationale Übermittlungen bei uns anfordern können.',
    copiesAt: (email) => `Eine Kopie der Garantien für internationale Übermittlungen können Sie jetzt unter ${email} anfordern.`,
    dpfDropped: 'Die Datenschutzerklärung sagt nicht mehr, dass wir nach dem Data Privacy Framework zertifiziert sind.',
    dpf: (frameworks, recourse) =>
      `Wir sind nach ${joinList(frameworks.map((f) => DPF_FRAMEWORKS[f]))} zertifiziert; Beschwerden, die wir nicht beilegen, gehen an ${recourse}.`,
    labels: {
      explicit_consent: 'die Angabe, wie wir Ihre ausdrückliche Einwilligung in eine Übermittlung einholen',
      storage_detail: 'die Einzelheiten dazu, wo Ihre Daten gespeichert werden',
      user_initiated: 'unsere Angaben zu Übermittlungen, die Sie selbst veranlassen',
      government_access: 'unsere Angaben zum Zugriff durch Behörden',
      note: 'den Hinweis zu internationalen Übermittlungen',
    },
  },
  rights: {
    added: (id, r) => (id ? `${capitalize(under(id))} haben Sie jetzt ${right(r)}.` : `Jede Person hat jetzt ${right(r)}.`),
    addedAll: (id) =>
      id ? `${capitalize(under(id))} haben Sie jetzt folgende Rechte:` : 'Jede Person hat jetzt folgende Rechte, unabhängig von ihrem Wohnort:',
    removed: (id, r) =>
      id ? `Die Datenschutzerklärung gewährt Ihnen ${under(id)} nicht mehr ${right(r)}.` : `Wir gewähren nicht mehr jeder Person ${right(r)}.`,
    removedAll: (id) =>
      id ? `Die Datenschutzerklärung gewährt Ihnen ${under(id)} folgende Rechte nicht mehr:` : 'Wir gewähren nicht mehr jeder Person folgende Rechte:',
    right: (r) => right(r),
    responseTime: (id, now, was) => {
      const what = id ? `Anträge ${under(id)}` : 'Anträge zu Ihren Rechten';
      return now
        ? `Wir beantworten ${what} jetzt innerhalb von ${durationInWords(now)}${was ? ` statt innerhalb von ${durationInWords(was)}` : ''}.`
        : `Die Datenschutzerklärung sagt nicht mehr, wie schnell wir ${what} beantworten.`;
    },
    responseUsual: (usual, time) =>
      usual
        ? `Wir beantworten Anträge zu Ihren Rechten jetzt nur in den meisten Fällen, nicht in jedem Fall, innerhalb von ${durationInWords(time)}.`
        : `Wir beantworten jetzt jeden Antrag zu Ihren Rechten innerhalb von ${durationInWords(time)}.`,
    localAuthority: (id, now) =>
      now
        ? `${capitalize(under(id))} nennen wir jetzt auch die Aufsichtsbehörde an Ihrem Wohnort.`
        : `${capitalize(under(id))} nennen wir die Aufsichtsbehörde an Ihrem Wohnort nicht mehr.`,
    labels: (id) => ({
      name: `die Angabe der Aufsichtsbehörde ${under(id)}`,
      url: `den Link zur Aufsichtsbehörde ${under(id)}`,
    }),
    verification: 'die Angabe, wie wir Ihre Identität prüfen, bevor wir einen Antrag bearbeiten',
    verificationNote: 'den Hinweis zur Identitätsprüfung',
    verificationDropped: 'Die Datenschutzerklärung beschreibt die Identitätsprüfung vor der Bearbeitung eines Antrags nicht mehr.',
    verificationSteps: (steps) =>
      `Wir haben die Identitätsprüfung vor der Bearbeitung eines Antrags geändert: ${capitalize(steps.map(verificationStep).join('; '))}.`,
    instructions: (r) => `die Anleitung für ${right(r as Right)}`,
    limitSet: (r, quote) =>
      quote ? `Wir schränken ${right(r)}, das wir allen gewähren, jetzt ein: ${quote}` : `Wir schränken ${right(r)}, das wir allen gewähren, jetzt ein.`,
    limitRemoved: (r) => `Wir schränken ${right(r)}, das wir allen gewähren, nicht mehr ein.`,
    limit: (r) => `die Einschränkung für ${right(r)}`,
  },
  cookies: {
    trackingAdded: (kinds) => `Wir verwenden jetzt ${joinList(kinds.map((k) => COOKIE_KINDS[k]))}.`,
    trackingRemoved: (kinds) => `Wir verwenden keine ${joinList(kinds.map((k) => COOKIE_KINDS[k]))} mehr.`,
    necessary: (now) =>
      now ? 'Wir nennen jetzt die unbedingt erforderlichen Cookies, die wir verwenden.' : 'Wir nennen unbedingt erforderliche Cookies nicht mehr.',
    toolsAdded: (tools) => `Wir verwenden jetzt ${tools.length === 1 ? 'ein neues Tracking-Tool' : 'neue Tracking-Tools'}: ${joinList(tools)}.`,
    toolsRemoved: (tools) => `Wir verwenden ${tools.length === 1 ? 'dieses Tracking-Tool' : 'diese Tracking-Tools'} nicht mehr: ${joinList(tools)}.`,
    thirdParty: (now) =>
      now
        ? 'Auf unserem Dienst laufen jetzt Tracking-Skripte oder Werbe-Cookies von Drittanbietern.'
        : 'Auf unserem Dienst laufen keine Tracking-Skripte und Werbe-Cookies von Drittanbietern mehr.',
    labels: {
      purposes: 'unsere Angaben dazu, wozu unsere Cookies dienen',
      local_storage: 'unsere Angaben zu anderen Speichertechniken auf Ihrem Gerät',
      policy_url: 'den Link zu unserer Cookie-Richtlinie',
      control: 'die Angabe, wie Sie Cookies verwalten können',
      dnt_effect: 'die Angabe, was ein Do-Not-Track-Signal ändert',
    },
    added: (name, provider, purpose) => `Wir verwenden jetzt das Cookie ${q(name)}${provider ? ` von ${provider}` : ''}: ${purpose}.`,
    removed: (name) => `Wir verwenden das Cookie ${q(name)} nicht mehr.`,
    changed: (name, cookie) =>
      `Wir haben das Cookie ${q(name)} geändert: ${[
        cookie.purpose,
        ...(cookie.provider ? [`gesetzt von ${cookie.provider}`] : []),
        ...(cookie.duration === 'session'
          ? ['gespeichert, bis Sie Ihren Browser schließen']
          : cookie.duration
            ? [`gespeichert für ${durationInWords(cookie.duration, 'accusative')}`]
            : []),
      ].join(', ')}.`,
    dnt: (now, effect) =>
      now === true
        ? effect !== undefined
          ? `Wir reagieren jetzt auf Do-Not-Track-Signale: Wenn Ihr Browser ein solches Signal sendet, ${effect}.`
          : 'Wir beachten jetzt Do-Not-Track-Signale Ihres Browsers.'
        : now === false
          ? 'Wir geben an, dass wir auf Do-Not-Track-Signale nicht reagieren.'
          : 'Die Datenschutzerklärung sagt nicht mehr, wie wir auf Do-Not-Track-Signale reagieren.',
    dntNarrowed: (effect) => `Wir beachten Do-Not-Track-Signale jetzt nur noch teilweise: Wenn Ihr Browser ein solches Signal sendet, ${effect}.`,
    dntReworded: (effect) => `Wir haben geändert, was wir zu Do-Not-Track-Signalen angeben: Wenn Ihr Browser ein solches Signal sendet, ${effect}.`,
    dntWhole: 'Wir beachten Do-Not-Track-Signale Ihres Browsers jetzt vollständig, nicht mehr nur teilweise.',
  },
  ai: {
    training: (now, data, was) => `${TRAINING_NOW[now](data.length ? categories(data) : 'Ihre Daten')}${was ? ` ${TRAINING_BEFORE[was]}` : ''}`,
    trainingDropped: 'Die Datenschutzerklärung sagt nicht mehr, ob Ihre Daten zum Training von KI-Modellen verwendet werden.',
    anyData: (old) => `Für das KI-Training dürfen wir jetzt alle Ihre Daten verwenden, nicht nur ${categories(old)}.`,
    onlyData: (now) => `Für das KI-Training verwenden wir jetzt nur noch ${categories(now)}.`,
    dataAdded: (data) => `Wir dürfen jetzt auch ${categories(data)} zum Training von KI-Modellen verwenden.`,
    dataRemoved: (data) => `Wir verwenden ${categories(data)} nicht mehr zum Training von KI-Modellen.`,
    trainingData: 'Wir haben geändert, welche Daten das KI-Training verwenden würde.',
    automated: (now) =>
      now
        ? 'Wir treffen jetzt ausschließlich automatisiert Entscheidungen über Sie, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen.'
        : 'Wir treffen keine ausschließlich automatisierten Entscheidungen über Sie mehr, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen.',
    featureAdded: (name, data, provider) =>
      `Neue KI-Funktion: ${q(name)}${data.length ? `; sie verwendet ${categories(data)}` : ''}${provider ? `; Anbieter: ${provider}` : ''}.`,
    featureRemoved: (name) => `Wir haben die KI-Funktion ${q(name)} entfernt.`,
    featureData: (name, added, removed) =>
      `Die KI-Funktion ${q(name)} ${[
        added.length ? `verwendet jetzt ${categories(added)}` : '',
        removed.length ? `verwendet ${categories(removed)} nicht mehr` : '',
      ]
        .filter(Boolean)
        .join(' und ')}.`,
    featureProvider: (name, provider) =>
      provider
        ? `Die KI-Funktion ${q(name)} wird jetzt von ${provider} bereitgestellt.`
        : `Die Datenschutzerklärung sagt nicht mehr, wer die KI-Funktion ${q(name)} bereitstellt.`,
    labels: {
      decision_logic: 'die Angabe, wie unsere automatisierten Entscheidungen zustande kommen',
      decision_consequences: 'die Angabe, was unsere automatisierten Entscheidungen für Sie bedeuten',
      training_detail: 'die Einzelheiten zum KI-Training',
      advice: 'unseren Rat dazu, was Sie hochladen sollten',
    },
    featureLabels: (name) => ({
      description: `die Beschreibung der KI-Funktion ${q(name)}`,
      limitations: `die Grenzen der KI-Funktion ${q(name)}`,
    }),
  },
  commitments: {
    added: (c) => `Neue Zusage: ${promised(c)}.`,
    removed: (c) => `Wir haben unsere Zusage ${promised(c)} zurückgenommen.`,
    corrected: (c) => `Wir haben den Wortlaut unserer Zusage ${promised(c)} korrigiert.`,
    standard: (was, kind) =>
      `Für unsere Zusage ${promised(was)} gilt jetzt unsere Standardformulierung: ${kind === 'other' ? 'keine angegeben' : q(COMMITMENTS[kind])}.`,
    reworded: (was, statement) => `Wir haben unsere Zusage ${promised(was)} umformuliert. Neuer Wortlaut: ${q(statement)}.`,
    noExceptions: (c) => `Für unsere Zusage ${promised(c)} gelten keine Ausnahmen mehr.`,
    exceptionsCorrected: (c) => `Wir haben den Wortlaut der Ausnahmen von unserer Zusage ${promised(c)} korrigiert.`,
    exception: (c, first, except) => `Für unsere Zusage ${promised(c)} ${first ? 'gilt jetzt eine Ausnahme' : 'gelten jetzt andere Ausnahmen'}: ${q(except)}.`,
    asOfDropped: (c) => `Bei unserer Zusage ${promised(c)} geben wir nicht mehr an, zu welchem Stichtag sie gilt.`,
    confirmed: (c, date) => `Wir haben unsere Zusage ${promised(c)} mit Stand ${formatDate(date)} bestätigt.`,
    asOf: (c, date, was) =>
      `Unsere Zusage ${promised(c)} gilt jetzt nur noch mit Stand ${formatDate(date)}${was === undefined ? '' : `, nicht mehr mit Stand ${formatDate(was)}`}.`,
    productsRemoved: (c, products) => `Unsere Zusage ${promised(c)} gilt nicht mehr für ${joinList(products.map(q))}.`,
    productsAdded: (c, products) => `Unsere Zusage ${promised(c)} gilt jetzt auch für ${joinList(products.map(q))}.`,
  },
  productScope: {
    categoryMore: (name, products) => `Wir erheben die Daten der Kategorie ${q(name)} jetzt auch in ${joinList(products.map(q))}.`,
    categoryLess: (name, products) => `Wir erheben die Daten der Kategorie ${q(name)} in ${joinList(products.map(q))} nicht mehr.`,
    purposeMore: (name, products) => `Wir verwenden Ihre Daten für ${q(name)} jetzt auch in ${joinList(products.map(q))}.`,
    purposeLess: (name, products) => `Wir verwenden Ihre Daten in ${joinList(products.map(q))} nicht mehr für ${q(name)}.`,
    providerMore: (name, products) => `${name} erhält Ihre Daten jetzt auch aus ${joinList(products.map(q))}.`,
    providerLess: (name, products) => `${name} erhält Ihre Daten aus ${joinList(products.map(q))} nicht mehr.`,
    retentionMore: (label, data, products) =>
      `Die Speicherdauer für ${label === undefined ? categories(data) : `die Daten unter ${q(label)}`} gilt jetzt auch in ${joinList(products.map(q))}.`,
    retentionLess: (label, data, products) =>
      `Die Speicherdauer für ${label === undefined ? categories(data) : `die Daten unter ${q(label)}`} gilt in ${joinList(products.map(q))} nicht mehr.`,
    cookiesMore: (products) => `Wir verwenden jetzt auch in ${joinList(products.map(q))} Cookies.`,
    cookiesLess: (products) => `Wir verwenden in ${joinList(products.map(q))} keine Cookies mehr.`,
  },
  sale: {
    sells: (now) => (now ? 'Wir verkaufen jetzt personenbezogene Informationen.' : 'Wir verkaufen keine personenbezogenen Informationen mehr.'),
    advertising: (now) =>
      now
        ? 'Wir geben personenbezogene Informationen jetzt für gezielte Werbung weiter.'
        : 'Wir geben personenbezogene Informationen nicht mehr für gezielte Werbung weiter.',
    hedged: (now) =>
      now
        ? 'Wir sagen jetzt, dass einige unserer Offenlegungen als Verkauf oder Weitergabe gelten können, wo wir sagten, dass wir personenbezogene Informationen verkaufen oder weitergeben.'
        : 'Wir sagen jetzt, dass wir personenbezogene Informationen verkaufen oder weitergeben, wo wir sagten, dass einige unserer Offenlegungen als Verkauf oder Weitergabe gelten können.',
    brokers: (now) =>
      now
        ? 'Wir geben personenbezogene Informationen jetzt an Datenhändler weiter.'
        : 'Wir geben personenbezogene Informationen nicht mehr an Datenhändler weiter.',
    pastYearDropped: 'Die Datenschutzerklärung sagt nicht mehr, was in den letzten 12 Monaten verkauft oder weitergegeben wurde.',
    pastYear: (sold, shared, recipients) => {
      const part = (data: readonly string[] | undefined, verb: string): string | undefined =>
        data === undefined
          ? undefined
          : data.length === 0
            ? `wir haben keine personenbezogenen Informationen ${verb}`
            : `wir haben ${categories(data)} ${verb}`;
      const parts = [part(sold, 'verkauft'), part(shared, 'weitergegeben')].filter((p): p is string => p !== undefined);
      return `Die Datenschutzerklärung gibt jetzt für die letzten 12 Monate an: ${parts.length > 0 ? capitalize(joinList(parts)) : 'Personenbezogene Informationen wurden weitergegeben'}${recipients?.length ? ` (Empfänger: ${joinList(recipients)})` : ''}.`;
    },
    gpc: (now) =>
      now
        ? 'Wir behandeln ein Signal der Global Privacy Control (GPC) Ihres Browsers jetzt als Widerspruch gegen den Verkauf und die Weitergabe Ihrer personenbezogenen Informationen.'
        : now === false
          ? 'Wir reagieren nicht mehr auf Signale der Global Privacy Control (GPC).'
          : 'Die Datenschutzerklärung sagt nicht mehr, dass wir Signale der Global Privacy Control (GPC) beachten.',
    sensitive: (now, was) =>
      now === true
        ? 'Wir verwenden sensible personenbezogene Informationen jetzt nur für die Zwecke, für die die CCPA-Verordnungen kein Recht auf Einschränkung vorsehen.'
        : now === false
          ? 'Wir verwenden sensible personenbezogene Informationen jetzt auch für Zwecke über diejenigen hinaus, für die die CCPA-Verordnungen kein Recht auf Einschränkung vorsehen.'
          : was === true
            ? 'Die Datenschutzerklärung sagt nicht mehr, dass wir sensible personenbezogene Informationen nur für die Zwecke verwenden, für die die CCPA-Verordnungen kein Recht auf Einschränkung vorsehen.'
            : 'Die Datenschutzerklärung sagt nicht mehr, ob wir sensible personenbezogene Informationen für Zwecke über diejenigen hinaus verwenden, für die die CCPA-Verordnungen kein Recht auf Einschränkung vorsehen.',
    directMarketing: (now) =>
      now
        ? 'Wir legen personenbezogene Informationen jetzt Dritten für deren eigenes Direktmarketing offen.'
        : 'Wir legen personenbezogene Informationen Dritten nicht mehr für deren eigenes Direktmarketing offen.',
    labels: { note: 'den Hinweis zum Verkauf und zur Weitergabe personenbezogener Informationen' },
  },
  audiences: {
    covered: (kind, name, products) => `Diese Datenschutzerklärung gilt jetzt auch für ${audience(kind, name)}${productsIn(products)}.`,
    uncovered: (kind, name, products) => `Diese Datenschutzerklärung gilt nicht mehr für ${audience(kind, name)}${productsIn(products)}.`,
    processorExcluded: (data) => `Diese Datenschutzerklärung gilt nicht mehr für ${q(data)}; diese Daten verarbeiten wir jetzt nur im Auftrag unserer Kunden.`,
    processorIncluded: (data) =>
      `Diese Datenschutzerklärung schließt ${q(data)} nicht mehr aus; bisher waren diese Daten als Daten ausgenommen, die wir im Auftrag unserer Kunden verarbeiten.`,
    requests: (toCustomer) =>
      toCustomer
        ? 'Anträge zu Daten, die wir im Auftrag unserer Kunden verarbeiten, gehen jetzt an den jeweiligen Kunden.'
        : 'Wir bitten Sie nicht mehr, Anträge zu Daten, die wir im Auftrag unserer Kunden verarbeiten, an den jeweiligen Kunden zu richten.',
    excludedCorrected: 'Wir haben den Wortlaut der Angabe korrigiert, für wen diese Datenschutzerklärung nicht gilt.',
    meaning: (kind, name) => `die Angabe, wen wir mit ${name === undefined ? AUDIENCES[kind] : `der Gruppe ${q(name)}`} meinen`,
    excluded: (people) => `Diese Datenschutzerklärung gilt nicht mehr für die personenbezogenen Daten folgender Personen: ${joinList(people.map(q))}.`,
    included: (people) => `Diese Datenschutzerklärung schließt die personenbezogenen Daten folgender Personen nicht mehr aus: ${joinList(people.map(q))}.`,
    labels: { data: 'die Angabe, welche Daten wir nur im Auftrag unserer Kunden verarbeiten', dpa_url: 'den Link zu unserem Auftragsverarbeitungsvertrag' },
  },
  government: {
    safeguards: {
      legal_process: [
        'Wir geben Ihre Daten jetzt nur aufgrund eines gültigen rechtlichen Verfahrens an Behörden heraus.',
        'Wir sagen nicht mehr zu, Ihre Daten nur aufgrund eines gültigen rechtlichen Verfahrens an Behörden herauszugeben.',
      ],
      challenge: [
        'Wir fechten jetzt Anfragen von Behörden an, die wir für rechtswidrig oder zu weitgehend halten.',
        'Wir sagen nicht mehr zu, rechtswidrige oder zu weitgehende Anfragen anzufechten.',
      ],
      notify_users: [
        'Wir informieren Sie jetzt, bevor wir Ihre Daten an eine Behörde herausgeben.',
        'Wir sagen nicht mehr zu, Sie zu informieren, bevor wir Ihre Daten an eine Behörde herausgeben.',
      ],
      foreign_via_treaty: [
        'Wir beantworten Anfragen ausländischer Behörden jetzt nur noch im Wege der Rechtshilfe oder einer anderen internationalen Zusammenarbeit.',
        'Wir sagen nicht mehr zu, Anfragen ausländischer Behörden nur im Wege der Rechtshilfe oder einer anderen internationalen Zusammenarbeit zu beantworten.',
      ],
    },
    emergency: (now) =>
      now
        ? 'In Notfällen dürfen wir Ihre Daten jetzt ohne rechtliches Verfahren an Behörden herausgeben.'
        : 'In Notfällen geben wir Ihre Daten nicht mehr ohne rechtliches Verfahren an Behörden heraus.',
    exceptionsAdded: (items) =>
      `Wir dürfen jetzt in folgenden Fällen davon absehen, Sie über eine Anfrage nach Ihren Daten zu informieren: ${exceptionsOr(items)}.`,
    exceptionsRemoved: (items) =>
      `Wir sehen in folgenden Fällen nicht mehr davon ab, Sie über eine Anfrage nach Ihren Daten zu informieren: ${exceptionsOr(items)}.`,
    preservation: (now, was) =>
      now
        ? `Auf Anfrage einer Behörde sichern wir Daten jetzt für bis zu ${durationInWords(now, 'accusative')}${was ? ` statt für bis zu ${durationInWords(was, 'accusative')}` : ''}.`
        : 'Die Datenschutzerklärung sagt nicht mehr, wie lange wir Daten auf Anfrage einer Behörde sichern.',
    transparency: (now) =>
      now ? 'Wir veröffentlichen jetzt einen Transparenzbericht über die Anfragen, die wir erhalten.' : 'Wir verlinken keinen Transparenzbericht mehr.',
    labels: {
      transparency_report: 'den Link zu unserem Transparenzbericht',
      legal_process_detail: 'die Angabe, welches rechtliche Verfahren wir verlangen',
      guidelines_url: 'den Link zu unseren Richtlinien für Strafverfolgungsbehörden',
      note: 'unseren Hinweis zu Anfragen von Behörden',
    },
  },
  rightsProcess: {
    channelAdded: (how, now) => `Sie können Anträge zu Ihren Rechten jetzt ${CHANNELS[how]} stellen: ${now}.`,
    channelRemoved: (how) => `Sie können Anträge zu Ihren Rechten nicht mehr ${CHANNELS[how]} stellen.`,
    channelChanged: (how, now) =>
      how === 'phone'
        ? `Für Anträge zu Ihren Rechten erreichen Sie uns telefonisch jetzt unter ${now}.`
        : `Anträge zu Ihren Rechten per Post richten Sie jetzt an: ${now}.`,
    sameForEveryone: (now) =>
      now
        ? 'Wir gewähren jetzt allen Personen dieselben Rechte, unabhängig von ihrem Wohnort.'
        : 'Die Datenschutzerklärung sagt nicht mehr, dass alle Personen unabhängig von ihrem Wohnort dieselben Rechte haben.',
    extension: (now, was) =>
      now === undefined
        ? 'Wir geben nicht mehr an, dass wir für die Beantwortung komplexer Anträge zu Ihren Rechten mehr Zeit benötigen dürfen.'
        : `Für die Beantwortung eines komplexen Antrags zu Ihren Rechten dürfen wir uns jetzt bis zu ${durationInWords(now, 'accusative')} mehr Zeit nehmen${was ? ` statt bis zu ${durationInWords(was, 'accusative')}` : ''}.`,
    agents: (accepted, stated) =>
      accepted
        ? 'Eine von Ihnen bevollmächtigte Person kann jetzt in Ihrem Namen Anträge zu Ihren Rechten stellen.'
        : !stated
          ? 'Die Datenschutzerklärung sagt nicht mehr, dass eine von Ihnen bevollmächtigte Person Anträge für Sie stellen kann.'
          : 'Wir nehmen keine Anträge mehr von Personen an, die Sie bevollmächtigt haben.',
    exemptionAdded: (text) => `Wir dürfen einen Antrag zu Ihren Rechten jetzt in folgendem Fall ganz oder teilweise ablehnen: ${q(text)}.`,
    exemptionRemoved: (text) => `Die Datenschutzerklärung nennt folgenden Fall nicht mehr, in dem wir einen Antrag ablehnen dürfen: ${q(text)}.`,
    exemption: (text) => `einen Fall, in dem wir einen Antrag ablehnen dürfen (${q(text)})`,
    appealAdded: (regions) =>
      `Sie können jetzt Einspruch gegen unsere Entscheidung einlegen, wenn wir einen Antrag ablehnen${regions ? `, sofern Sie in ${places(regions)} wohnen` : ''}.`,
    appealRemoved: 'Die Datenschutzerklärung sagt nicht mehr, dass Sie Einspruch einlegen können, wenn wir einen Antrag ablehnen.',
    appealOnly: (regions) => `Sie können jetzt nur noch Einspruch einlegen, wenn Sie in ${places(regions)} wohnen.`,
    appealEverywhere: 'Sie können jetzt unabhängig von Ihrem Wohnort Einspruch einlegen.',
    appealAlso: (regions) => `Sie können jetzt auch Einspruch einlegen, wenn Sie in ${places(regions)} wohnen.`,
    appealNoLonger: (regions) => `Sie können keinen Einspruch mehr einlegen, wenn Sie in ${places(regions)} wohnen.`,
    appealTime: (now, was) =>
      now
        ? `Wir beantworten Einsprüche jetzt innerhalb von ${durationInWords(now)}${was ? ` statt innerhalb von ${durationInWords(was)}` : ''}.`
        : 'Die Datenschutzerklärung sagt nicht mehr, wie schnell wir Einsprüche beantworten.',
    appealAuthority: (name, url, regions) =>
      name
        ? `Wenn wir Ihren Einspruch zurückweisen${regions ? ` und Sie in ${places(regions)} wohnen` : ''}, können Sie sich jetzt bei ${name}${url ? ` (${url})` : ''} beschweren.`
        : 'Die Datenschutzerklärung sagt nicht mehr, wo Sie sich beschweren können, wenn wir Ihren Einspruch zurückweisen.',
    labels: {
      proof: 'die Angabe, was eine von Ihnen bevollmächtigte Person vorlegen muss, um einen Antrag für Sie zu stellen',
      how: 'die Angabe, wie Sie gegen unsere Entscheidung über einen Antrag Einspruch einlegen',
    },
  },
  financialIncentives: {
    added: (name, data) =>
      `Wir bieten jetzt einen finanziellen Anreiz als Gegenleistung für personenbezogene Informationen an: ${q(name)}${data.length ? `; er betrifft ${categories(data)}` : ''}.`,
    removed: (name) => `Wir bieten den finanziellen Anreiz ${q(name)} nicht mehr an.`,
    dataAdded: (name, data) => `Der finanzielle Anreiz ${q(name)} betrifft jetzt auch ${categories(data)}.`,
    dataRemoved: (name, data) => `Der finanzielle Anreiz ${q(name)} betrifft ${categories(data)} nicht mehr.`,
    unstated: (what) => `Die Datenschutzerklärung enthält ${closed(what)} nicht mehr.`,
    labels: (name) => ({
      summary: `die Beschreibung, was der finanzielle Anreiz ${q(name)} bietet`,
      opt_in: `die Angabe, wie Sie am finanziellen Anreiz ${q(name)} teilnehmen`,
      withdraw: `die Angabe, wie Sie Ihre Teilnahme am finanziellen Anreiz ${q(name)} widerrufen`,
      value: `unsere Schätzung, was Ihre Daten beim finanziellen Anreiz ${q(name)} wert sind`,
      value_method: `die Angabe, wie wir berechnen, was Ihre Daten beim finanziellen Anreiz ${q(name)} wert sind`,
      terms_url: `die Adresse der Bedingungen des finanziellen Anreizes ${q(name)}`,
    }),
  },
  disclosures: {
    added: (kind) => `Wir dürfen Ihre Daten jetzt offenlegen, und zwar ${OCCASIONS[kind]}.`,
    removed: (kind) => `Wir führen die Offenlegung Ihrer Daten ${closed(OCCASIONS[kind])} nicht mehr auf.`,
    recipientsAdded: (kind, added) => `Ihre Daten können jetzt auch an ${joinList(added)} gehen (${HEADINGS[kind]}).`,
    recipientsNamed: (kind) => `Wir nennen jetzt die Empfänger Ihrer Daten (${HEADINGS[kind]}).`,
    recipientsRemoved: (kind, removed) => `Wir nennen ${joinList(removed)} nicht mehr unter den Empfängern Ihrer Daten (${HEADINGS[kind]}).`,
    labels: (kind) => ({
      description: `unsere Angaben zur Offenlegung Ihrer Daten ${OCCASIONS[kind]}`,
      recipients: `die Namen der Empfänger Ihrer Daten ${OCCASIONS[kind]}`,
    }),
  },
  recipients: {
    added: (data, name, countries, purpose) =>
      `Wir geben jetzt ${data.length ? categories(data) : 'Daten'} an eine neue Art von Empfängern weiter: ${q(name)}${countries.length ? `, ${countryList(countries)}` : ''}. Tätigkeit für uns: ${q(purpose)}.`,
    removed: (name) => `Wir geben keine Daten mehr an die Empfänger ${q(name)} weiter.`,
    purpose: (name, now, was) => `Die Empfänger ${q(name)} verarbeiten Ihre Daten jetzt für einen anderen Zweck: ${q(now)} (bisher: ${q(was)}).`,
    location: (name, countries) =>
      countries.length
        ? `Die Empfänger ${q(name)} verarbeiten Ihre Daten jetzt ${countryList(countries)}.`
        : `Die Datenschutzerklärung sagt nicht mehr, wo die Empfänger ${q(name)} Ihre Daten verarbeiten.`,
    data: (name, added, removed) =>
      `Die Empfänger ${q(name)} ${[
        added.length ? `erhalten jetzt ${categories(added)}` : '',
        removed.length ? `erhalten ${categories(removed)} nicht mehr` : '',
      ]
        .filter(Boolean)
        .join(' und ')}.`,
    labels: (was) => ({ name: `den Namen der Empfänger ${q(was)}` }),
  },
  document: {
    effective: (now, was, style) =>
      `Die Datenschutzerklärung gilt jetzt ${formatDateAfter('from', now, style)}; die vorige Fassung galt ${formatDateAfter('from', was, style)}.`,
    lastUpdated: (date, style) =>
      date
        ? `Die Datenschutzerklärung trägt jetzt den Stand vom ${formatDate(date, style)}.`
        : 'Die Datenschutzerklärung nennt kein gesondertes Datum der letzten Aktualisierung mehr.',
    url: (url) =>
      url
        ? `Die Datenschutzerklärung ist jetzt unter ${url} veröffentlicht.`
        : 'Die Datenschutzerklärung nennt nicht mehr die Adresse, unter der sie veröffentlicht ist.',
    dateStyle: 'Datumsangaben in der Datenschutzerklärung stehen jetzt in einem anderen Format.',
    keyPoints: (shown) =>
      shown
        ? 'Die Datenschutzerklärung beginnt jetzt mit ihren wichtigsten Punkten.'
        : 'Die Datenschutzerklärung beginnt nicht mehr mit ihren wichtigsten Punkten.',
    earlierVersions: (url) =>
      url
        ? `Frühere Fassungen der Datenschutzerklärung sind jetzt unter ${url} aufgeführt.`
        : 'Die Datenschutzerklärung verweist nicht mehr auf ihre früheren Fassungen.',
    language: (now, was, own) =>
      `Die Datenschutzerklärung wird jetzt zuerst auf ${LANGUAGE_NAMES[now] ?? own(now)} statt auf ${LANGUAGE_NAMES[was] ?? own(was)} verfasst.`,
    languagesAdded: (codes, own) => `Die Datenschutzerklärung erscheint jetzt auch auf ${joinList(codes.map((c) => LANGUAGE_NAMES[c] ?? own(c)))}.`,
    languagesRemoved: (codes, own) => `Die Datenschutzerklärung erscheint nicht mehr auf ${joinList(codes.map((c) => LANGUAGE_NAMES[c] ?? own(c)))}.`,
    languagesOrder: 'Die Datenschutzerklärung nennt die Sprachen, in denen sie erscheint, in einer anderen Reihenfolge.',
    clauses: 'Die Datenschutzerklärung verwendet jetzt andere eigene Textbausteine.',
    labels: {
      title: 'den Titel der Datenschutzerklärung',
      service: 'den Namen des Dienstes, für den die Datenschutzerklärung gilt',
      summary: 'die Zusammenfassung unter dem Titel',
    },
  },
  controller: {
    name: (now, was) => `Verantwortlicher für Ihre Daten ist jetzt ${now}, nicht mehr ${was}.`,
    tradingName: (now, was) =>
      now ? `Wir treten jetzt unter dem Namen ${now} auf${was ? ` statt ${was}` : ''}.` : `Wir treten nicht mehr unter dem Namen ${was ?? ''} auf.`,
    country: (name, now, was) =>
      now
        ? `${name} hat seinen Sitz jetzt ${localCountryInSentence(now)}${was ? ` statt ${localCountryInSentence(was)}` : ''}.`
        : `Die Datenschutzerklärung sagt nicht mehr, wo ${name} seinen Sitz hat.`,
    legalForm: (name, now) => (now ? `Die Rechtsform von ${name} ist jetzt: ${now}.` : `Die Datenschutzerklärung nennt die Rechtsform von ${name} nicht mehr.`),
    registrationNumber: (now) => (now ? `Unsere Registernummer lautet jetzt ${now}.` : 'Die Datenschutzerklärung nennt unsere Registernummer nicht mehr.'),
    registerCourt: (now) => (now ? `Unser Registergericht ist jetzt: ${now}.` : 'Die Datenschutzerklärung sagt nicht mehr, wo wir eingetragen sind.'),
    vatId: (now) =>
      now
        ? `Unsere Umsatzsteuer-Identifikationsnummer lautet jetzt ${now}.`
        : 'Die Datenschutzerklärung nennt unsere Umsatzsteuer-Identifikationsnummer nicht mehr.',
    managementLead: (role, count, now) => MANAGEMENT[role][now ? 'now' : 'lead'](count),
    directors: (now, role) =>
      now ? `${MANAGEMENT[role].now(now.length)} ${joinList(now)}.` : `Die Datenschutzerklärung nennt ${MANAGEMENT[role].unnamed} nicht mehr.`,
    scopeCorrected: (excludes) =>
      `Wir haben den Wortlaut der Angabe korrigiert, ${excludes ? 'wofür diese Datenschutzerklärung nicht gilt' : 'wofür diese Datenschutzerklärung gilt'}.`,
    covers: (items) => `Diese Datenschutzerklärung gilt jetzt auch für ${joinList(items.map(q))}.`,
    coversNoLonger: (items) => `Diese Datenschutzerklärung gilt nicht mehr für ${joinList(items.map(q))}.`,
    excludes: (items) => `Diese Datenschutzerklärung schließt jetzt ${joinList(items.map(q))} aus.`,
    excludesNoLonger: (items) => `Diese Datenschutzerklärung schließt ${joinList(items.map(q))} nicht mehr aus.`,
    labels: { description: 'die Beschreibung unserer Tätigkeit' },
  },
  otherControllers: {
    added: (company, scope, alongside) =>
      `Für ${whomThen(scope)} ist jetzt ${company} für Ihre Daten verantwortlich${alongside ? '; wir bleiben für einen Teil ihrer Verarbeitung verantwortlich' : ' statt uns'}.`,
    removed: (company, scope) => `Für ${whomThen(scope)} ist ${company} nicht mehr für Ihre Daten verantwortlich.`,
    company: (now, was, scope) => `Für ${whomThen(scope)} ist jetzt ${now} für Ihre Daten verantwortlich, nicht mehr ${was}.`,
    scope: (company, now, was) => `${company} ist jetzt für die Daten folgender Personen verantwortlich: ${whom(now).text}; bisher: ${whom(was).text}.`,
    alongside: (company, now) =>
      now
        ? `Wir sind jetzt auch für einen Teil der Verarbeitung der Daten verantwortlich, für die ${company} verantwortlich ist.`
        : `Wir sind für keinen Teil der Verarbeitung der Daten mehr verantwortlich, für die ${company} verantwortlich ist.`,
    country: (company, now, was) =>
      now
        ? `${company} hat seinen Sitz jetzt ${localCountryInSentence(now)}${was ? ` statt ${localCountryInSentence(was)}` : ''}.`
        : `Die Datenschutzerklärung sagt nicht mehr, wo ${company} seinen Sitz hat.`,
    described: (company) => `Wir haben die Beschreibung von ${company} geändert.`,
    contact: (company) => `Die Kontaktdaten von ${company} haben sich geändert.`,
  },
  changes: {
    subscribe: (url) =>
      url
        ? `Sie können Aktualisierungen dieser Datenschutzerklärung jetzt unter ${url} abonnieren.`
        : 'Die Datenschutzerklärung sagt nicht mehr, wo Sie ihre Aktualisierungen abonnieren können.',
    noticePeriod: (now, was) =>
      now
        ? `Wir informieren Sie über wichtige Änderungen jetzt ${durationInWords(now, 'accusative')} vor ihrem Inkrafttreten${was ? ` statt ${durationInWords(was, 'accusative')} vorher` : ''}.`
        : 'Wir sagen keine Frist mehr zu, mit der wir wichtige Änderungen vor ihrem Inkrafttreten ankündigen.',
    channels: (now, any, dropped) => {
      const told = now.length
        ? `Wir informieren Sie über Änderungen jetzt ${channels(now, any ? 'or' : 'and')}`
        : 'Die Datenschutzerklärung sagt nicht mehr, wie wir Sie über Änderungen informieren';
      return dropped.length > 0 && now.length ? `${told}, nicht mehr ${channels(dropped, 'or')}.` : `${told}.`;
    },
    levels: 'Wir haben geändert, welche Arten von Änderungen dieser Datenschutzerklärung wir für so wichtig halten, dass wir sie im Voraus ankündigen.',
    continuedUse: (now) =>
      now
        ? 'Wenn Sie den Dienst nach einer Änderung weiter nutzen, akzeptieren Sie damit jetzt die aktualisierte Datenschutzerklärung.'
        : 'Die weitere Nutzung des Dienstes nach einer Änderung gilt nicht mehr als Zustimmung zur aktualisierten Datenschutzerklärung.',
    notify: (may) =>
      may
        ? 'Wir sagen nicht mehr zu, Sie über Änderungen zu informieren: Die Datenschutzerklärung sagt jetzt nur, dass wir es tun können.'
        : 'Wir sagen jetzt zu, Sie über Änderungen zu informieren.',
    scope: (all) =>
      all
        ? 'Wir informieren Sie jetzt über jede Änderung dieser Datenschutzerklärung, nicht nur über wesentliche.'
        : 'Wir informieren Sie jetzt nur noch über wesentliche Änderungen dieser Datenschutzerklärung, nicht mehr über jede Änderung.',
  },
  apps: {
    added: (name) => `Die Datenschutzerklärung gilt jetzt für die App ${name}.`,
    removed: (name) => `Die Datenschutzerklärung führt die App ${name} nicht mehr auf.`,
    changed: (name) => `Die Angaben der Datenschutzerklärung zur App ${name} haben sich geändert.`,
    tracking: (category) =>
      `Die Daten der Kategorie ${q(category)} werden jetzt verwendet, um Sie über Apps und Websites anderer Unternehmen hinweg zu verfolgen.`,
    trackingStopped: (category) => `Die Daten der Kategorie ${q(category)} werden nicht mehr verwendet, um Sie zu verfolgen.`,
    sharing: (category, purposes) =>
      `Die Daten der Kategorie ${q(category)} werden jetzt zu folgenden Zwecken an andere Unternehmen weitergegeben: ${joinList(purposes.map((p) => GOOGLE_PURPOSES[p]))}.`,
    labels: (category) => `Die Angaben der App-Store-Labels zur Kategorie ${q(category)} haben sich geändert.`,
    purposeLabels: (purpose) => `Die Angaben der App-Store-Labels zum Zweck ${q(purpose)} haben sich geändert.`,
    permissionAdded: (app, permission, purpose) => `${app} fordert jetzt die Berechtigung ${q(permission)} an: ${purpose}`,
    permissionRemoved: (app, permission) => `${app} fordert die Berechtigung ${q(permission)} nicht mehr an.`,
    platforms: (app, permission, platforms) =>
      `${app} fordert ${q(permission)} jetzt unter ${platforms.map((p) => (p === 'ios' ? 'iOS' : 'Android')).join(' und ')} an.`,
    required: (app, permission) => `${app} sagt nicht mehr, dass Sie ${q(permission)} verweigern und die App trotzdem nutzen können.`,
    permissionChanged: (app, permission) => `${app} hat geändert, wann die App ${q(permission)} anfordert oder ob Sie die Berechtigung verweigern können.`,
    permissionPurpose: (app, permission) => `die Angabe, wofür ${app} ${q(permission)} verwendet`,
  },
  children: {
    minAge: (now, was) =>
      now === undefined
        ? 'Die Datenschutzerklärung nennt kein Mindestalter für die Nutzung des Dienstes mehr.'
        : `Der Dienst richtet sich jetzt an Personen ab ${now} Jahren${was === undefined ? '' : ` statt ab ${was} Jahren`}.`,
    directed: (now) => (now ? 'Der Dienst richtet sich jetzt an Kinder.' : 'Der Dienst richtet sich nicht mehr an Kinder.'),
    deletion: (now) =>
      now
        ? 'Wir löschen die Daten eines Kindes jetzt, sobald wir erfahren, dass wir sie haben.'
        : 'Wir sagen nicht mehr zu, die Daten eines Kindes zu löschen, sobald wir erfahren, dass wir sie haben.',
    knowingly: (now) =>
      now
        ? 'Wir erklären jetzt, dass wir wissentlich keine personenbezogenen Daten von Personen unter dem Mindestalter erheben.'
        : 'Die Datenschutzerklärung sagt nicht mehr, dass wir wissentlich keine personenbezogenen Daten von Personen unter dem Mindestalter erheben.',
    accountClosing: (now) =>
      now
        ? 'Wir schließen jetzt das Konto eines Nutzers, von dem wir erfahren oder vermuten, dass er jünger als das Mindestalter ist.'
        : 'Wir sagen nicht mehr zu, das Konto eines Nutzers zu schließen, von dem wir erfahren oder vermuten, dass er jünger als das Mindestalter ist.',
  },
  breach: {
    flags: {
      notify_users: [
        'Wir benachrichtigen betroffene Personen jetzt über eine Datenschutzverletzung.',
        'Wir sagen nicht mehr zu, betroffene Personen über eine Datenschutzverletzung zu benachrichtigen.',
      ],
      notify_authority: [
        'Wir melden eine Datenschutzverletzung jetzt der Aufsichtsbehörde.',
        'Wir sagen nicht mehr zu, eine Datenschutzverletzung der Aufsichtsbehörde zu melden.',
      ],
      where_feasible: [
        'Unsere Frist für die Meldung einer Datenschutzverletzung gilt jetzt nur, soweit möglich.',
        'Unsere Frist für die Meldung einer Datenschutzverletzung gilt jetzt ausnahmslos.',
      ],
    },
    within: (now, was) =>
      now
        ? `Wir melden eine Datenschutzverletzung jetzt innerhalb von ${durationInWords(now)}${was ? ` statt innerhalb von ${durationInWords(was)}` : ''}.`
        : 'Die Datenschutzerklärung sagt nicht mehr, wie schnell wir eine Datenschutzverletzung melden.',
  },
  security: {
    added: (measures) => `Neue Sicherheitsmaßnahmen: ${joinList(measures)}.`,
    removed: (measures) => `Wir führen folgende Sicherheitsmaßnahmen nicht mehr auf: ${joinList(measures)}.`,
    disclaimer: (now) =>
      now
        ? 'Wir weisen jetzt darauf hin, dass kein System vollkommen sicher ist.'
        : 'Wir weisen nicht mehr darauf hin, dass kein System vollkommen sicher ist.',
    useIsAcceptance: (now) =>
      now
        ? 'Mit der Nutzung des Dienstes akzeptieren Sie jetzt die Sicherheitsrisiken der Datenübertragung über das Internet.'
        : 'Mit der Nutzung des Dienstes akzeptieren Sie nicht mehr die Sicherheitsrisiken der Datenübertragung über das Internet.',
    labels: { advice: 'unseren Rat zur Sicherung Ihres Kontos' },
  },
  visibility: {
    visible: (audience, items) => `Für ${others(audience)} ist jetzt Folgendes sichtbar: ${joinList(items)}.`,
    invisible: (audience, items) => `Für ${others(audience)} ist Folgendes nicht mehr sichtbar: ${joinList(items)}.`,
    promiseDropped: (audience, items) => `Wir sagen nicht mehr zu, dass Folgendes für ${others(audience)} nie sichtbar ist: ${joinList(items)}.`,
    promised: (audience, items) => `Wir sagen jetzt zu, dass Folgendes für ${others(audience)} nie sichtbar ist: ${joinList(items)}.`,
    labels: { audience: 'die Angabe, wer Ihre Informationen sehen kann', copies: 'die Angabe, was mit Kopien geschieht, die andere Nutzer aufbewahren' },
  },
  jurisdictions: {
    added: (id) => `Diese Datenschutzerklärung berücksichtigt jetzt auch folgendes Gesetz: ${DE_LAW.laws[id].name}.`,
    removed: (id, rightsGone) =>
      `Diese Datenschutzerklärung berücksichtigt folgendes Gesetz nicht mehr: ${DE_LAW.laws[id].name}${rightsGone ? '; sie beschreibt die Rechte, die Ihnen dieses Gesetz gibt, nicht mehr' : ''}.`,
    otherAdded: (law) => `Diese Datenschutzerklärung berücksichtigt jetzt auch folgendes Gesetz: ${law}.`,
    otherRemoved: (law) => `Diese Datenschutzerklärung berücksichtigt folgendes Gesetz nicht mehr: ${law}.`,
    compliance: (now) =>
      now
        ? 'Wir erklären jetzt, dass wir die Gesetze beachten, für die diese Datenschutzerklärung geschrieben ist.'
        : 'Wir erklären nicht mehr, dass wir die Gesetze beachten, für die diese Datenschutzerklärung geschrieben ist.',
  },
  sections: {
    added: (title) => `Neuer Abschnitt: ${q(title)}.`,
    removed: (title) => `Wir haben den Abschnitt ${q(title)} entfernt.`,
    rewritten: (title) => `Wir haben den Abschnitt ${q(title)} neu geschrieben.`,
    moved: (title) => `Wir haben den Abschnitt ${q(title)} verschoben.`,
    labels: (was) => ({ title: `den Titel des Abschnitts ${q(was)}` }),
  },
  products: {
    added: (name) => `Diese Datenschutzerklärung gilt jetzt auch für ${q(name)}.`,
    removed: (name) => `Diese Datenschutzerklärung gilt nicht mehr für ${q(name)}.`,
    labels: (was, name) => ({
      name: `den Namen des Produkts ${q(was)}`,
      description: `die Beschreibung von ${q(name)}`,
      url: `die Adresse von ${q(name)}`,
      policy_url: `die Adresse der Datenschutzerklärung von ${q(name)}`,
    }),
  },
  deletionStages: {
    changed: (label, categories, stage, now, was) => {
      const what = retained({ ...(label === undefined ? {} : { label }), categories });
      return now === undefined
        ? `Für ${what} sagt die Datenschutzerklärung nicht mehr, ${STAGES[stage].unstated}.`
        : `Für ${what} gilt jetzt: ${STAGES[stage].within(now, was)}.`;
    },
  },
  unclassified: (path) => `Etwas, das policyc noch nicht einordnet, hat sich geändert: ${path}.`,
};
