import type { Path } from '../../diagnostics.js';
import type { PolicyModel } from '../../model/normalize.js';
import type { ProductScope } from '../../model/policy.generated.js';
import { canonical, pairBy, type Pairing } from '../match.js';
import { productNames, scopeChange } from '../product-scope.js';
import { say } from '../say.js';
import { defineCheck, type Found } from '../types.js';
import { categoryNames } from '../words.js';

type Kind = 'product_scope.widened' | 'product_scope.narrowed';

/** An entry of one version with a product scope, and the sentences that say it now applies to more or fewer products. */
interface Scoped {
  path: Path;
  products: ProductScope | undefined;
  /** The categories of data it is about: a category itself, or those a purpose or provider uses. */
  data?: readonly string[];
  more: (products: readonly string[]) => string;
  less: (products: readonly string[]) => string;
}

/**
 * Which products each practice applies to. An entry that names no products applies to all of
 * them, so scoping it is narrowing and dropping its scope is widening; entries that are new or
 * gone are reported by the check of their own list.
 */
export const productScopeCheck = defineCheck({
  id: 'product-scope',
  topic: 'scope',
  fields: ['data_categories[].products', 'purposes[].products', 'subprocessors[].products', 'retention[].products', 'cookies.products'],
  kinds: {
    'product_scope.widened': {
      level: 'material',
      description: 'A data category, purpose, service provider, retention period or the cookies now apply to a product they did not apply to before.',
    },
    'product_scope.narrowed': {
      level: 'minor',
      description: 'A data category, purpose, service provider, retention period or the cookies no longer apply to some product.',
    },
  },
  detect(before, after, report) {
    const b = before.source;
    const a = after.source;
    const found: ScopeFound[] = [];
    const words = say().productScope;
    const compare = <T>(pairs: Pairing<T>, scoped: (item: T, index: number, model: PolicyModel) => Scoped): void => {
      for (const kept of pairs.kept) {
        found.push(...compareScope(before, after, scoped(kept.before, kept.beforeIndex, before), scoped(kept.after, kept.afterIndex, after)));
      }
    };
    compare(
      pairBy(b.data_categories, a.data_categories, (c) => c.id),
      (c, i) => ({
        path: ['data_categories', i, 'products'],
        products: c.products,
        data: [c.id],
        more: (products) => words.categoryMore(c.name, products),
        less: (products) => words.categoryLess(c.name, products),
      }),
    );
    compare(
      pairBy(b.purposes, a.purposes, (p) => p.id),
      (p, i) => ({
        path: ['purposes', i, 'products'],
        products: p.products,
        data: p.data_categories ?? [],
        more: (products) => words.purposeMore(p.name, products),
        less: (products) => words.purposeLess(p.name, products),
      }),
    );
    compare(
      pairBy(b.subprocessors, a.subprocessors, (s) => s.name),
      (s, i) => ({
        path: ['subprocessors', i, 'products'],
        products: s.products,
        data: s.data_categories ?? [],
        more: (products) => words.providerMore(s.name, products),
        less: (products) => words.providerLess(s.name, products),
      }),
    );
    // Entries for the same data are told apart by their label, then by their order.
    compare(
      pairBy(b.retention, a.retention, (r) => `${canonical([...r.data_categories].sort())}|${r.label ?? ''}`),
      (r, i, model) => {
        const data = categoryNames(model, r.data_categories);
        return {
          path: ['retention', i, 'products'],
          products: r.products,
          more: (products) => words.retentionMore(r.label, data, products),
          less: (products) => words.retentionLess(r.label, data, products),
        };
      },
    );
    if (b.cookies !== undefined && a.cookies !== undefined) {
      const cookies = (products: ProductScope | undefined): Scoped => ({
        path: ['cookies', 'products'],
        products,
        more: (names) => words.cookiesMore(names),
        less: (names) => words.cookiesLess(names),
      });
      found.push(...compareScope(before, after, cookies(b.cookies.products), cookies(a.cookies.products)));
    }
    for (const f of withTheirData(found)) report(f);
  },
});

/** A change of scope, with the categories it is about and the products it gained or lost. */
interface ScopeFound extends Found<Kind> {
  data?: readonly string[];
  products: readonly string[];
  category: boolean;
}

/**
 * A category of data collected in fewer (or more) products, and a purpose or provider that uses
 * only such categories and changes for the same products, are one decision: the purpose or
 * provider is said under the category ("We no longer collect “Mobile campaign data” in “Firefox
 * for iOS”", with "Adjust no longer receives your data from “Firefox for iOS”" under it).
 */
function withTheirData(found: readonly ScopeFound[]): Array<Found<Kind>> {
  const key = (f: ScopeFound): string => `${f.kind}|${[...f.products].sort().join(',')}`;
  const categories = new Map<string, ScopeFound>();
  for (const f of found) if (f.category && f.data?.[0] !== undefined) categories.set(`${key(f)}|${f.data[0]}`, f);
  const led = new Map<ScopeFound, ScopeFound>();
  for (const f of found) {
    if (f.category || !f.data?.length) continue;
    const leads = f.data.map((id) => categories.get(`${key(f)}|${id}`));
    if (leads.every((l) => l !== undefined)) led.set(f, leads[0] as ScopeFound);
  }
  const leaders = new Set(led.values());
  return found.map((own) => {
    const { data: _data, products: _products, category: _category, ...f } = own;
    const lead = led.get(own) ?? (leaders.has(own) ? own : undefined);
    return lead === undefined ? f : { ...f, cause: { key: `product-scope:${lead.path.join('.')}`, summary: lead.summary, detail: f.summary } };
  });
}

function compareScope(before: PolicyModel, after: PolicyModel, b: Scoped, a: Scoped): ScopeFound[] {
  const scope = scopeChange(before, after, b.products, a.products);
  if (scope === undefined) return [];
  const found: ScopeFound[] = [];
  const category = a.path[0] === 'data_categories';
  if (scope.added.length > 0) {
    found.push({
      kind: 'product_scope.widened',
      path: a.path,
      summary: a.more(productNames(after, scope.added)),
      before: b.products ?? null,
      after: a.products ?? null,
      data: a.data,
      products: scope.added,
      category,
    });
  }
  if (scope.removed.length > 0) {
    found.push({
      kind: 'product_scope.narrowed',
      path: a.path,
      summary: a.less(productNames(before, scope.removed)),
      before: b.products ?? null,
      after: a.products ?? null,
      data: b.data,
      products: scope.removed,
      category,
    });
  }
  return found;
}
