import type { Jurisdiction, LawfulBasis, Right } from '../../law/index.js';
import { FR_LAW } from '../../law/text/fr.js';
import { durationInWords } from '../../model/duration.js';
import type { DataCategory, GooglePurpose, Purpose, RetentionEntry, SpecialCategoryCondition, Subprocessor } from '../../model/policy.generated.js';
import { countryList, localCountryInSentence, regionInSentence } from '../../render/helpers/countries.js';
import { capitalize, joinList, phrase } from '../../render/helpers/text.js';
import { formatDate, formatDateAfter } from '../../render/helpers/date.js';
import type { NoTime } from '../../render/helpers/retention.js';
import { words } from '../active.js';
import { withPreposition } from '../french.js';
import type { CcpaCategoryId } from '../../law/index.js';
import type { ManagementRole } from '../../model/controllers.js';

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
import { countInWords } from '../numbers.js';

/** The office of the people who run the company; `now` is the word a notice adds after the verb. */
const MANAGEMENT: Record<ManagementRole, { lead: (count: number, now: string) => string; unnamed: string }> = {
  managing_directors: { lead: (count, now) => (count === 1 ? `Notre dirigeant est${now}` : `Nos dirigeants sont${now}`), unnamed: 'nos dirigeants' },
  board: {
    lead: (count, now) => (count === 1 ? `Le membre de notre conseil d’administration est${now}` : `Les membres de notre conseil d’administration sont${now}`),
    unnamed: 'les membres de notre conseil d’administration',
  },
  partners: { lead: (count, now) => (count === 1 ? `Notre associé est${now}` : `Nos associés sont${now}`), unnamed: 'nos associés' },
  owner: {
    lead: (count, now) => `Notre entreprise est${now} dirigée par ${count === 1 ? 'son propriétaire' : 'ses propriétaires'},`,
    unnamed: 'le propriétaire de notre entreprise',
  },
};

/**
 * The sentences of a French change notice (src/i18n/phrases/en.ts explains them), in the RGPD's
 * terms (responsable du traitement, sous-traitant, intérêts légitimes, base légale). The company's
 * names are quoted (« … ») after a noun that says what they name ("la catégorie « … »"), so no
 * article has to agree with words the company chose. Spaces before « : ; ! ? » are plain here: the
 * catalog's typography makes them no-break, as in the clauses.
 */

const q = (text: string): string => `«\u00a0${text}\u00a0»`;

/** "de" before a phrase, elided or contracted as French requires: "du droit", "des données", "d’une obligation". */
const de = (phrase: string): string => withPreposition('de', phrase);

/** "vos données de la catégorie « Données d’utilisation »". */
function categories(names: readonly string[]): string {
  return names.length === 1 ? `vos données de la catégorie ${q(names[0] as string)}` : `vos données des catégories ${joinList(names.map(q))}`;
}

const BASES: Readonly<Record<LawfulBasis, string>> = {
  consent: 'votre consentement',
  contract: 'notre contrat avec vous',
  legal_obligation: 'une obligation légale',
  vital_interests: 'la sauvegarde des intérêts vitaux',
  public_task: 'une mission d’intérêt public',
  legitimate_interests: 'nos intérêts légitimes',
};

const basisList = (bases: readonly LawfulBasis[]): string => joinList(bases.map((basis) => BASES[basis]));

const condition = (c: SpecialCategoryCondition): string => FR_LAW.specialCategoryConditions[c];

/** Whether people must give the data (art. 13.2.e RGPD), after "Pour « … », ". */
const REQUIREMENT: Readonly<Record<NonNullable<Purpose['requirement']>, string>> = {
  statutory: 'la loi vous oblige désormais à nous fournir les données',
  contractual: 'notre contrat avec vous vous oblige désormais à nous fournir les données',
  contract_precondition: 'nous avons désormais besoin des données pour conclure un contrat avec vous',
  voluntary: 'la fourniture des données est désormais facultative',
};

const SOURCES: Readonly<Record<NonNullable<DataCategory['source']>, string>> = {
  provided: 'auprès de vous',
  automatic: 'automatiquement',
  third_party: 'auprès de tiers',
  generated: 'en les déduisant d’autres données',
};

const TERMS: Readonly<Record<NonNullable<Subprocessor['terms']>[number], string>> = {
  dpa: 'un contrat de sous-traitance conclu avec nous',
  written_agreement: 'un accord écrit conclu avec nous qui l’oblige à protéger les données',
  own_terms: 'ses propres conditions de confidentialité',
};

const END: Readonly<Record<NonNullable<RetentionEntry['then']>, string>> = { deleted: 'supprimons', anonymized: 'anonymisons', aggregated: 'agrégeons' };

/** "le droit d’accès". */
function right(r: Right): string {
  if (!(r in FR_LAW.rights)) return `le droit ${q(r)}`;
  // A label is written as a heading ("Droit d’accès"); in a sentence it starts in lower case.
  return words().rightInList(FR_LAW.rights[r].label.replace(/^\p{Lu}/u, (c: string) => c.toLowerCase()));
}

/** "au titre du RGPD". */
const under = (id: Jurisdiction): string => FR_LAW.laws[id].under ?? `au titre ${de(FR_LAW.laws[id].short)}`;

/** "les données de la catégorie « … »" or "les données figurant sous « … »". */
function retained(s: RetentionSubject): string {
  if (s.label !== undefined) return `les données figurant sous ${q(s.label)}`;
  return s.categories.length === 1
    ? `les données de la catégorie ${q(s.categories[0] as string)}`
    : `les données des catégories ${joinList(s.categories.map(q))}`;
}
const retainedOf = (s: RetentionSubject): string =>
  `${s.backups ? `les copies de sauvegarde ${de(retained(s))}` : retained(s)}${s.plan !== undefined ? ` pour la formule ${q(s.plan)}` : ''}`;

/** What we now do with data kept for no time, and what we did before (after " ; "). */
const NO_TIME_NOW: Readonly<Record<NoTime, (what: string) => string>> = {
  deleted_after_use: (what) => `Nous supprimons désormais ${what} dès leur utilisation`,
  not_stored: (what) => `Nous ne conservons plus du tout ${what}`,
};
const NO_TIME_BEFORE: Readonly<Record<NoTime, string>> = {
  deleted_after_use: 'auparavant, nous supprimions ces données dès leur utilisation',
  not_stored: 'auparavant, nous ne conservions pas du tout ces données',
};

const DPF_FRAMEWORKS: Readonly<Record<'eu_us' | 'uk_extension' | 'swiss_us', string>> = {
  eu_us: 'du Data Privacy Framework UE-États-Unis',
  uk_extension: 'de son extension au Royaume-Uni',
  swiss_us: 'du Data Privacy Framework Suisse-États-Unis',
};

const days = (n: number): string => `${n} ${n === 1 ? 'jour' : 'jours'}`;

const COOKIE_KINDS: Readonly<Record<CookieKind, string>> = {
  strictly_necessary: 'cookies strictement nécessaires',
  preferences: 'cookies de préférences',
  analytics: 'cookies de mesure d’audience',
  advertising: 'cookies publicitaires',
  social_media: 'cookies de réseaux sociaux',
};

const TRAINING_NOW: Readonly<Record<Training, (data: string) => string>> = {
  never: () => 'Nous n’utilisons plus vos données pour entraîner des modèles d’IA.',
  opt_in: (data) => `Nous utilisons désormais ${data} pour entraîner des modèles d’IA uniquement si vous y consentez.`,
  opt_out: (data) => `Nous utilisons désormais ${data} pour entraîner des modèles d’IA, sauf si vous vous y opposez.`,
  anonymized: (data) => `Nous utilisons désormais ${data} pour entraîner des modèles d’IA uniquement après les avoir anonymisées.`,
  yes: (data) => `Nous utilisons désormais ${data} pour entraîner des modèles d’IA.`,
};
const TRAINING_BEFORE: Readonly<Record<Training, string>> = {
  never: 'Jusqu’à présent, nous n’utilisions pas vos données pour entraîner des modèles d’IA.',
  opt_in: 'Jusqu’à présent, nous ne le faisions que si vous y consentiez.',
  opt_out: 'Jusqu’à présent, nous le faisions sauf si vous vous y opposiez.',
  anonymized: 'Jusqu’à présent, nous ne le faisions qu’après les avoir anonymisées.',
  yes: 'Jusqu’à présent, nous utilisions vos données pour entraîner des modèles d’IA.',
};

/** Each kind's standard words as the commitment itself says them, quoted like a statement of the company's own. */
const COMMITMENTS: Readonly<Record<Exclude<Pledge['kind'], 'other'>, string>> = {
  no_sale: 'Nous ne vendons jamais vos données',
  no_advertising_sharing: 'Nous ne partageons jamais vos données à des fins de publicité comportementale multi-contextes',
  no_special_categories: 'Nous ne collectons pas de catégories particulières de données',
  no_biometrics: 'Nous ne collectons pas de données biométriques',
  no_staff_access: 'Notre personnel n’accède pas au contenu de votre compte',
  no_third_party_analytics: 'Nous n’utilisons pas d’outils de mesure d’audience de tiers',
  no_third_party_advertising: 'Nous n’utilisons ni publicité ni traceurs publicitaires de tiers',
  no_ai_training: 'Nous n’utilisons pas vos données pour entraîner des modèles d’IA',
  warrant_canary: 'Nous n’avons jamais reçu de demande secrète des autorités portant sur des données d’utilisateurs (notre warrant canary)',
};
const promised = (c: Pledge): string => q(c.kind === 'other' ? (c.statement ?? '') : COMMITMENTS[c.kind]);

/** Whose data, after "les données personnelles". */
const AUDIENCES: Readonly<Record<AudienceKind, string>> = {
  visitors: 'des visiteurs de notre site web',
  prospects: 'des clients potentiels',
  customers: 'de nos clients',
  authorised_users: 'des utilisateurs autorisés de nos clients',
  end_users: 'des utilisateurs finaux des services de nos clients',
  applicants: 'des candidats à un emploi',
  event_attendees: 'des participants à nos événements',
  partners: 'de nos partenaires commerciaux et de leur personnel',
  other: 'd’autres personnes',
};
const audience = (kind: AudienceKind, name: string | undefined): string => (name === undefined ? AUDIENCES[kind] : `du groupe ${q(name)}`);
const productsIn = (products: readonly string[] | undefined): string => (products === undefined ? '' : ` dans ${joinList(products.map(q))}`);

