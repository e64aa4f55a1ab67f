import type { Path } from '../../diagnostics.js';
import type { PolicyModel } from '../../model/normalize.js';
import type { ProductScope } from '../../model/policy.generated.js';
import { canonical, pairBy, type Pairing } from '../match.js';
import { productsInWords, scopeChange } from '../product-scope.js';
import { defineCheck, type Report } from '../types.js';
import { categoriesInWords, quoted } from '../words.js';

type Kind = 'product_scope.widened' | 'product_scope.narrowed';

/** An entry of one version with a product scope, and the sentences that say it now applies to more or fewer products. */
interface Scoped {
  path: Path;
  products: ProductScope | undefined;
  more: (products: string) => string;
  less: (products: string) => string;
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
    const compare = <T>(pairs: Pairing<T>, scoped: (item: T, index: number, model: PolicyModel) => Scoped): void => {
      for (const kept of pairs.kept) {
        compareScope(report, before, after, scoped(kept.before, kept.beforeIndex, before), scoped(kept.after, kept.afterIndex, after));
      }
    };
    compare(
      pairBy(b.data_categories, a.data_categories, (c) => c.id),
      (c, i) => ({
        path: ['data_categories', i, 'products'],
        products: c.products,
        more: (products) => `We now also collect ${quoted(c.name)} in ${products}.`,
        less: (products) => `We no longer collect ${quoted(c.name)} in ${products}.`,
      }),
    );
    compare(
      pairBy(b.purposes, a.purposes, (p) => p.id),
      (p, i) => ({
        path: ['purposes', i, 'products'],
        products: p.products,
        more: (products) => `We now also use your data for ${quoted(p.name)} in ${products}.`,
        less: (products) => `We no longer use your data for ${quoted(p.name)} in ${products}.`,
      }),
    );
    compare(
      pairBy(b.subprocessors, a.subprocessors, (s) => s.name),
      (s, i) => ({
        path: ['subprocessors', i, 'products'],
        products: s.products,
        more: (products) => `${s.name} now also receives your data from ${products}.`,
        less: (products) => `${s.name} no longer receives your data from ${products}.`,
      }),
    );
    // Entries for the same data are told apart by their label, then by their order.
    compare(
      pairBy(b.retention, a.retention, (r) => `${canonical([...r.data_categories].sort())}|${r.label ?? ''}`),
      (r, i, model) => {
        const data = r.label === undefined ? categoriesInWords(model, r.data_categories) : quoted(r.label);
        return {
          path: ['retention', i, 'products'],
          products: r.products,
          more: (products) => `How long we keep ${data} now also applies in ${products}.`,
          less: (products) => `How long we keep ${data} no longer applies in ${products}.`,
        };
      },
    );
    if (b.cookies !== undefined && a.cookies !== undefined) {
      const cookies = (products: ProductScope | undefined): Scoped => ({
        path: ['cookies', 'products'],
        products,
        more: (names) => `We now also use cookies in ${names}.`,
        less: (names) => `We no longer use cookies in ${names}.`,
      });
      compareScope(report, before, after, cookies(b.cookies.products), cookies(a.cookies.products));
    }
  },
});

function compareScope(report: Report<Kind>, before: PolicyModel, after: PolicyModel, b: Scoped, a: Scoped): void {
  const scope = scopeChange(before, after, b.products, a.products);
  if (scope === undefined) return;
  if (scope.added.length > 0) {
    report({
      kind: 'product_scope.widened',
      path: a.path,
      summary: a.more(productsInWords(after, scope.added)),
      before: b.products ?? null,
      after: a.products ?? null,
    });
  }
  if (scope.removed.length > 0) {
    report({
      kind: 'product_scope.narrowed',
      path: a.path,
      summary: a.less(productsInWords(before, scope.removed)),
      before: b.products ?? null,
      after: a.products ?? null,
    });
  }
}
