import type { ManagementRole } from '../model/controllers.js';
import { defineRule } from './types.js';

/**
 * Legal forms whose people who run them are not managing directors, by the office they hold. Legal
 * forms keep their own names in every language a policy is written in, so these are one list:
 * `words` in any case, `abbreviations` only as written ("AG" and "eG", not "ag" or "EG"). A GmbH &
 * Co. KG is run by its GmbH's managing directors and an LLP by its members: neither is here.
 */
const FORMS: ReadonlyArray<{ role: Exclude<ManagementRole, 'managing_directors'>; words: RegExp; abbreviations?: RegExp }> = [
  {
    role: 'board',
    words:
      /\be\.\s?V\.|\beingetragene[rn]?\s+Verein\b|\bVerein\b|\bStiftung\b|\bAktiengesellschaft\b|\bGenossenschaft\b|\b(?:association|foundation|charity|charitable\s+trust)\b/i,
    abbreviations: /\b(?:AG|eG)\b/,
  },
  {
    role: 'partners',
    words: /\bGesellschaft\s+b\u00fcrgerlichen\s+Rechts\b|\bsoci\u00e9t\u00e9\s+en\s+nom\s+collectif\b|(?<!liability\s)\bpartnership\b/i,
    abbreviations: /\b(?:GbR|OHG|PartG)\b/,
  },
  {
    role: 'owner',
    words: /\bEinzelunternehme(?:n|r|rin)\b|\bsole\s+(?:proprietor(?:ship)?|trader)\b|\bentreprise\s+individuelle\b|\b(?:auto|micro)-entrepreneur\b/i,
    abbreviations: /\be\.\s?K(?:fm|fr)?\./,
  },
];

/** The office of the people who run a company, as its legal form or name shows it, if it does. */
export function impliedManagement(text: string): Exclude<ManagementRole, 'managing_directors'> | undefined {
  return FORMS.find(({ words, abbreviations }) => words.test(text) || abbreviations?.test(text) === true)?.role;
}

/** The office as the message names it. */
const OFFICE: Readonly<Record<Exclude<ManagementRole, 'managing_directors'>, string>> = { board: 'board', partners: 'partners', owner: 'owner' };

export const managementRoleFitsLegalForm = defineRule({
  meta: {
    id: 'management-role-fits-legal-form',
    severity: 'warning',
    description:
      'When the legal form or name shows a company run by a board (an association, foundation or Aktiengesellschaft), by partners (a GbR, OHG or partnership) or by its owner (a sole proprietorship), the people in `controller.managing_directors` are given that office with `management_role`.',
    rationale:
      'Without `management_role` the policy calls the people it names the managing directors ("Geschäftsführung"), which an e. V. or an AG does not have: its Vorstand represents it (§ 26 BGB, § 78 AktG). A notice that names the wrong office states a false fact about who runs the company, in the section that identifies the controller (GDPR Art. 13(1)(a)).',
    messages: {
      office: "'{{form}}' is run by its {{office}}, but without management_role the policy calls {{names}} its managing directors.",
      setRole: 'Add management_role: {{role}} under controller, or management_role: managing_directors if they are.',
    },
  },
  check(policy, report) {
    const { managing_directors: names, management_role: role, legal_form: legalForm, name } = policy.controller;
    if (names === undefined || role !== undefined) return;
    for (const text of [legalForm, name]) {
      if (text === undefined) continue;
      const implied = impliedManagement(text);
      if (implied === undefined) continue;
      report({
        path: ['controller', 'managing_directors'],
        messageId: 'office',
        hintId: 'setRole',
        data: { form: text, office: OFFICE[implied], names: names.join(', '), role: implied },
      });
      return;
    }
  },
});