const EXCEPTIONS: Readonly<Record<NoticeException, string>> = {
  prohibited: 'lorsque la loi ou une décision de justice l’interdit',
  emergency: 'en cas d’urgence',
  counterproductive: 'lorsque vous informer serait contre-productif',
};
const exceptionsOr = (items: readonly NoticeException[]): string =>
  joinList(
    items.map((e) => EXCEPTIONS[e]),
    'or',
  );

const CHANNELS: Readonly<Record<Channel, string>> = { phone: 'par téléphone', post: 'par courrier' };
const places = (items: readonly string[]): string => joinList(items, 'or');

const OCCASIONS: Readonly<Record<DisclosureKind, string>> = {
  legal_requirement: 'aux autorités et aux tribunaux lorsque la loi l’exige',
  protect_rights: 'pour protéger des droits, des biens ou la sécurité, ou pour enquêter sur une fraude',
  business_transfer: 'à un acquéreur ou à un successeur en cas de vente ou de fusion de notre entreprise',
  with_consent: 'à des tiers lorsque vous nous le demandez ou y consentez',
  at_your_request: 'aux personnes ou services auxquels vous nous demandez de les communiquer',
  other_users: 'aux autres utilisateurs avec lesquels vous interagissez dans le service',
  professional_advisers: 'à nos conseillers professionnels',
  affiliates: 'aux sociétés de notre groupe',
};
const HEADINGS: Readonly<Record<DisclosureKind, string>> = {
  legal_requirement: 'obligations légales',
  protect_rights: 'protection des droits et de la sécurité',
  business_transfer: 'transferts d’entreprise',
  with_consent: 'avec votre consentement',
  at_your_request: 'à votre demande',
  other_users: 'autres utilisateurs',
  professional_advisers: 'conseillers professionnels',
  affiliates: 'sociétés de notre groupe',
};

/** Languages after "en": "en allemand"; others by their own name. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'anglais', de: 'allemand', fr: 'français' };

const CHANGE_CHANNELS: Readonly<Record<string, string>> = {
  email: 'par e-mail',
  in_app: 'dans l’application',
  website: 'sur notre site web',
  other: 'par d’autres moyens',
};
const channels = (items: readonly string[], join: 'and' | 'or'): string =>
  joinList(
    items.map((c) => CHANGE_CHANNELS[c] ?? c),
    join,
  );

/** Google Play's purposes, as its French labels name them. */
const GOOGLE_PURPOSES: Readonly<Record<GooglePurpose, string>> = {
  app_functionality: 'fonctionnement de l’application',
  analytics: 'analyses',
  developer_communications: 'communications du développeur',
  fraud_prevention_security: 'prévention des fraudes, sécurité et conformité',
  advertising: 'publicité ou marketing',
  personalization: 'personnalisation',
  account_management: 'gestion du compte',
};

const STAGES: Readonly<Record<DeletionStage, { within: (now: string) => string; unstated: string }>> = {
  trash: {
    within: (now) => `les données supprimées restent dans la corbeille pendant au plus ${now}`,
    unstated: 'combien de temps les données supprimées restent dans la corbeille',
  },
  active_systems: {
    within: (now) => `les données supprimées sont retirées de nos systèmes actifs dans un délai de ${now}`,
    unstated: 'quand les données supprimées quittent nos systèmes actifs',
  },
  backups: {
    within: (now) => `les copies de sauvegarde des données supprimées sont effacées dans un délai de ${now}`,
    unstated: 'quand les copies de sauvegarde des données supprimées sont effacées',
  },
};

const others = (audience: string | undefined): string => audience ?? 'les autres utilisateurs';

/** Groups of people by the catalog's names for their kinds, in lower case in running text, or their own names, quoted. */
const groupList = (groups: readonly AudienceRef[]): string =>
  joinList(groups.map((g) => (g.name === undefined ? words().audiences[g.kind].replace(/^\p{Lu}/u, (c: string) => c.toLowerCase()) : q(g.name))));

/** For whom another controller is: "les candidats à un emploi", "les personnes qui utilisent « Woo » et résident dans l’Espace économique européen". */
const whom = (s: ControllerScope): string => {
  const people = s.groups.length > 0 ? `les ${groupList(s.groups)}` : 'les personnes';
  const use = s.products.length > 0 ? ` qui utilisent ${joinList(s.products.map(q), 'or')}` : '';
  const live = s.regions.length > 0 ? `${use ? ' et' : ' qui'} résident ${joinList(s.regions.map(regionInSentence), 'or')}` : '';
  const elsewhere =
    s.exceptRegions.length > 0 ? `${use || live ? ' et' : ' qui'} ne résident pas ${joinList(s.exceptRegions.map(regionInSentence), 'or')}` : '';
  return `${people}${use}${live}${elsewhere}`;
};

/** What a provider is under the CCPA, after "est désormais". */
const CCPA_RECIPIENTS: Readonly<Record<CcpaRecipient, string>> = {
  service_provider: 'un prestataire de services',
  contractor: 'un sous-traitant contractuel',
  third_party: 'un tiers',
};

/** "la catégorie d’informations personnelles « Identifiants »", by the law base's French names. */
const ccpaCategories = (ids: readonly CcpaCategoryId[]): string =>
  ids.length === 1
    ? `la catégorie d’informations personnelles ${q(FR_LAW.ccpaCategories[ids[0] as CcpaCategoryId])}`
    : `les catégories d’informations personnelles ${joinList(ids.map((id) => q(FR_LAW.ccpaCategories[id])))}`;

/** A step of the identity check, as the rights clause words it: "lors d’une demande portant sur …, nous vous demandons …". */
function verificationStep(step: VerificationStep): string {
  const scope = [
    ...(step.requests === undefined ? [] : [`lors d’une demande portant sur ${joinList(step.requests.map(right), 'or')}`]),
    ...(step.when === undefined ? [] : [phrase(step.when)]),
  ];
  const matched = step.matched === true ? ' et comparons ces informations à celles que nous détenons déjà à votre sujet' : '';
  const sworn =
    step.signed_declaration === true ? ', ainsi qu’une déclaration sous peine de parjure attestant que vous êtes la personne concernée par la demande' : '';
  return `${scope.length > 0 ? `${scope.join(', ')}, ` : ''}nous vous demandons ${joinList(step.asks)}${sworn}${matched}`;
}

