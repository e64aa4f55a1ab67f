import type { Path } from '../../diagnostics.js';
import { defineCheck, type Report } from '../types.js';
import { pairRetyped, sameSet, setDiff } from '../match.js';
import { say } from '../say.js';
import { SCOPE_NARROWED, SCOPE_WIDENED, TEXT_CHANGED, compareFields } from '../wording.js';

/** Who is responsible for the data. A different legal entity or country is a different deal. */
export const controllerCheck = defineCheck({
  id: 'controller',
  topic: 'company',
  fields: [
    'controller.name',
    'controller.trading_name',
    'controller.legal_form',
    'controller.registration_number',
    'controller.register_court',
    'controller.vat_id',
    'controller.managing_directors',
    'controller.management_role',
    'controller.country',
    'controller.description',
    'controller.scope',
    'controller.out_of_scope',
  ],
  kinds: {
    'controller.changed': {
      level: 'material',
      description: 'The company responsible for the data changes: its legal name, trading name, legal form, registration number, register or country.',
    },
    'controller.details_changed': {
      level: 'minor',
      description:
        "The company's VAT identification number, its managing directors or their office (management_role) change: the same company, run or taxed under other details.",
    },
    'scope.narrowed': SCOPE_NARROWED,
    'scope.widened': SCOPE_WIDENED,
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const b = before.source.controller;
    const a = after.source.controller;
    const path = ['controller'];
    const words = say().controller;
    if (b.name !== a.name) {
      report({
        kind: 'controller.changed',
        path: [...path, 'name'],
        summary: words.name(a.name, b.name),
        before: b.name,
        after: a.name,
      });
    }
    if (b.trading_name !== a.trading_name) {
      report({
        kind: 'controller.changed',
        path: [...path, 'trading_name'],
        summary: words.tradingName(a.trading_name, b.trading_name),
        before: b.trading_name,
        after: a.trading_name,
      });
    }
    if (b.country !== a.country) {
      report({
        kind: 'controller.changed',
        path: [...path, 'country'],
        summary: words.country(a.name, a.country, b.country),
        before: b.country,
        after: a.country,
      });
    }
    if (b.legal_form !== a.legal_form) {
      report({
        kind: 'controller.changed',
        path: [...path, 'legal_form'],
        summary: words.legalForm(a.name, a.legal_form),
        before: b.legal_form,
        after: a.legal_form,
      });
    }
    if (b.registration_number !== a.registration_number) {
      report({
        kind: 'controller.changed',
        path: [...path, 'registration_number'],
        summary: words.registrationNumber(a.registration_number),
        before: b.registration_number,
        after: a.registration_number,
      });
    }
    if (b.register_court !== a.register_court) {
      report({
        kind: 'controller.changed',
        path: [...path, 'register_court'],
        summary: words.registerCourt(a.register_court),
        before: b.register_court,
        after: a.register_court,
      });
    }
    if (b.vat_id !== a.vat_id) {
      report({
        kind: 'controller.details_changed',
        path: [...path, 'vat_id'],
        summary: words.vatId(a.vat_id),
        before: b.vat_id,
        after: a.vat_id,
      });
    }
    const roleBefore = b.management_role ?? 'managing_directors';
    const roleAfter = a.management_role ?? 'managing_directors';
    if (!sameSet(b.managing_directors, a.managing_directors)) {
      report({
        kind: 'controller.details_changed',
        path: [...path, 'managing_directors'],
        summary: words.directors(a.managing_directors, roleAfter),
        before: b.managing_directors,
        after: a.managing_directors,
      });
    } else if (roleBefore !== roleAfter && a.managing_directors !== undefined) {
      // The same people under another office: a board, not managing directors, now runs the company.
      report({
        kind: 'controller.details_changed',
        path: [...path, 'management_role'],
        summary: words.directors(a.managing_directors, roleAfter),
        before: roleBefore,
        after: roleAfter,
      });
    }
    compareFields(report, path, b, a, words.labels);
    // What the policy covers is where its promises apply: covering less takes them away.
    compareScope(report, [...path, 'scope'], b.scope, a.scope, { more: words.covers, less: words.coversNoLonger });
    compareScope(report, [...path, 'out_of_scope'], b.out_of_scope, a.out_of_scope, { more: words.excludesNoLonger, less: words.excludes }, true);
  },
});

/**
 * One list of what the policy covers (or, `excludes`, of what it does not): items gained and
 * lost, each quoted, and a retyped item as wording.
 */
function compareScope(
  report: Report<'scope.narrowed' | 'scope.widened' | 'text.changed'>,
  path: Path,
  before: readonly string[] | undefined,
  after: readonly string[] | undefined,
  words: { more: (items: readonly string[]) => string; less: (items: readonly string[]) => string },
  excludes = false,
): void {
  const listed = setDiff(before, after);
  const { retyped, added, removed } = pairRetyped(listed.removed, listed.added);
  if (retyped.length > 0) report({ kind: 'text.changed', path, summary: say().controller.scopeCorrected(excludes), before, after });
  const [more, less] = excludes ? [removed, added] : [added, removed];
  if (less.length > 0) report({ kind: 'scope.narrowed', path, summary: words.less(less), before, after });
  if (more.length > 0) report({ kind: 'scope.widened', path, summary: words.more(more), before, after });
}
