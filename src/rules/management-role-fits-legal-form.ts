import type { ManagementRole } from '../model/controllers.js';
import { defineRule } from './types.js';

/**
 * Legal forms whose people who run them are not managing directors, by the office they hold. Legal
 * forms keep their own names in every language a policy is written in, so these are one list.
 * `words` are read in `legal_form` only, in any case: a company's name may hold them for other
 * reasons ("Foundation Software GmbH", "Charity Digital Ltd"). `suffix` is the form's abbreviation
 * as written ("AG", not "ag") at the end of the legal form or the name, where company names put it
 * ("Muster AG", "Freunde des Waldes e. V."). A GmbH & Co. KG is run by its GmbH's managing directors
 * and an LLP by its members: neither is here.
 */
const FORMS: ReadonlyArray<{ role: ImpliedRole; words: RegExp; suffix: RegExp }> = [
  {
    role: 'board',
    words:
      /\beingetragene[rn]?\s+Verein\b|\bVerein\b|\bStiftung\b|\bAktiengesellschaft\b|\bGenossenschaft\b|\b(?:association|foundation|fondation|charity|charitable\s+trust)\b/i,
    suffix: /(?:\be\.\s?V\.|\b(?:AG|eG))\s*$/,
  },
  {
    role: 'partners',
    words: /\bGesellschaft\s+b\u00fcrgerlichen\s+Rechts\b|\bsoci\u00e9t\u00e9\s+en\s+nom\s+collectif\b|(?<!liability\s)\bpartnership\b/i,
    suffix: /\b(?:GbR|OHG|PartG|SNC)\s*$/,
  },
  {
    role: 'owner',
    words: /\bEinzelunternehme(?:n|r|rin)\b|\bsole\s+(?:proprietor(?:ship)?|trader)\b|\bentreprise\s+individuelle\b|\b(?:auto|micro)-entrepreneur\b/i,
    suffix: /\be\.\s?K(?:fm|fr)?\.\s*$/,
  },
];

/** Forms run by managing directors (or their like), which settle the question whatever else the text says. */
const MANAGED = /\b(?:GmbH|UG|Ltd|Limited|Inc|LLC|SARL|SAS|GmbH\s*&\s*Co\.?\s*KG)\b|Gesellschaft\s+mit\s+beschr\u00e4nkter\s+Haftung/i;

type ImpliedRole = Exclude<ManagementRole, 'managing_directors'>;

/** The office of the people who run a company, as its legal form (`words` too) or name (`suffix` only) shows it. */
export function impliedManagement(text: string, field: 'legal_form' | 'name' = 'legal_form'): ImpliedRole | undefined {
  if (MANAGED.test(text)) return undefined;
  return FORMS.find(({ words, suffix }) => suffix.test(text) || (field === 'legal_form' && words.test(text)))?.role;
}

export const managementRoleFitsLegalForm = defineRule({
  meta: {
    id: 'management-role-fits-legal-form',
    severity: 'warning',
    description:
      'When the legal form or name shows a company run by a board (an association, foundation or Aktiengesellschaft), by partners (a GbR, OHG or partnership) or by its owner (a sole proprietorship), the people in `controller.managing_directors` are given that office with `management_role`.',
    rationale:
      'Without `management_role` the policy calls the people it names the managing directors ("Geschäftsführung"), which an e. V. or an AG does not have: its Vorstand represents it (§ 26 BGB, § 78 AktG). A notice that names the wrong office states a false fact about who runs the company, in the section that identifies the controller (GDPR Art. 13(1)(a)).',
    messages: {
      office: "'{{form}}' is run by its {{office}}, but without management_role the policy calls {{names}} its {{directors}}.",
      setRole: 'Add management_role: {{role}} under controller, or management_role: managing_directors if they are.',
    },
  },
  check(policy, report) {
    const { managing_directors: names, management_role: role, legal_form: legalForm, name } = policy.controller;
    if (names === undefined || role !== undefined) return;
    // A legal form that names one settles it; the name is read only without one.
    const implied = legalForm !== undefined ? impliedManagement(legalForm) : impliedManagement(name, 'name');
    if (implied === undefined) return;
    report({
      path: ['controller', 'managing_directors'],
      messageId: 'office',
      hintId: 'setRole',
      data: {
        form: legalForm ?? name,
        office: implied,
        names: names.join(', '),
        role: implied,
        directors: names.length === 1 ? 'managing director' : 'managing directors',
      },
    });
  },
});
