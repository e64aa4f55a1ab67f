import type { Path } from '../../diagnostics.js';
import type { PolicyModel } from '../../model/normalize.js';
import type { Audience } from '../../model/policy.generated.js';
import { pairBy, pairRetyped, setDiff } from '../match.js';
import { productNames, scopeChange } from '../product-scope.js';
import { say } from '../say.js';
import { defineCheck, type Report } from '../types.js';
import { PRACTICE_REWORDED, SCOPE_NARROWED, SCOPE_WIDENED, TEXT_CHANGED, compareFields, compareFlagUnstatedAsFalse, comparePractice } from '../wording.js';

type Kind = 'scope.narrowed' | 'scope.widened' | 'audience.requests_changed' | 'practice.reworded' | 'text.changed';

/**
 * Whom the policy covers. Losing a group of people, or newly excluding data the company handles
 * for its customers, leaves those people without the policy's promises: the policy covers less.
 */
export const audiencesCheck = defineCheck({
  id: 'audiences',
  topic: 'scope',
  fields: [
    'audiences.covered[].kind',
    'audiences.covered[].name',
    'audiences.covered[].description',
    'audiences.covered[].products',
    'audiences.not_covered',
    'audiences.as_processor.data',
    'audiences.as_processor.dpa_url',
    'audiences.as_processor.contact_customer',
  ],
  kinds: {
    'scope.narrowed': SCOPE_NARROWED,
    'scope.widened': SCOPE_WIDENED,
    'audience.requests_changed': {
      level: 'minor',
      description: 'Whether people should send requests about data the company processes for its customers to those customers changes.',
    },
    'practice.reworded': PRACTICE_REWORDED,
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const b = before.source.audiences;
    const a = after.source.audiences;
    const pairs = pairBy(b?.covered, a?.covered, (audience) => `${audience.kind}|${audience.name ?? ''}`);
    const words = say().audiences;
    for (const { item, index } of pairs.added) {
      report({
        kind: 'scope.widened',
        path: ['audiences', 'covered', index],
        summary: words.covered(item.kind, item.name, item.products && productNames(after, item.products)),
        before: null,
        after: item,
      });
    }
    for (const { item, index } of pairs.removed) {
      report({
        kind: 'scope.narrowed',
        path: ['audiences', 'covered', index],
        summary: words.uncovered(item.kind, item.name, undefined),
        before: item,
        after: null,
      });
    }
    for (const { before: ab, after: aa, afterIndex } of pairs.kept) {
      const path: Path = ['audiences', 'covered', afterIndex];
      compareProducts(report, before, after, [...path, 'products'], ab, aa);
      comparePractice(report, path, ab, aa, { description: words.meaning(aa.kind, aa.name) });
    }
    compareExcluded(report, b?.not_covered, a?.not_covered);
    const pb = b?.as_processor;
    const pa = a?.as_processor;
    const path: Path = ['audiences', 'as_processor'];
    if (pb === undefined && pa !== undefined) {
      report({
        kind: 'scope.narrowed',
        path,
        summary: words.processorExcluded(pa.data),
        before: null,
        after: pa,
      });
    } else if (pb !== undefined && pa === undefined) {
      report({
        kind: 'scope.widened',
        path,
        summary: words.processorIncluded(pb.data),
        before: pb,
        after: null,
      });
    } else if (pb !== undefined && pa !== undefined) {
      comparePractice(report, path, pb, pa, { data: words.labels.data });
      compareFields(report, path, pb, pa, { dpa_url: words.labels.dpa_url });
      compareFlagUnstatedAsFalse(report, [...path, 'contact_customer'], pb.contact_customer, pa.contact_customer, 'audience.requests_changed', words.requests);
    }
  },
});

/** An audience covered through fewer products is covered less; through more, more. */
function compareProducts(report: Report<Kind>, before: PolicyModel, after: PolicyModel, path: Path, b: Audience, a: Audience): void {
  const scope = scopeChange(before, after, b.products, a.products);
  if (scope === undefined) return;
  const { added, removed } = scope;
  if (removed.length > 0) {
    report({
      kind: 'scope.narrowed',
      path,
      summary: say().audiences.uncovered(a.kind, a.name, productNames(before, removed)),
      before: b.products ?? null,
      after: a.products ?? null,
    });
  }
  if (added.length > 0) {
    report({
      kind: 'scope.widened',
      path,
      summary: say().audiences.covered(a.kind, a.name, productNames(after, added)),
      before: b.products ?? null,
      after: a.products ?? null,
    });
  }
}

/** People the policy says it does not cover: one more excluded is the policy covering less. */
function compareExcluded(report: Report<Kind>, before: readonly string[] | undefined, after: readonly string[] | undefined): void {
  const path: Path = ['audiences', 'not_covered'];
  const listed = setDiff(before, after);
  const { retyped, added, removed } = pairRetyped(listed.removed, listed.added);
  const words = say().audiences;
  if (retyped.length > 0) report({ kind: 'text.changed', path, summary: words.excludedCorrected, before, after });
  if (added.length > 0) report({ kind: 'scope.narrowed', path, summary: words.excluded(added), before, after });
  if (removed.length > 0) report({ kind: 'scope.widened', path, summary: words.included(removed), before, after });
}