export const FR_PHRASES: NoticePhrases = {
  quote: q,
  notice: {
    more: (n) => (n === 1 ? 'Et une autre modification, détaillée ci-dessous.' : `Et ${countInWords(n, 'fr')} autres modifications, détaillées ci-dessous.`),
    beforeYouSend: 'Avant d’envoyer cet avis\u00a0:',
    late: (w) => {
      const when =
        w.days < 0
          ? `${days(-w.days)} après l’entrée en vigueur des modifications le ${w.effective}`
          : w.days === 0
            ? `le jour même de l’entrée en vigueur des modifications (${w.effective})`
            : `seulement ${days(w.days)} avant l’entrée en vigueur des modifications le ${w.effective}`;
      return (
        `Cet avis est daté du ${w.noticeDate}, ${when}, alors que la politique promet un préavis de ${w.period} avant toute modification importante. ` +
        `Reportez la date d’entrée en vigueur au ${w.earliest} ou plus tard, ou envoyez l’avis plus tôt.`
      );
    },
    redlineHeading: 'Les modifications du texte de la politique',
    redlineLegend: (del, ins) => `Les mots supprimés apparaissent ${del('ainsi')}, les mots ajoutés ${ins('ainsi')}.`,
  },
  wording: {
    added: (what) => `Nous avons ajouté ${what}.`,
    removed: (what) => `Nous avons supprimé ${what}.`,
    reworded: (what) => `Nous avons reformulé ${what}.`,
    practiceAdded: (what, quote) => (quote ? `Nous avons ajouté ${what} : ${quote}` : `Nous avons ajouté ${what}.`),
    practiceChanged: (what, quote) => (quote ? `Nous avons modifié ${what} ; nouvelle rédaction : ${quote}` : `Nous avons modifié ${what}.`),
    samePlaces: (quote) => `Aux endroits suivants, la politique indique désormais ${quote} :`,
    // Written with escapes: the CLI bundle must stay ASCII (scripts/build.mjs).
    also: (summary) => summary.replace(/^Nous avons (reformul\u00e9|ajout\u00e9|supprim\u00e9|modifi\u00e9|corrig\u00e9) /, 'Nous avons également $1 '),
  },
  purposes: {
    added: (data, name, bases) =>
      `Nous utilisons désormais ${data.length ? categories(data) : 'vos données'} pour une nouvelle finalité : ${q(name)}${bases.length ? `, fondée sur ${basisList(bases)}` : ''}.`,
    removed: (name) => `Nous n’utilisons plus vos données pour ${q(name)}.`,
    deviceAdded: (data, name) =>
      `Nous utilisons désormais ${categories(data)} pour une nouvelle finalité, uniquement sur votre appareil : ${q(name)}. Nous ne recevons pas ces données.`,
    dataAdded: (data, name) => `Pour ${q(name)}, nous utilisons désormais aussi ${categories(data)}.`,
    dataRemoved: (data, name) => `Pour ${q(name)}, nous n’utilisons plus ${categories(data)}.`,
    deviceDataAdded: (data, name) =>
      `Pour ${q(name)}, nous utilisons désormais aussi ${categories(data)}, uniquement sur votre appareil ; nous ne les recevons pas.`,
    audiencesAdded: (groups, name) =>
      `Pour ${q(name)}, nous utilisons désormais aussi les données des catégories de personnes concernées suivantes : ${groupList(groups)}.`,
    audiencesRemoved: (groups, name) =>
      `Pour ${q(name)}, nous n’utilisons plus les données des catégories de personnes concernées suivantes : ${groupList(groups)}.`,
    basis: (name, now, interest, was) => {
      const { added, removed } = basisChange(was, now);
      const why = interest ? ` (${q(interest)})` : '';
      if (added.length === 0) return `Pour ${q(name)}, nous ne nous fondons plus sur ${basisList(removed)}.`;
      if (was.length > 0 && removed.length === 0) return `Pour ${q(name)}, nous nous fondons désormais aussi sur ${basisList(added)}${why}.`;
      // « au lieu de A et de B »: French repeats the preposition before each.
      const instead = was.length ? ` au lieu ${joinList(was.map((basis) => de(BASES[basis])))}` : '';
      return `Pour ${q(name)}, nous nous fondons désormais sur ${basisList(now)}${why}${instead}.`;
    },
    basisDropped: (name) => `La politique n’indique plus la base légale de la finalité ${q(name)}.`,
    directMarketing: (name) => `Nous utilisons désormais vos données à des fins de prospection : ${q(name)}.`,
    directMarketingDropped: (name) => `La finalité ${q(name)} ne relève plus de la prospection.`,
    condition: (name, now, was) =>
      `Pour les catégories particulières de données utilisées pour ${q(name)}, nous nous fondons désormais sur ${condition(now)}${was ? ` au lieu ${de(condition(was))}` : ''}.`,
    conditionDropped: (name) => `La politique n’indique plus la condition qui nous permet d’utiliser des catégories particulières de données pour ${q(name)}.`,
    national: (name, now, was) => `Pour ${q(name)}, nous nous fondons désormais aussi sur ${now}${was ? ` au lieu de ${was}` : ''}.`,
    nationalDropped: (name, was) => `Pour ${q(name)}, nous n’indiquons plus nous fonder aussi sur ${was ?? ''}.`,
    requirement: (name, now) => `Pour ${q(name)}, ${now ? REQUIREMENT[now] : 'la politique n’indique plus si vous devez nous fournir les données'}.`,
    labels: (was, name) => ({
      name: `le nom de la finalité ${q(was)}`,
      description: `la description de la finalité ${q(name)}`,
      group: `l’intitulé sous lequel figure ${q(name)}`,
      if_not_provided: `ce qui se passe si vous ne fournissez pas les données nécessaires pour ${q(name)}`,
      legitimate_interest: `l’intérêt légitime que nous poursuivons pour ${q(name)}`,
      legal_obligation: `l’obligation légale sur laquelle nous nous fondons pour ${q(name)}`,
      how_given: `la manière dont vous donnez votre consentement pour ${q(name)}`,
      withdraw: `la manière dont vous retirez votre consentement pour ${q(name)}`,
      opt_out: `la manière de vous opposer à la prospection pour ${q(name)}`,
    }),
  },
  subprocessors: {
    added: (data, name, countries, purpose) =>
      `Nous partageons désormais ${data.length ? categories(data) : 'des données'} avec ${name}${providerCountries(countries)}. Prestation fournie : ${q(purpose)}.`,
    replaced: (data, name, countries, gone, purpose) =>
      `Nous partageons désormais ${data.length ? categories(data) : 'des données'} avec ${name}${providerCountries(countries)} au lieu de ${gone}. Prestation fournie : ${q(purpose)}.`,
    goneReplaced: (gone) => `${gone} ne reçoit plus vos données.`,
    removed: (name) => `Nous ne partageons plus de données avec ${name}.`,
    location: (name, now, was) => `${name} traite désormais vos données ${countryList(now)} (auparavant : ${countryList(was)}).`,
    locationStated: (name, now) => `Nous indiquons désormais où ${name} traite vos données : ${countryList(now)}.`,
    locationUnstated: (name, was) => `Nous n’indiquons plus où ${name} traite vos données (auparavant : ${countryList(was)}).`,
    purpose: (name, now, was) => `${name} traite désormais vos données pour une autre finalité : ${q(now)} (auparavant : ${q(was)}).`,
    safeguard: (name, now, was) =>
      `${now.length > 1 ? 'Les garanties applicables aux transferts vers' : 'La garantie applicable aux transferts vers'} ${name} ${now.length > 1 ? 'sont' : 'est'} désormais : ${now.length ? joinList(now) : 'aucune indiquée'} (auparavant : ${was.length ? joinList(was) : 'aucune indiquée'}).`,
    safeguardAdded: (name, added) =>
      `Les transferts vers ${name} reposent désormais aussi sur ${added.length === 1 ? 'une autre garantie' : 'd’autres garanties'} : ${joinList(added)}.`,
    ccpaRecipient: (name, now, was) => `${capitalize(under('ccpa'))}, ${name} est désormais ${CCPA_RECIPIENTS[now]} (auparavant : ${CCPA_RECIPIENTS[was]}).`,
    dataAdded: (name, data) => `${name} reçoit désormais aussi ${categories(data)}.`,
    dataRemoved: (name, data) => `${name} ne reçoit plus ${categories(data)}.`,
    controller: (name) => `${name} traite désormais vos données en tant que responsable du traitement et décide lui-même de leur utilisation.`,
    processor: (name) => `${name} traite désormais vos données en tant que sous-traitant, uniquement sur nos instructions.`,
    trains: (name) => `${name} peut désormais utiliser vos données pour entraîner ses propres modèles d’IA.`,
    trainsNoMore: (name) => `${name} n’utilise plus vos données pour entraîner ses propres modèles d’IA.`,
    terms: (name, terms) =>
      terms.length
        ? `${name} traite désormais vos données dans le cadre ${de(joinList(terms.map((t) => TERMS[t])))}.`
        : `La politique n’indique plus dans quel cadre ${name} traite vos données.`,
    labels: (was, name) => ({
      purpose: `la description de ce que ${name} fait pour nous`,
      name: `le nom de ${q(was)}`,
      category: `le groupe sous lequel figure ${name}`,
      region: `le lieu précis où ${name} traite vos données`,
      url: `le lien vers les conditions de ${name}`,
      condition: `les cas dans lesquels nous faisons appel à ${name}`,
      note: `la remarque concernant ${name}`,
    }),
  },
  retention: {
    stated: (s, period) => `La politique indique désormais combien de temps nous conservons ${retainedOf(s)} : ${period}.`,
    unstated: (s) => `La politique n’indique plus combien de temps nous conservons ${retainedOf(s)}.`,
    changed: (s, now, was) => `Nous conservons désormais ${retainedOf(s)} ${now} (auparavant : ${was}).`,
    noTime: (s, now, was) =>
      `${now.noTime ? NO_TIME_NOW[now.noTime](retainedOf(s)) : `Nous conservons désormais ${retainedOf(s)} ${now.words}`}${was.noTime ? ` ; ${NO_TIME_BEFORE[was.noTime]}` : ` (auparavant : ${was.words})`}.`,
    until: (until) => `jusqu’à ${q(until)}`,
    exceptionAdded: (s, when, longer) => `Nous pouvons désormais conserver ${retained(s)} plus longtemps lorsque ${q(when)}${longer ? ` : ${longer}` : ''}.`,
    exceptionAddedAll: (when, longer) =>
      `Nous pouvons désormais conserver certaines de vos données plus longtemps lorsque ${q(when)}${longer ? ` : ${longer}` : ''}. Cela s’applique à :`,
    exceptionRemoved: (s, when) => `Nous ne conservons plus ${retained(s)} plus longtemps lorsque ${q(when)}.`,
    exceptionRemovedAll: (when) => `Nous ne conservons plus vos données plus longtemps lorsque ${q(when)}. Cela s’appliquait à :`,
    where: (s) => capitalize(retained(s)),
    exceptionReworded: (s, when) => `Nous avons reformulé la durée de conservation ${de(retained(s))} lorsque ${q(when)}.`,
    upTo: (s, now, was) => `Nous indiquons désormais conserver ${retained(s)} ${now} (auparavant : ${was}).`,
    then: (s, then) =>
      then
        ? `À la fin de la durée de conservation, nous ${END[then]} désormais ${retained(s)}.`
        : `La politique n’indique plus ce qu’il advient ${de(retained(s))} à la fin de la durée de conservation.`,
    labels: (s, heading) => ({
      start: `le point de départ de la durée de conservation ${de(retained(s))}`,
      until: `ce qui met fin à la durée de conservation ${de(retained(s))}`,
      label: heading === undefined ? `l’intitulé ${de(retained(s))}` : `l’intitulé ${q(heading)}`,
      reason: `la raison pour laquelle nous conservons ${retained(s)} aussi longtemps`,
    }),
  },
  contact: {
    dpoGone: 'La politique ne désigne plus de délégué à la protection des données.',
    dpoAppointed: (who) => `Nous avons désigné un délégué à la protection des données : ${who}.`,
    dpoChanged: (who) => `Notre délégué à la protection des données est désormais joignable aux coordonnées suivantes : ${who}.`,
    fax: (fax) => `télécopie ${fax}`,
    representative: (region, who) => `Notre représentant ${FR_LAW.laws[region].representativeRegion ?? under(region)} est ${who}.`,
    representativeGone: (region) => `Nous ne désignons plus de représentant ${FR_LAW.laws[region].representativeRegion ?? under(region)}.`,
    requestsByEmail: (offered, email) =>
      offered
        ? `Vous pouvez désormais adresser vos demandes relatives à vos droits par e-mail à ${email}.`
        : `Vous ne pouvez plus adresser vos demandes relatives à vos droits par e-mail à ${email} : la politique renvoie désormais à son formulaire de demande.`,
    inAppRights: (rights) =>
      rights.length
        ? `Les demandes formulées dans le produit ne couvrent désormais que ${joinList(rights.map(right))}.`
        : 'Les demandes formulées dans le produit couvrent désormais tous les droits.',
    representativeChanged: (region, who) => `Notre représentant ${FR_LAW.laws[region].representativeRegion ?? under(region)} est désormais ${who}.`,
    gone: (what) => `La politique n’indique plus ${what}.`,
    given: (what, now) => `La politique indique désormais ${what} : ${now}.`,
    changed: (what, now, was) => `${capitalize(what)} est désormais ${now} (auparavant : ${was}).`,
    goneAll: (was) => `La politique n’indique plus ${was} comme :`,
    givenAll: (now) => `La politique indique désormais ${now} comme :`,
    changedAll: (now, was) => `Nous avons remplacé ${was} par ${now} partout où la politique l’indiquait :`,
    nowForum: (url) =>
      `Nous indiquons désormais ${url} comme forum public, et non plus comme formulaire de contact : les messages qui y sont publiés sont publics.`,
    nowForm: (url) => `Nous indiquons désormais ${url} comme formulaire de contact, et non plus comme forum public.`,
    labels: {
      email: 'notre adresse e-mail de contact générale',
      phone: 'notre numéro de téléphone',
      fax: 'notre numéro de télécopie',
      website: 'notre site web',
      legal_notice: 'la page de nos mentions légales',
      address: 'notre adresse postale',
      privacyEmail: 'l’adresse e-mail pour les questions relatives à la protection des données',
      privacyUrl: 'le formulaire de contact pour les questions relatives à la protection des données',
      forum: 'notre forum public',
      privacyPhone: 'le numéro de téléphone pour les questions relatives à la protection des données',
      team: 'l’équipe qui répond aux questions relatives à la protection des données',
      rightsEmail: 'l’adresse e-mail pour les demandes relatives à vos droits',
      rightsUrl: 'la page web pour les demandes relatives à vos droits',
      inApp: 'l’endroit du produit où vous pouvez faire une demande relative à vos droits',
      subjectLine: 'l’objet à indiquer dans les demandes',
      lawInApp: (id) => `l’endroit du produit où vous pouvez faire une demande ${under(id)}`,
      lawSubjectLine: (id) => `l’objet à indiquer dans les demandes ${under(id)}`,
      parents: 'l’adresse à laquelle les parents peuvent écrire',
    },
  },
  dataCategories: {
    collectionStarted: () =>
      'Nous collectons désormais des données personnelles : la présente politique indiquait auparavant que nous n’en collections aucune.',
    collectionStopped: () => 'Nous ne collectons plus aucune donnée personnelle.',
    added: (name, sensitive, examples, complete) =>
      `Nous collectons désormais une nouvelle catégorie de données, ${q(name)}${sensitive ? ' (données personnelles sensibles)' : ''}${examples.length ? ` : ${complete ? '' : 'par exemple '}${joinList(examples)}` : ''}.`,
    removed: (name) => `Nous ne collectons plus les données de la catégorie ${q(name)}.`,
    onDeviceAdded: (name, examples, complete) =>
      `La politique décrit désormais les données de la catégorie ${q(name)}${examples.length ? ` (${complete ? '' : 'par exemple '}${joinList(examples)})` : ''}, qui restent sur votre appareil : nous ne les recevons pas.`,
    onDeviceRemoved: (name) => `La politique ne décrit plus les données de la catégorie ${q(name)}, qui restaient sur votre appareil.`,
    leftDevice: (name) => `Nous recevons désormais les données de la catégorie ${q(name)} : elles ne restent plus uniquement sur votre appareil.`,
    keptOnDevice: (name) => `Nous ne recevons plus les données de la catégorie ${q(name)} : elles restent désormais sur votre appareil.`,
    onDeviceExamplesAdded: (name, added) =>
      `La catégorie ${q(name)}, dont les données restent sur votre appareil, comprend désormais aussi ${joinList(added)} ; nous ne les recevons pas.`,
    onDeviceExamplesRemoved: (name, removed) => `La catégorie ${q(name)}, dont les données restent sur votre appareil, ne comprend plus ${joinList(removed)}.`,
    onDeviceChanged: (name) =>
      `La politique décrit autrement la catégorie ${q(name)}, dont les données restent sur votre appareil ; nous ne les recevons toujours pas.`,
    corrected: (name, was, now) => `Nous avons corrigé ${q(was)} en ${q(now)} dans la catégorie ${q(name)}.`,
    examplesReworded: (name, now, was) =>
      `Nous avons reformulé le contenu de la catégorie ${q(name)} : ${joinList(now.map(q))} au lieu de ${joinList(was.map(q))}.`,
    examplesAdded: (name, added) => `La catégorie ${q(name)} comprend désormais aussi ${joinList(added)}.`,
    examplesRemoved: (name, removed) => `La catégorie ${q(name)} ne comprend plus ${joinList(removed)}.`,
    examplesComplete: (name, now) =>
      now
        ? `Les éléments cités pour la catégorie ${q(name)} sont désormais tout ce qu’elle comprend.`
        : `Les éléments cités pour la catégorie ${q(name)} ne sont plus que des exemples : elle peut en comprendre d’autres.`,
    source: (name, now, was) => `Nous obtenons désormais les données de la catégorie ${q(name)} ${SOURCES[now]}${was ? ` (auparavant ${SOURCES[was]})` : ''}.`,
    sourceDropped: (name) => `La politique n’indique plus d’où proviennent les données de la catégorie ${q(name)}.`,
    sensitive: (name, now) =>
      now
        ? `Nous traitons désormais les données de la catégorie ${q(name)} comme des données personnelles sensibles.`
        : `Nous ne traitons plus les données de la catégorie ${q(name)} comme des données personnelles sensibles.`,
    specialCategory: (name, now) =>
      now
        ? `Nous traitons désormais les données de la catégorie ${q(name)} comme une catégorie particulière de données à caractère personnel.`
        : `Nous ne traitons plus les données de la catégorie ${q(name)} comme une catégorie particulière de données à caractère personnel.`,
    optional: (name, now) =>
      now
        ? `La fourniture des données de la catégorie ${q(name)} est désormais facultative.`
        : `La fourniture des données de la catégorie ${q(name)} n’est plus facultative.`,
    ccpaListed: (name, ids) => `Le tableau californien classe désormais ${categories([name])} dans ${ccpaCategories(ids)}.`,
    ccpaUnlisted: (name, ids) => `Le tableau californien ne classe plus ${categories([name])} dans ${ccpaCategories(ids)}.`,
    labels: (was, name) => ({
      name: `le nom de la catégorie ${q(was)}`,
      description: `la description de la catégorie ${q(name)}`,
      source_detail: `la provenance des données de la catégorie ${q(name)}`,
      condition: `les cas dans lesquels nous collectons les données de la catégorie ${q(name)}`,
      note: `la remarque concernant la catégorie ${q(name)}`,
    }),
  },
  transfers: {
    countryAdded: (code) => `Vos données peuvent désormais être traitées ${localCountryInSentence(code)}.`,
    countryRemoved: (code) => `Vos données ne sont plus traitées ${localCountryInSentence(code)}.`,
    storageDropped: 'La politique n’indique plus où vos données sont stockées.',
    storage: (now, was) => `Nous stockons désormais vos données ${countryList(now)}${was.length ? ` (auparavant : ${countryList(was)})` : ''}.`,
    eeaOnly: (now) =>
      now
        ? 'Toutes les copies de vos données restent désormais dans l’EEE et au Royaume-Uni.'
        : 'Nous ne conservons plus toutes les copies de vos données dans l’EEE et au Royaume-Uni.',
    mechanisms: (laws, tools) => {
      const regions = laws.flatMap((id) => FR_LAW.laws[id].regionOf ?? []);
      const from = regions.length === 0 ? 'les transferts internationaux' : `les transferts en dehors ${joinList(regions, 'or')}`;
      return tools.length ? `Les garanties pour ${from} sont désormais : ${joinList(tools)}.` : `La politique ne nomme plus les garanties pour ${from}.`;
    },
    copies: (now) =>
      now
        ? 'Vous pouvez désormais nous demander une copie des garanties applicables aux transferts internationaux.'
        : 'La politique n’indique plus que vous pouvez nous demander une copie des garanties applicables aux transferts internationaux.',
    copiesAt: (email) => `Vous pouvez désormais demander une copie des garanties applicables aux transferts internationaux à ${email}.`,
    dpfDropped: 'La politique n’indique plus que nous sommes certifiés au titre du Data Privacy Framework.',
    dpf: (frameworks, recourse) =>
      `Nous sommes certifiés au titre ${joinList(frameworks.map((f) => DPF_FRAMEWORKS[f]))} ; les réclamations que nous ne résolvons pas sont transmises à ${recourse}.`,
    labels: {
      explicit_consent: 'la manière dont nous recueillons votre consentement explicite à un transfert',
      storage_detail: 'les précisions sur le lieu de stockage de vos données',
      user_initiated: 'ce que nous indiquons sur les transferts que vous effectuez vous-même',
      government_access: 'ce que nous indiquons sur l’accès des autorités',
      note: 'la remarque sur les transferts internationaux',
    },
  },
  rights: {
    added: (id, r) => (id ? `${capitalize(under(id))}, vous disposez désormais ${de(right(r))}.` : `Toute personne dispose désormais ${de(right(r))}.`),
    addedAll: (id) =>
      id
        ? `${capitalize(under(id))}, vous disposez désormais des droits suivants :`
        : 'Toute personne dispose désormais des droits suivants, où qu’elle réside :',
    removed: (id, r) =>
      id ? `${capitalize(under(id))}, la politique ne vous accorde plus ${right(r)}.` : `Nous n’accordons plus à toute personne ${right(r)}.`,
    removedAll: (id) =>
      id ? `${capitalize(under(id))}, la politique ne vous accorde plus les droits suivants :` : 'Nous n’accordons plus à toute personne les droits suivants :',
    right: (r) => right(r),
    responseTime: (id, now, was) => {
      const what = id ? `aux demandes ${under(id)}` : 'aux demandes relatives à vos droits';
      return now
        ? `Nous répondons désormais ${what} dans un délai de ${durationInWords(now)}${was ? ` au lieu de ${durationInWords(was)}` : ''}.`
        : `La politique n’indique plus dans quel délai nous répondons ${what}.`;
    },
    responseUsual: (usual, time) =>
      usual
        ? `Nous répondons désormais aux demandes relatives à vos droits dans un délai de ${durationInWords(time)} dans la plupart des cas, et non dans tous les cas.`
        : `Nous répondons désormais à chaque demande relative à vos droits dans un délai de ${durationInWords(time)}.`,
    localAuthority: (id, now) =>
      now
        ? `${capitalize(under(id))}, nous mentionnons désormais aussi l’autorité de contrôle de votre lieu de résidence.`
        : `${capitalize(under(id))}, nous ne mentionnons plus l’autorité de contrôle de votre lieu de résidence.`,
    labels: (id) => ({
      name: `la mention de l’autorité de contrôle compétente ${under(id)}`,
      url: `le lien vers l’autorité de contrôle compétente ${under(id)}`,
    }),
    verification: 'la manière dont nous vérifions votre identité avant de donner suite à une demande',
    verificationNote: 'la remarque sur la vérification de l’identité',
    verificationDropped: 'La politique ne décrit plus la vérification de l’identité à laquelle nous procédons avant de donner suite à une demande.',
    verificationSteps: (steps) =>
      `Nous avons modifié la vérification de l’identité à laquelle nous procédons avant de donner suite à une demande : ${steps.map(verificationStep).join(' ; ')}.`,
    instructions: (r) => `les instructions pour exercer ${right(r as Right)}`,
    limitSet: (r, quote) =>
      quote ? `Nous limitons désormais ${right(r)} que nous accordons à tous : ${quote}` : `Nous limitons désormais ${right(r)} que nous accordons à tous.`,
    limitRemoved: (r) => `Nous ne limitons plus ${right(r)} que nous accordons à tous.`,
    limit: (r) => `la limite fixée pour ${right(r)}`,
  },
  cookies: {
    trackingAdded: (kinds) => `Nous utilisons désormais ${joinList(kinds.map((k) => `des ${COOKIE_KINDS[k]}`))}.`,
    trackingRemoved: (kinds) => `Nous n’utilisons plus ${joinList(kinds.map((k) => `de ${COOKIE_KINDS[k]}`))}.`,
    necessary: (now) =>
      now
        ? 'Nous mentionnons désormais les cookies strictement nécessaires que nous utilisons.'
        : 'Nous ne mentionnons plus les cookies strictement nécessaires.',
    toolsAdded: (tools) =>
      `Nous utilisons désormais ${tools.length === 1 ? 'un nouvel outil de traçage' : 'de nouveaux outils de traçage'} : ${joinList(tools)}.`,
    toolsRemoved: (tools) => `Nous n’utilisons plus ${tools.length === 1 ? 'cet outil de traçage' : 'ces outils de traçage'} : ${joinList(tools)}.`,
    thirdParty: (now) =>
      now
        ? 'Des scripts de traçage ou des cookies publicitaires de tiers s’exécutent désormais sur notre service.'
        : 'Les scripts de traçage et les cookies publicitaires de tiers ne s’exécutent plus sur notre service.',
    labels: {
      purposes: 'ce que nous indiquons sur la fonction de nos cookies',
      local_storage: 'ce que nous indiquons sur les autres moyens de stockage sur votre appareil',
      policy_url: 'le lien vers notre politique en matière de cookies',
      control: 'la manière dont vous pouvez gérer les cookies',
      dnt_effect: 'ce que nous indiquons sur l’effet d’un signal Do Not Track',
    },
    added: (name, provider, purpose) => `Nous utilisons désormais le cookie ${q(name)}${provider ? ` de ${provider}` : ''} : ${purpose}.`,
    removed: (name) => `Nous n’utilisons plus le cookie ${q(name)}.`,
    changed: (name, cookie) =>
      `Nous avons modifié le cookie ${q(name)} : ${[
        cookie.purpose,
        ...(cookie.provider ? [`déposé par ${cookie.provider}`] : []),
        ...(cookie.duration === 'session'
          ? ['conservé jusqu’à la fermeture de votre navigateur']
          : cookie.duration
            ? [`conservé pendant ${durationInWords(cookie.duration)}`]
            : []),
      ].join(', ')}.`,
    dnt: (now, effect) =>
      now === true
        ? effect !== undefined
          ? `Nous tenons désormais compte des signaux Do Not Track : lorsque votre navigateur en envoie un, nous ${effect}.`
          : 'Nous respectons désormais les signaux Do Not Track envoyés par votre navigateur.'
        : now === false
          ? 'Nous indiquons ne pas répondre aux signaux Do Not Track.'
          : 'La politique n’indique plus comment nous répondons aux signaux Do Not Track.',
    dntNarrowed: (effect) => `Nous ne respectons désormais les signaux Do Not Track qu’en partie : lorsque votre navigateur en envoie un, nous ${effect}.`,
    dntReworded: (effect) => `Nous avons modifié ce que nous indiquons sur les signaux Do Not Track : lorsque votre navigateur en envoie un, nous ${effect}.`,
    dntWhole: 'Nous respectons désormais pleinement les signaux Do Not Track envoyés par votre navigateur, et non plus seulement en partie.',
  },
  ai: {
    training: (now, data, was) => `${TRAINING_NOW[now](data.length ? categories(data) : 'vos données')}${was ? ` ${TRAINING_BEFORE[was]}` : ''}`,
    trainingDropped: 'La politique n’indique plus si vos données servent à entraîner des modèles d’IA.',
    anyData: (old) => `L’entraînement de l’IA peut désormais utiliser toutes vos données, et non plus seulement ${categories(old)}.`,
    onlyData: (now) => `L’entraînement de l’IA n’utilise désormais que ${categories(now)}.`,
    dataAdded: (data) => `Nous pouvons désormais aussi utiliser ${categories(data)} pour entraîner des modèles d’IA.`,
    dataRemoved: (data) => `Nous n’utilisons plus ${categories(data)} pour entraîner des modèles d’IA.`,
    trainingData: 'Nous avons modifié les données qu’utiliserait l’entraînement de l’IA.',
    automated: (now) =>
      now
        ? 'Nous prenons désormais à votre égard des décisions fondées exclusivement sur un traitement automatisé, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire.'
        : 'Nous ne prenons plus à votre égard de décisions fondées exclusivement sur un traitement automatisé, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire.',
    featureAdded: (name, data, provider) =>
      `Nouvelle fonctionnalité d’IA : ${q(name)}${data.length ? `, qui utilise ${categories(data)}` : ''}${provider ? `, fournie par ${provider}` : ''}.`,
    featureRemoved: (name) => `Nous avons supprimé la fonctionnalité d’IA ${q(name)}.`,
    featureData: (name, added, removed) =>
      `La fonctionnalité d’IA ${q(name)} ${[
        added.length ? `utilise désormais ${categories(added)}` : '',
        removed.length ? `n’utilise plus ${categories(removed)}` : '',
      ]
        .filter(Boolean)
        .join(' et ')}.`,
    featureProvider: (name, provider) =>
      provider
        ? `La fonctionnalité d’IA ${q(name)} est désormais fournie par ${provider}.`
        : `La politique n’indique plus qui fournit la fonctionnalité d’IA ${q(name)}.`,
    labels: {
      decision_logic: 'la manière dont nos décisions automatisées sont prises',
      decision_consequences: 'ce que nos décisions automatisées signifient pour vous',
      training_detail: 'les précisions sur le fonctionnement de l’entraînement de l’IA',
      advice: 'nos conseils sur ce qu’il convient de téléverser',
    },
    featureLabels: (name) => ({
      description: `la description de la fonctionnalité d’IA ${q(name)}`,
      limitations: `les limites de la fonctionnalité d’IA ${q(name)}`,
    }),
  },
  commitments: {
    added: (c) => `Nouvel engagement : ${promised(c)}.`,
    removed: (c) => `Nous avons retiré notre engagement ${promised(c)}.`,
    corrected: (c) => `Nous avons corrigé la formulation de notre engagement ${promised(c)}.`,
    standard: (was, kind) =>
      `Notre engagement ${promised(was)} reprend désormais notre formulation standard : ${kind === 'other' ? 'aucune indiquée' : q(COMMITMENTS[kind])}.`,
    reworded: (was, statement) => `Nous avons reformulé notre engagement ${promised(was)} ; nouvelle rédaction : ${q(statement)}.`,
    noExceptions: (c) => `Notre engagement ${promised(c)} ne comporte plus d’exceptions.`,
    exceptionsCorrected: (c) => `Nous avons corrigé la formulation des exceptions à notre engagement ${promised(c)}.`,
    exception: (c, first, except) => `Notre engagement ${promised(c)} comporte désormais ${first ? 'une exception' : 'd’autres exceptions'} : ${q(except)}.`,
    asOfDropped: (c) => `Notre engagement ${promised(c)} n’indique plus à quelle date il est valable.`,
    confirmed: (c, date) => `Nous avons confirmé notre engagement ${promised(c)} à la date du ${formatDate(date)}.`,
    asOf: (c, date, was) =>
      `Notre engagement ${promised(c)} n’est désormais valable qu’à la date du ${formatDate(date)}${was === undefined ? '' : `, et non plus à celle du ${formatDate(was)}`}.`,
    productsRemoved: (c, products) => `Notre engagement ${promised(c)} ne couvre plus ${joinList(products.map(q))}.`,
    productsAdded: (c, products) => `Notre engagement ${promised(c)} couvre désormais aussi ${joinList(products.map(q))}.`,
  },
  productScope: {
    categoryMore: (name, products) => `Nous collectons désormais aussi les données de la catégorie ${q(name)} dans ${joinList(products.map(q))}.`,
    categoryLess: (name, products) => `Nous ne collectons plus les données de la catégorie ${q(name)} dans ${joinList(products.map(q))}.`,
    purposeMore: (name, products) => `Nous utilisons désormais aussi vos données pour ${q(name)} dans ${joinList(products.map(q))}.`,
    purposeLess: (name, products) => `Nous n’utilisons plus vos données pour ${q(name)} dans ${joinList(products.map(q))}.`,
    providerMore: (name, products) => `${name} reçoit désormais aussi vos données depuis ${joinList(products.map(q))}.`,
    providerLess: (name, products) => `${name} ne reçoit plus vos données depuis ${joinList(products.map(q))}.`,
    retentionMore: (label, data, products) =>
      `La durée de conservation ${de(label === undefined ? categories(data) : `les données figurant sous ${q(label)}`)} s’applique désormais aussi dans ${joinList(products.map(q))}.`,
    retentionLess: (label, data, products) =>
      `La durée de conservation ${de(label === undefined ? categories(data) : `les données figurant sous ${q(label)}`)} ne s’applique plus dans ${joinList(products.map(q))}.`,
    cookiesMore: (products) => `Nous utilisons désormais aussi des cookies dans ${joinList(products.map(q))}.`,
    cookiesLess: (products) => `Nous n’utilisons plus de cookies dans ${joinList(products.map(q))}.`,
  },
  sale: {
    sells: (now) => (now ? 'Nous vendons désormais des informations personnelles.' : 'Nous ne vendons plus d’informations personnelles.'),
    advertising: (now) =>
      now
        ? 'Nous partageons désormais des informations personnelles à des fins de publicité ciblée.'
        : 'Nous ne partageons plus d’informations personnelles à des fins de publicité ciblée.',
    hedged: (now) =>
      now
        ? 'Nous indiquons désormais que certaines de nos communications peuvent être considérées comme une vente ou un partage, là où nous indiquions vendre ou partager des informations personnelles.'
        : 'Nous indiquons désormais vendre ou partager des informations personnelles, là où nous indiquions que certaines de nos communications peuvent être considérées comme une vente ou un partage.',
    brokers: (now) =>
      now
        ? 'Nous partageons désormais des informations personnelles avec des courtiers en données.'
        : 'Nous ne partageons plus d’informations personnelles avec des courtiers en données.',
    pastYearDropped: 'La politique n’indique plus ce qui a été vendu ou partagé au cours des 12 derniers mois.',
    pastYear: (sold, shared, recipients) => {
      const part = (data: readonly string[] | undefined, verb: string): string | undefined =>
        data === undefined ? undefined : data.length === 0 ? `nous n’avons pas ${verb} d’informations personnelles` : `nous avons ${verb} ${categories(data)}`;
      const parts = [part(sold, 'vendu'), part(shared, 'partagé')].filter((p): p is string => p !== undefined);
      return `La politique indique désormais qu’au cours des 12 derniers mois, ${parts.length > 0 ? joinList(parts) : 'des informations personnelles ont été communiquées'}${recipients?.length ? ` (destinataires : ${joinList(recipients)})` : ''}.`;
    },
    gpc: (now) =>
      now
        ? 'Nous traitons désormais un signal Global Privacy Control (GPC) envoyé par votre navigateur comme une demande d’opposition à la vente et au partage.'
        : now === false
          ? 'Nous ne répondons plus aux signaux Global Privacy Control (GPC).'
          : 'La politique n’indique plus que nous respectons les signaux Global Privacy Control (GPC).',
    sensitive: (now, was) =>
      now === true
        ? 'Nous n’utilisons désormais les informations personnelles sensibles qu’aux fins que la réglementation d’application du CCPA autorise sans droit de limitation.'
        : now === false
          ? 'Nous utilisons désormais les informations personnelles sensibles à des fins qui vont au-delà de celles que la réglementation d’application du CCPA autorise sans droit de limitation.'
          : was === true
            ? 'La politique n’indique plus que nous n’utilisons les informations personnelles sensibles qu’aux fins que la réglementation d’application du CCPA autorise sans droit de limitation.'
            : 'La politique n’indique plus si nous utilisons les informations personnelles sensibles à des fins qui vont au-delà de celles que la réglementation d’application du CCPA autorise sans droit de limitation.',
    directMarketing: (now) =>
      now
        ? 'Nous communiquons désormais des informations personnelles à des tiers pour leur propre prospection commerciale.'
        : 'Nous ne communiquons plus d’informations personnelles à des tiers pour leur propre prospection commerciale.',
    labels: { note: 'la remarque sur la vente et le partage d’informations personnelles' },
  },
  audiences: {
    covered: (kind, name, products) => `La présente politique couvre désormais aussi les données personnelles ${audience(kind, name)}${productsIn(products)}.`,
    uncovered: (kind, name, products) => `La présente politique ne couvre plus les données personnelles ${audience(kind, name)}${productsIn(products)}.`,
    processorExcluded: (data) => `La présente politique ne couvre plus ${q(data)}, que nous traitons désormais uniquement pour le compte de nos clients.`,
    processorIncluded: (data) => `La présente politique n’exclut plus ${q(data)}, qu’elle excluait en tant que données traitées pour le compte de nos clients.`,
    requests: (toCustomer) =>
      toCustomer
        ? 'Les demandes portant sur des données que nous traitons pour le compte de nos clients sont désormais à adresser au client concerné.'
        : 'Nous ne vous demandons plus d’adresser au client concerné les demandes portant sur des données que nous traitons pour le compte de nos clients.',
    excludedCorrected: 'Nous avons corrigé la formulation indiquant les personnes que la présente politique ne couvre pas.',
    meaning: (kind, name) => `ce que nous entendons par ${q(name ?? AUDIENCES[kind].replace(/^(?:des |de |d\u2019)/, ''))}`,
    excluded: (people) => `La présente politique ne couvre plus les données personnelles des personnes suivantes : ${joinList(people.map(q))}.`,
    included: (people) => `La présente politique n’exclut plus les données personnelles des personnes suivantes : ${joinList(people.map(q))}.`,
    labels: {
      data: 'la mention des données que nous traitons uniquement pour le compte de nos clients',
      dpa_url: 'le lien vers notre contrat de sous-traitance',
    },
  },
  government: {
    safeguards: {
      legal_process: [
        'Nous ne communiquons désormais vos données aux autorités que dans le cadre d’une procédure légale valable.',
        'Nous ne nous engageons plus à ne communiquer vos données aux autorités que dans le cadre d’une procédure légale valable.',
      ],
      challenge: [
        'Nous contestons désormais les demandes des autorités que nous estimons illégales ou excessives.',
        'Nous ne nous engageons plus à contester les demandes illégales ou excessives.',
      ],
      notify_users: [
        'Nous vous informons désormais avant de communiquer vos données à une autorité.',
        'Nous ne nous engageons plus à vous informer avant de communiquer vos données à une autorité.',
      ],
      foreign_via_treaty: [
        'Nous ne répondons désormais aux demandes d’autorités étrangères que dans le cadre d’un traité d’entraide judiciaire ou d’une autre coopération internationale.',
        'Nous ne nous engageons plus à ne répondre aux demandes d’autorités étrangères que dans le cadre d’un traité ou d’une autre coopération internationale.',
      ],
    },
    emergency: (now) =>
      now
        ? 'En cas d’urgence, nous pouvons désormais communiquer vos données aux autorités sans procédure légale.'
        : 'Nous ne communiquons plus vos données aux autorités sans procédure légale en cas d’urgence.',
    exceptionsAdded: (items) => `Nous pouvons désormais ne pas vous informer d’une demande portant sur vos données ${exceptionsOr(items)}.`,
    exceptionsRemoved: (items) => `Nous ne nous abstenons plus de vous informer d’une demande portant sur vos données ${exceptionsOr(items)}.`,
    preservation: (now, was) =>
      now
        ? `À la demande d’une autorité, nous conservons désormais des données pendant au plus ${durationInWords(now)}${was ? ` au lieu de ${durationInWords(was)}` : ''}.`
        : 'La politique n’indique plus combien de temps nous conservons des données à la demande d’une autorité.',
    transparency: (now) =>
      now ? 'Nous publions désormais un rapport de transparence sur les demandes que nous recevons.' : 'Nous ne renvoyons plus à un rapport de transparence.',
    labels: {
      transparency_report: 'le lien vers notre rapport de transparence',
      legal_process_detail: 'la mention de la procédure légale que nous exigeons',
      guidelines_url: 'le lien vers nos lignes directrices à l’intention des forces de l’ordre',
      note: 'notre remarque sur les demandes des autorités',
    },
  },
  rightsProcess: {
    channelAdded: (how, now) => `Vous pouvez désormais faire des demandes relatives à vos droits ${CHANNELS[how]} : ${now}.`,
    channelRemoved: (how) => `Vous ne pouvez plus faire de demandes relatives à vos droits ${CHANNELS[how]}.`,
    channelChanged: (how, now) => `Les demandes relatives à vos droits ${CHANNELS[how]} sont désormais à adresser à : ${now}.`,
    sameForEveryone: (now) =>
      now
        ? 'Nous accordons désormais les mêmes droits à toute personne, où qu’elle réside.'
        : 'La politique n’indique plus que toute personne dispose des mêmes droits, où qu’elle réside.',
    extension: (now, was) =>
      now === undefined
        ? 'Nous n’indiquons plus que nous pouvons prendre plus de temps pour répondre aux demandes complexes relatives à vos droits.'
        : `Pour une demande complexe relative à vos droits, nous pouvons désormais prendre jusqu’à ${durationInWords(now)} de plus${was ? ` au lieu de ${durationInWords(was)}` : ''}.`,
    agents: (accepted, stated) =>
      accepted
        ? 'Une personne que vous mandatez peut désormais faire des demandes relatives à vos droits en votre nom.'
        : !stated
          ? 'La politique n’indique plus qu’une personne que vous mandatez peut faire des demandes en votre nom.'
          : 'Nous n’acceptons plus les demandes d’une personne que vous mandatez pour agir en votre nom.',
    exemptionAdded: (text) => `Nous pouvons désormais refuser tout ou partie d’une demande relative à vos droits dans le cas suivant : ${q(text)}.`,
    exemptionRemoved: (text) => `La politique ne mentionne plus le cas suivant, dans lequel nous pouvons refuser une demande : ${q(text)}.`,
    exemption: (text) => `un cas dans lequel nous pouvons refuser une demande (${q(text)})`,
    appealAdded: (regions) =>
      `Vous pouvez désormais faire appel de notre décision lorsque nous refusons une demande${regions ? `, si votre lieu de résidence est : ${places(regions)}` : ''}.`,
    appealRemoved: 'La politique n’indique plus que vous pouvez faire appel lorsque nous refusons une demande.',
    appealOnly: (regions) => `Vous ne pouvez désormais faire appel que si votre lieu de résidence est : ${places(regions)}.`,
    appealEverywhere: 'Vous pouvez désormais faire appel quel que soit votre lieu de résidence.',
    appealAlso: (regions) => `Vous pouvez désormais aussi faire appel si votre lieu de résidence est : ${places(regions)}.`,
    appealNoLonger: (regions) => `Vous ne pouvez plus faire appel si votre lieu de résidence est : ${places(regions)}.`,
    appealTime: (now, was) =>
      now
        ? `Nous répondons désormais aux appels dans un délai de ${durationInWords(now)}${was ? ` au lieu de ${durationInWords(was)}` : ''}.`
        : 'La politique n’indique plus dans quel délai nous répondons aux appels.',
    appealAuthority: (name, url, regions) =>
      name
        ? `Si nous rejetons votre appel${regions ? ` et que votre lieu de résidence est : ${places(regions)},` : ','} vous pouvez désormais saisir ${name}${url ? ` (${url})` : ''}.`
        : 'La politique n’indique plus auprès de qui porter plainte si nous rejetons votre appel.',
    labels: {
      proof: 'ce qu’une personne que vous mandatez doit fournir pour faire une demande en votre nom',
      how: 'la manière de faire appel de notre décision sur une demande',
    },
  },
  financialIncentives: {
    added: (name, data) =>
      `Nous proposons désormais une incitation financière en contrepartie d’informations personnelles, ${q(name)}${data.length ? `, qui concerne ${categories(data)}` : ''}.`,
    removed: (name) => `Nous ne proposons plus l’incitation financière ${q(name)}.`,
    dataAdded: (name, data) => `L’incitation financière ${q(name)} concerne désormais aussi ${categories(data)}.`,
    dataRemoved: (name, data) => `L’incitation financière ${q(name)} ne concerne plus ${categories(data)}.`,
    unstated: (what) => `La politique n’indique plus ${what}.`,
    labels: (name) => ({
      summary: `la description de ce qu’offre l’incitation financière ${q(name)}`,
      opt_in: `la manière d’adhérer à l’incitation financière ${q(name)}`,
      withdraw: `la manière de vous retirer de l’incitation financière ${q(name)}`,
      value: `notre estimation de la valeur de vos données dans le cadre de l’incitation financière ${q(name)}`,
      value_method: `la méthode de calcul de la valeur de vos données dans le cadre de l’incitation financière ${q(name)}`,
      terms_url: `l’adresse des conditions de l’incitation financière ${q(name)}`,
    }),
  },
  disclosures: {
    added: (kind) => `Nous pouvons désormais communiquer vos données ${OCCASIONS[kind]}.`,
    removed: (kind) => `Nous ne mentionnons plus la communication de vos données ${OCCASIONS[kind]}.`,
    recipientsAdded: (kind, added) => `Vos données peuvent désormais aussi être communiquées à ${joinList(added)} (${HEADINGS[kind]}).`,
    recipientsNamed: (kind) => `Nous nommons désormais les destinataires de vos données (${HEADINGS[kind]}).`,
    recipientsRemoved: (kind, removed) => `Nous ne nommons plus ${joinList(removed)} parmi les destinataires de vos données (${HEADINGS[kind]}).`,
    labels: (kind) => ({
      description: `ce que nous indiquons sur la communication de vos données ${OCCASIONS[kind]}`,
      recipients: `les noms des destinataires de vos données ${OCCASIONS[kind]}`,
    }),
  },
  recipients: {
    added: (data, name, countries, purpose) =>
      `Nous partageons désormais ${data.length ? categories(data) : 'des données'} avec une nouvelle catégorie de destinataires, ${q(name)}${countries.length ? `, ${countryList(countries)}` : ''}. Prestation fournie : ${q(purpose)}.`,
    removed: (name) => `Nous ne partageons plus de données avec les destinataires ${q(name)}.`,
    purpose: (name, now, was) => `Les destinataires ${q(name)} traitent désormais vos données pour une autre finalité : ${q(now)} (auparavant : ${q(was)}).`,
    location: (name, countries) =>
      countries.length
        ? `Les destinataires ${q(name)} traitent désormais vos données ${countryList(countries)}.`
        : `La politique n’indique plus où les destinataires ${q(name)} traitent vos données.`,
    data: (name, added, removed) =>
      `Les destinataires ${q(name)} ${[
        added.length ? `reçoivent désormais ${categories(added)}` : '',
        removed.length ? `ne reçoivent plus ${categories(removed)}` : '',
      ]
        .filter(Boolean)
        .join(' et ')}.`,
    labels: (was) => ({ name: `le nom des destinataires ${q(was)}` }),
  },
  document: {
    effective: (now, was, style) =>
      `La politique entre désormais en vigueur ${formatDateAfter('on', now, style)} ; la version précédente était entrée en vigueur ${formatDateAfter('on', was, style)}.`,
    lastUpdated: (date, style) =>
      date
        ? `La politique indique désormais une dernière mise à jour ${formatDateAfter('on', date, style)}.`
        : 'La politique n’affiche plus de date de dernière mise à jour distincte.',
    url: (url) => (url ? `La politique est désormais publiée à l’adresse ${url}.` : 'La politique n’indique plus l’adresse à laquelle elle est publiée.'),
    dateStyle: 'Les dates de la politique sont désormais écrites dans un autre format.',
    keyPoints: (shown) => (shown ? 'La politique commence désormais par ses points essentiels.' : 'La politique ne commence plus par ses points essentiels.'),
    earlierVersions: (url) =>
      url
        ? `Les versions antérieures de la politique sont désormais répertoriées à l’adresse ${url}.`
        : 'La politique ne renvoie plus à ses versions antérieures.',
    language: (now, was, own) =>
      `La politique est désormais rédigée d’abord en ${LANGUAGE_NAMES[now] ?? own(now)} et non plus en ${LANGUAGE_NAMES[was] ?? own(was)}.`,
    languagesAdded: (codes, own) => `La politique est désormais aussi publiée en ${joinList(codes.map((c) => LANGUAGE_NAMES[c] ?? own(c)))}.`,
    languagesRemoved: (codes, own) => `La politique n’est plus publiée en ${joinList(codes.map((c) => LANGUAGE_NAMES[c] ?? own(c)))}.`,
    languagesOrder: 'La politique énumère dans un autre ordre les langues dans lesquelles elle est publiée.',
    clauses: 'La politique utilise désormais un autre ensemble de clauses personnalisées.',
    labels: { title: 'le titre de la politique', service: 'le nom du service couvert par la politique', summary: 'le résumé sous le titre' },
  },
  controller: {
    name: (now, was) => `Le responsable du traitement de vos données est désormais ${now}, et non plus ${was}.`,
    tradingName: (now, was) =>
      now
        ? `Nous exerçons désormais sous le nom commercial ${now}${was ? ` au lieu de ${was}` : ''}.`
        : `Nous n’exerçons plus sous le nom commercial ${was ?? ''}.`,
    country: (name, now, was) =>
      now
        ? `${name} est désormais établi ${localCountryInSentence(now)}${was ? ` (auparavant : ${localCountryInSentence(was)})` : ''}.`
        : `La politique n’indique plus où ${name} est établi.`,
    legalForm: (name, now) => (now ? `La forme juridique de ${name} est désormais : ${now}.` : `La politique n’indique plus la forme juridique de ${name}.`),
    registrationNumber: (now) => (now ? `Notre numéro d’immatriculation est désormais ${now}.` : 'La politique n’indique plus notre numéro d’immatriculation.'),
    registerCourt: (now) => (now ? `Notre registre d’immatriculation est désormais : ${now}.` : 'La politique n’indique plus où nous sommes immatriculés.'),
    vatId: (now) =>
      now ? `Notre numéro d’identification à la TVA est désormais ${now}.` : 'La politique n’indique plus notre numéro d’identification à la TVA.',
    managementLead: (role, count, now) => MANAGEMENT[role].lead(count, now ? ' désormais' : ''),
    directors: (now, role) =>
      now ? `${MANAGEMENT[role].lead(now.length, ' désormais')} ${joinList(now)}.` : `La politique ne nomme plus ${MANAGEMENT[role].unnamed}.`,
    scopeCorrected: (excludes) =>
      `Nous avons corrigé la formulation de ce que ${excludes ? 'la présente politique ne couvre pas' : 'couvre la présente politique'}.`,
    covers: (items) => `La présente politique couvre désormais aussi ${joinList(items.map(q))}.`,
    coversNoLonger: (items) => `La présente politique ne couvre plus ${joinList(items.map(q))}.`,
    excludes: (items) => `La présente politique exclut désormais ${joinList(items.map(q))}.`,
    excludesNoLonger: (items) => `La présente politique n’exclut plus ${joinList(items.map(q))}.`,
    labels: { description: 'la description de nos activités' },
  },
  otherControllers: {
    added: (company, scope, alongside) =>
      `Pour ${whom(scope)}, ${company} est désormais la société responsable de vos données${alongside ? ' ; nous restons responsables d’une partie de leur traitement' : ', à notre place'}.`,
    removed: (company, scope) => `Pour ${whom(scope)}, ${company} n’est plus la société responsable de vos données.`,
    company: (now, was, scope) => `Pour ${whom(scope)}, la société responsable de vos données est désormais ${now}, et non plus ${was}.`,
    scope: (company, now, was) => `${company} est désormais la société responsable pour ${whom(now)}, et non plus pour ${whom(was)}.`,
    alongside: (company, now) =>
      now
        ? `Nous sommes désormais également responsables d’une partie du traitement des données dont ${company} est responsable.`
        : `Nous ne sommes plus responsables d’aucune partie du traitement des données dont ${company} est responsable.`,
    country: (company, now, was) =>
      now
        ? `${company} est désormais établie ${localCountryInSentence(now)}${was ? ` (auparavant : ${localCountryInSentence(was)})` : ''}.`
        : `La politique n’indique plus où ${company} est établie.`,
    described: (company) => `Nous avons modifié la description de ${company}.`,
    contact: (company) => `Les coordonnées de ${company} ont changé.`,
  },
  changes: {
    subscribe: (url) =>
      url
        ? `Vous pouvez désormais vous abonner aux mises à jour de la présente politique à l’adresse ${url}.`
        : 'La politique n’indique plus où s’abonner à ses mises à jour.',
    noticePeriod: (now, was) =>
      now
        ? `Nous vous informerons désormais des modifications importantes ${durationInWords(now)} avant leur entrée en vigueur${was ? ` au lieu de ${durationInWords(was)}` : ''}.`
        : 'Nous ne promettons plus de préavis avant l’entrée en vigueur des modifications importantes.',
    channels: (now, any, dropped) => {
      const told = now.length
        ? `Nous vous informerons désormais des modifications ${channels(now, any ? 'or' : 'and')}`
        : 'La politique n’indique plus comment nous vous informons des modifications';
      return dropped.length > 0 && now.length ? `${told}, et non plus ${channels(dropped, 'or')}.` : `${told}.`;
    },
    levels: 'Nous avons modifié les types de modifications de la présente politique que nous jugeons assez importants pour les annoncer à l’avance.',
    continuedUse: (now) =>
      now
        ? 'Utiliser le service après une modification vaut désormais acceptation de la politique mise à jour.'
        : 'Utiliser le service après une modification ne vaut plus acceptation de la politique mise à jour.',
    notify: (may) =>
      may
        ? 'Nous ne nous engageons plus à vous informer des modifications : la politique indique désormais seulement que nous pouvons le faire.'
        : 'Nous nous engageons désormais à vous informer des modifications.',
    scope: (all) =>
      all
        ? 'Nous vous informerons désormais de toute modification de la présente politique, et non plus des seules modifications substantielles.'
        : 'Nous ne vous informerons désormais que des modifications substantielles de la présente politique, et non plus de toute modification.',
  },
  apps: {
    added: (name) => `La politique s’applique désormais à l’application ${name}.`,
    removed: (name) => `La politique ne mentionne plus l’application ${name}.`,
    changed: (name) => `Ce que la politique indique sur l’application ${name} a changé.`,
    tracking: (category) =>
      `Les données de la catégorie ${q(category)} servent désormais à vous suivre à travers les applications et les sites web d’autres entreprises.`,
    trackingStopped: (category) => `Les données de la catégorie ${q(category)} ne servent plus à vous suivre.`,
    sharing: (category, purposes) =>
      `Les données de la catégorie ${q(category)} sont désormais partagées avec d’autres entreprises aux fins suivantes : ${joinList(purposes.map((p) => GOOGLE_PURPOSES[p]))}.`,
    labels: (category) => `Ce que les étiquettes des magasins d’applications indiquent sur la catégorie ${q(category)} a changé.`,
    purposeLabels: (purpose) => `Ce que les étiquettes des magasins d’applications indiquent sur la finalité ${q(purpose)} a changé.`,
    permissionAdded: (app, permission, purpose) => `${app} demande désormais l’autorisation ${q(permission)} : ${purpose}`,
    permissionRemoved: (app, permission) => `${app} ne demande plus l’autorisation ${q(permission)}.`,
    platforms: (app, permission, platforms) =>
      `${app} demande désormais l’autorisation ${q(permission)} sur ${platforms.map((p) => (p === 'ios' ? 'iOS' : 'Android')).join(' et ')}.`,
    required: (app, permission) => `${app} n’indique plus que vous pouvez refuser l’autorisation ${q(permission)} tout en utilisant l’application.`,
    permissionChanged: (app, permission) =>
      `${app} a modifié le moment où l’application demande l’autorisation ${q(permission)}, ou la possibilité de la refuser.`,
    permissionPurpose: (app, permission) => `l’usage que ${app} fait de l’autorisation ${q(permission)}`,
  },
  children: {
    minAge: (now, was) =>
      now === undefined
        ? 'La politique n’indique plus d’âge minimum pour utiliser le service.'
        : `Le service s’adresse désormais aux personnes âgées de ${now} ans et plus${was === undefined ? '' : ` (auparavant : ${was} ans et plus)`}.`,
    directed: (now) => (now ? 'Le service s’adresse désormais aux enfants.' : 'Le service ne s’adresse plus aux enfants.'),
    deletion: (now) =>
      now
        ? 'Nous supprimons désormais les données d’un enfant dès que nous apprenons que nous les détenons.'
        : 'Nous ne nous engageons plus à supprimer les données d’un enfant dès que nous apprenons que nous les détenons.',
    knowingly: (now) =>
      now
        ? 'Nous indiquons désormais que nous ne collectons pas sciemment de données personnelles auprès de personnes n’ayant pas l’âge minimum.'
        : 'La politique n’indique plus que nous ne collectons pas sciemment de données personnelles auprès de personnes n’ayant pas l’âge minimum.',
    accountClosing: (now) =>
      now
        ? 'Nous fermons désormais le compte d’un utilisateur dont nous apprenons ou soupçonnons qu’il n’a pas l’âge minimum.'
        : 'Nous ne nous engageons plus à fermer le compte d’un utilisateur dont nous apprenons ou soupçonnons qu’il n’a pas l’âge minimum.',
  },
  breach: {
    flags: {
      notify_users: [
        'Nous informons désormais les personnes concernées en cas de violation de données.',
        'Nous ne nous engageons plus à informer les personnes concernées en cas de violation de données.',
      ],
      notify_authority: [
        'Nous notifions désormais toute violation de données à l’autorité de contrôle.',
        'Nous ne nous engageons plus à notifier les violations de données à l’autorité de contrôle.',
      ],
      where_feasible: [
        'Notre délai de notification d’une violation de données ne s’applique désormais que dans la mesure du possible.',
        'Notre délai de notification d’une violation de données s’applique désormais sans exception.',
      ],
    },
    within: (now, was) =>
      now
        ? `Nous notifions désormais une violation de données dans un délai de ${durationInWords(now)}${was ? ` au lieu de ${durationInWords(was)}` : ''}.`
        : 'La politique n’indique plus dans quel délai nous notifions une violation de données.',
  },
  security: {
    added: (measures) => `Nouvelles mesures de sécurité : ${joinList(measures)}.`,
    removed: (measures) => `Nous ne mentionnons plus ces mesures de sécurité : ${joinList(measures)}.`,
    disclaimer: (now) =>
      now ? 'Nous rappelons désormais qu’aucun système n’est parfaitement sûr.' : 'Nous ne rappelons plus qu’aucun système n’est parfaitement sûr.',
    useIsAcceptance: (now) =>
      now
        ? 'Utiliser le service vaut désormais acceptation des risques de sécurité liés à la transmission de données sur Internet.'
        : 'Utiliser le service ne vaut plus acceptation des risques de sécurité liés à la transmission de données sur Internet.',
    labels: { advice: 'nos conseils pour sécuriser votre compte' },
  },
  visibility: {
    visible: (audience, items) => `Les éléments suivants sont désormais visibles par ${others(audience)} : ${joinList(items)}.`,
    invisible: (audience, items) => `Les éléments suivants ne sont plus visibles par ${others(audience)} : ${joinList(items)}.`,
    promiseDropped: (audience, items) =>
      `Nous ne nous engageons plus à ce que les éléments suivants ne soient jamais visibles par ${others(audience)} : ${joinList(items)}.`,
    promised: (audience, items) =>
      `Nous nous engageons désormais à ce que les éléments suivants ne soient jamais visibles par ${others(audience)} : ${joinList(items)}.`,
    labels: { audience: 'les personnes qui peuvent voir vos informations', copies: 'ce qu’il advient des copies conservées par d’autres utilisateurs' },
  },
  jurisdictions: {
    added: (id) => `La présente politique respecte désormais aussi ${FR_LAW.laws[id].name}.`,
    removed: (id, rightsGone) =>
      `La présente politique ne respecte plus ${FR_LAW.laws[id].name}${rightsGone ? ', et ne décrit plus les droits que cette loi vous accorde' : ''}.`,
    otherAdded: (law) => `La présente politique respecte désormais aussi la loi suivante : ${law}.`,
    otherRemoved: (law) => `La présente politique ne respecte plus la loi suivante : ${law}.`,
    compliance: (now) =>
      now
        ? 'Nous déclarons désormais respecter les lois pour lesquelles la présente politique est rédigée.'
        : 'Nous ne déclarons plus respecter les lois pour lesquelles la présente politique est rédigée.',
  },
  sections: {
    added: (title) => `Nouvelle section : ${q(title)}.`,
    removed: (title) => `Nous avons supprimé la section ${q(title)}.`,
    rewritten: (title) => `Nous avons réécrit la section ${q(title)}.`,
    moved: (title) => `Nous avons déplacé la section ${q(title)}.`,
    labels: (was) => ({ title: `le titre de la section ${q(was)}` }),
  },
  products: {
    added: (name) => `La présente politique couvre désormais aussi ${q(name)}.`,
    removed: (name) => `La présente politique ne couvre plus ${q(name)}.`,
    labels: (was, name) => ({
      name: `le nom du produit ${q(was)}`,
      description: `la description de ${q(name)}`,
      url: `l’adresse de ${q(name)}`,
      policy_url: `l’adresse de la politique de confidentialité de ${q(name)}`,
    }),
  },
  deletionStages: {
    changed: (label, categories, stage, now, was) => {
      const what = retained({ ...(label === undefined ? {} : { label }), categories });
      return now === undefined
        ? `Pour ${what}, la politique n’indique plus ${STAGES[stage].unstated}.`
        : `Pour ${what}, ${STAGES[stage].within(durationInWords(now))}${was ? ` (auparavant : ${durationInWords(was)})` : ''}.`;
    },
  },
  unclassified: (path) => `Un élément que policyc ne classe pas encore a changé : ${path}.`,
};
