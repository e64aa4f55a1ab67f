import type { Path } from '../../diagnostics.js';
import type { PolicyModel } from '../../model/normalize.js';
import type { Audience } from '../../model/policy.generated.js';
import { joinList } from '../../render/helpers/text.js';
import { pairBy, pairRetyped, setDiff } from '../match.js';
import { productsInWords, scopeChange } from '../product-scope.js';
import { defineCheck, type Report } from '../types.js';
import { PRACTICE_REWORDED, SCOPE_NARROWED, SCOPE_WIDENED, TEXT_CHANGED, compareFields, comparePractice } from '../wording.js';
import { quoted } from '../words.js';

type Kind = 'scope.narrowed' | 'scope.widened' | 'audience.requests_changed' | 'practice.reworded' | 'text.changed';

/** How a notice names each kind of audience; `other` audiences by their own name. */
const AUDIENCES: Readonly<Record<Audience['kind'], string>> = {
  visitors: 'website visitors',
  prospects: 'prospective customers',
  customers: 'our customers',
  authorised_users: 'our customers’ authorised users',
  end_users: 'the end users of our customers’ services',
  applicants: 'job applicants',
  event_attendees: 'people who attend our events',
  partners: 'our business partners and their staff',
  other: 'others',
};

/** A covered group as a notice names it inside a sentence: "job applicants", or its own name in quotes. */
export function audienceInWords(audience: Pick<Audience, 'kind' | 'name'>): string {
  return audience.name === undefined ? AUDIENCES[audience.kind] : quoted(audience.name);
}

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
    for (const { item, index } of pairs.added) {
      report({
        kind: 'scope.widened',
        path: ['audiences', 'covered', index],
        summary: `This policy now also covers the personal data of ${audienceInWords(item)}${productsIn(after, item.products)}.`,
        before: null,
        after: item,
      });
    }
    for (const { item, index } of pairs.removed) {
      report({
        kind: 'scope.narrowed',
        path: ['audiences', 'covered', index],
        summary: `This policy no longer covers the personal data of ${audienceInWords(item)}.`,
        before: item,
        after: null,
      });
    }
    for (const { before: ab, after: aa, afterIndex } of pairs.kept) {
      const path: Path = ['audiences', 'covered', afterIndex];
      compareProducts(report, before, after, [...path, 'products'], ab, aa);
      comparePractice(report, path, ab, aa, { description: `whom we mean by ${audienceInWords(aa)}` });
    }
    compareExcluded(report, b?.not_covered, a?.not_covered);
    const pb = b?.as_processor;
    const pa = a?.as_processor;
    const path: Path = ['audiences', 'as_processor'];
    if (pb === undefined && pa !== undefined) {
      report({
        kind: 'scope.narrowed',
        path,
        summary: `This policy no longer covers ${quoted(pa.data)}, which we now process only on behalf of our customers.`,
        before: null,
        after: pa,
      });
    } else if (pb !== undefined && pa === undefined) {
      report({
        kind: 'scope.widened',
        path,
        summary: `This policy no longer excludes ${quoted(pb.data)}, which it excluded as data we process for our customers.`,
        before: pb,
        after: null,
      });
    } else if (pb !== undefined && pa !== undefined) {
      comparePractice(report, path, pb, pa, { data: 'which data we process only on behalf of our customers' });
      compareFields(report, path, pb, pa, { dpa_url: 'the link to our data processing agreement' });
      if (Boolean(pb.contact_customer) !== Boolean(pa.contact_customer)) {
        report({
          kind: 'audience.requests_changed',
          path: [...path, 'contact_customer'],
          summary: pa.contact_customer
            ? 'Requests about data we process for our customers now go to the customer concerned.'
            : 'We no longer ask you to send requests about data we process for our customers to the customer concerned.',
          before: pb.contact_customer ?? null,
          after: pa.contact_customer ?? null,
        });
      }
    }
  },
});

function productsIn(model: PolicyModel, ids: readonly string[] | undefined): string {
  return ids === undefined ? '' : ` in ${productsInWords(model, ids)}`;
}

/** An audience covered through fewer products is covered less; through more, more. */
function compareProducts(report: Report<Kind>, before: PolicyModel, after: PolicyModel, path: Path, b: Audience, a: Audience): void {
  const scope = scopeChange(before, after, b.products, a.products);
  if (scope === undefined) return;
  const { added, removed } = scope;
  if (removed.length > 0) {
    report({
      kind: 'scope.narrowed',
      path,
      summary: `This policy no longer covers the personal data of ${audienceInWords(a)}${productsIn(before, removed)}.`,
      before: b.products ?? null,
      after: a.products ?? null,
    });
  }
  if (added.length > 0) {
    report({
      kind: 'scope.widened',
      path,
      summary: `This policy now also covers the personal data of ${audienceInWords(a)}${productsIn(after, added)}.`,
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
  const quote = (items: readonly string[]): string => joinList(items.map(quoted));
  if (retyped.length > 0) report({ kind: 'text.changed', path, summary: 'We corrected the wording of whom this policy does not cover.', before, after });
  if (added.length > 0) report({ kind: 'scope.narrowed', path, summary: `This policy no longer covers the personal data of ${quote(added)}.`, before, after });
  if (removed.length > 0)
    report({ kind: 'scope.widened', path, summary: `This policy no longer excludes the personal data of ${quote(removed)}.`, before, after });
}
