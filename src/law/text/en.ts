import type { LawText } from '../../i18n/catalog.js';
import { LAWFUL_BASES } from '../lawful-bases.js';
import { LAWS } from '../laws.js';
import { RIGHTS } from '../rights.js';
import type { RightsLawId } from '../types.js';
import { SPECIAL_CATEGORY_CONDITIONS } from '../special-categories.js';
import { TRANSFER_TOOLS } from '../transfers.js';
import { CCPA_CATEGORIES } from '../ccpa-categories.js';

const map = <K extends string, V, W>(record: Readonly<Record<K, V>>, f: (value: V) => W): Record<K, W> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value as V)])) as Record<K, W>;

/** The law base's own words are English: this reads them, so they are written once. */
export const EN_LAW: LawText = {
  laws: map(LAWS, (law) => ({
    name: law.name,
    short: law.short,
    abbreviation: law.abbreviation,
    citation: law.citation,
    ...(law.region === undefined ? {} : { region: law.region }),
    ...(law.representative === undefined ? {} : { representativeRegion: law.representative.region }),
    ...(law.complaintAuthority === undefined ? {} : { authority: law.complaintAuthority.name }),
    ...(law.obligationLaw === undefined ? {} : { obligationLaws: law.obligationLaw.laws }),
    ...(law.adequacyNotice === undefined ? {} : { adequacy: { none: law.adequacyNotice.none, certifiedOnly: law.adequacyNotice.certifiedOnly } }),
    // Art. 77(1) grants the complaint right to a person who considers that the processing infringes the Regulation.
    ...(RIGHTS.complaint.provisions[law.id as RightsLawId] === 'Art. 77' ? { infringes: `infringes ${law.short}` } : {}),
  })),
  deadlineSources: { 'Data Protection Ordinance': 'Data Protection Ordinance' },
  rights: map(RIGHTS, (right) => ({
    label: right.label,
    explanation: right.explanation,
    ...(right.explanations === undefined ? {} : { under: right.explanations }),
    ...(right.promise === undefined ? {} : { promise: right.promise }),
    ...(right.statements === undefined ? {} : { statements: right.statements }),
  })),
  lawfulBases: map(LAWFUL_BASES, (basis) => basis.label),
  specialCategoryConditions: map(SPECIAL_CATEGORY_CONDITIONS, (condition) => condition.label),
  transferTools: map(TRANSFER_TOOLS, (tool) => ({
    label: tool.label,
    short: tool.short,
    ...(tool.namesByLaws === undefined ? {} : { namesByLaws: tool.namesByLaws }),
  })),
  ccpaCategories: map(CCPA_CATEGORIES, (category) => category.label),
  regionShort: { gdpr: 'EEA', uk_gdpr: 'UK', swiss_fadp: 'Switzerland' },
};
