import type { Catalog } from '../catalog.js';
import { sentenceCaseWord } from '../sentence-case.js';
import { COUNTRY_NAMES } from '../../model/countries.generated.js';
import { WITH_ARTICLE } from '../../model/countries.js';
import { EN_LAW } from '../../law/text/en.js';
import { TOPICS } from '../../diff/types.js';
import { EN_GISTS } from '../gists/en.js';
import { EN_PHRASES } from '../phrases/en.js';

const RETENTION = {
  account_lifetime: 'for as long as your account is open',
  until_deleted_by_user: 'until you delete the data',
  until_consent_withdrawn: 'until you withdraw your consent',
  until_purpose_fulfilled: 'until the purpose for which the data was collected has been fulfilled',
  as_required_by_law: 'for as long as the law requires',
  indefinite: 'indefinitely',
  deleted_after_use: 'only until used, then deleted immediately',
  not_stored: 'not at all (never stored)',
} as const;

/** A determiner that opens a phrase ("the", "your"), in any case. */
const ARTICLE_START = /^(?:the|a|an|our|this|these|its|their|your)\s/i;

export const EN: Catalog = {
  code: 'en',
  name: 'English',
  and: 'and',
  or: 'or',
  serialComma: true,
  underPreposition: 'under',
  semicolon: '; ',
  hasConjunction: /\s(?:and|or)\s/,
  articleStart: ARTICLE_START,
  // Names of several words take "the" unless they start with a determiner of their own ("the
  // ICO", "your local data protection authority"): "Datatilsynet" and "CNIL" stand alone.
  institution: (name) => (ARTICLE_START.test(name) || !/\s/.test(name) ? name : `the ${name}`),
  // Only a first word in sentence case ("Usage data", "E-mail address") followed by lower-case words
  // is changed, so "AI summaries", "Wi-Fi networks" and title-case brand names ("Google Analytics
  // Data") stay as written.
  inSentence(name) {
    const [first, ...rest] = name.split(' ');
    if (first === undefined || rest.length === 0 || !sentenceCaseWord(first)) return name;
    if (rest.some((w) => /^\p{Lu}/u.test(w))) return name;
    return first.toLowerCase() + name.slice(first.length);
  },
  lowerCaseNames: true,
  rightInList: (label) => label,
  // "April 3, 2026" and "3 April 2026"; lists without a comma before "and", as en-GB writes them.
  intl: { date: (style) => (style === 'long_intl' ? 'en-GB' : 'en-US'), list: 'en-GB' },
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  dateAfter: (preposition, date, monthOnly) => `${preposition === 'on' && monthOnly ? 'in' : preposition} ${date}`,
  longDate: (day, month, year, style) => (style === 'long_intl' ? `${day} ${month} ${year}` : `${month} ${day}, ${year}`),
  durationUnit: (count, unit) => `${count} ${unit}${count === 1 ? '' : 's'}`,
  noTime: 'no time',
  retention: {
    keywords: RETENTION,
    duration: (words, upTo) => `for ${upTo ? 'up to ' : ''}${words}`,
    durationOrUntil: (duration, until) => `${duration} or until ${until}`,
    until: (until) => `until ${until}`,
  },
  changeChannel(channel, service, alone) {
    switch (channel) {
      case 'email':
        return 'by email';
      case 'in_app':
        return `with a notice in ${service ?? 'our services'}`;
      case 'website':
        return 'by posting a notice on our website';
      case 'other':
        return alone ? 'through appropriate channels' : 'through other appropriate channels';
    }
  },
  ourServices: 'our services',
  personalData: 'personal data',
  personalInformation: 'personal information',
  countries: COUNTRY_NAMES,
  countryInSentence: (code, name) => (WITH_ARTICLE.has(code) ? `the ${name}` : name),
  provision: (provision) => provision,
  law: EN_LAW,
  notice: {
    subject: (company, date) => `Changes to the ${company} privacy policy, effective ${date()}`,
    subjectTitled: (title, date) => `Changes to the ${title}, effective ${date()}`,
    intro: (service, date) => `We are updating the privacy policy for ${service}. The new version takes effect ${date('on')}.`,
    onlyDate: ' It changes none of our practices; only its date is new.',
    onlyWording: ' It changes only how the policy is worded.',
    continuedUse: (service, date) => `If you continue to use ${service} ${date('after')}, the updated policy applies to you.`,
    readAt: 'You can read the full updated policy at',
    questions: 'If you have questions, contact us at',
    summaryHeading: 'In short',
    gists: EN_GISTS,
    phrases: EN_PHRASES,
    topics: TOPICS,
  },
  page: {
    title: 'Privacy Policy',
    contents: 'Contents',
    skipContents: 'Skip to the policy',
    backToContents: 'Back to contents',
    notStated: 'not stated',
    print: 'Print this policy',
    keyPoints: 'Key points',
    languages: 'Languages',
  },
  audiences: {
    visitors: 'Website visitors',
    prospects: 'Prospective customers',
    customers: 'Customers',
    authorised_users: 'Our customers’ authorised users',
    end_users: 'End users of our customers’ services',
    applicants: 'Job applicants',
    event_attendees: 'People who attend our events',
    partners: 'Business partners and their staff',
    other: 'Others',
  },
};
