import type { Address, OtherController } from '../../model/policy.generated.js';
import type { OtherControllerModel } from '../../model/controllers.js';
import type { ControllerScope } from '../../i18n/phrases/en.js';
import { defineCheck } from '../types.js';
import { sameSet } from '../match.js';
import { say } from '../say.js';
import { compareFlagUnstatedAsFalse } from '../wording.js';

type Kind = 'controller.other_added' | 'controller.other_removed' | 'controller.other_changed' | 'controller.other_details_changed';

/**
 * The companies that are the controller instead of the main one for some people. Whoever is the
 * controller of someone's data is who they hold to account and ask for their rights (GDPR Art.
 * 13(1)(a)): a company named, dropped or replaced for someone, for other people than before, or
 * with the main controller beside it or no longer, changes that; new words or contact details for
 * the same company do not.
 */
export const otherControllersCheck = defineCheck<Kind>({
  id: 'other-controllers',
  topic: 'company',
  fields: [
    'controller.other_controllers[].name',
    'controller.other_controllers[].description',
    'controller.other_controllers[].country',
    'controller.other_controllers[].regions',
    'controller.other_controllers[].except_regions',
    'controller.other_controllers[].audiences',
    'controller.other_controllers[].products',
    'controller.other_controllers[].alongside_main',
    'controller.other_controllers[].email',
    'controller.other_controllers[].address',
  ],
  kinds: {
    'controller.other_added': {
      level: 'material',
      description: 'Another company becomes the controller, instead of the main one, for some people (a region, a group, a product).',
    },
    'controller.other_removed': {
      level: 'material',
      description: 'A company is no longer named as the controller for the people it was named for.',
    },
    'controller.other_changed': {
      level: 'material',
      description:
        'Another controller changes: a different company for the same people, the same company for other people, the main controller beside it or no longer, or the country it is established in.',
    },
    'controller.other_details_changed': {
      level: 'minor',
      description: "Another controller's description, email or postal address changes: the same company, described or reached another way.",
    },
  },
  detect(before, after, report) {
    const words = say().otherControllers;
    const { kept, added, removed } = pairControllers(before.otherControllers, after.otherControllers);
    for (const a of added) {
      report({
        kind: 'controller.other_added',
        path: pathOf(a),
        summary: words.added(identity(a.entry), scopeOf(a), a.entry.alongside_main === true),
        after: a.entry,
      });
    }
    for (const b of removed) {
      report({ kind: 'controller.other_removed', path: pathOf(b), summary: words.removed(identity(b.entry), scopeOf(b)), before: b.entry });
    }
    for (const [b, a] of kept) compareKept(b, a, report);
  },
});

function compareKept(b: OtherControllerModel, a: OtherControllerModel, report: Parameters<(typeof otherControllersCheck)['detect']>[2]): void {
  const words = say().otherControllers;
  const path = pathOf(a);
  const now = identity(a.entry);
  if (now !== identity(b.entry)) {
    report({
      kind: 'controller.other_changed',
      path: [...path, a.entry.name === undefined ? 'description' : 'name'],
      summary: words.company(now, identity(b.entry), scopeOf(a)),
      before: identity(b.entry),
      after: now,
    });
  } else if (a.entry.name !== undefined && a.entry.description !== b.entry.description) {
    // A named company's description says what it is: other words for the same company.
    report({
      kind: 'controller.other_details_changed',
      path: [...path, 'description'],
      summary: words.described(now),
      before: b.entry.description,
      after: a.entry.description,
    });
  }
  if (!sameScope(b, a)) {
    report({ kind: 'controller.other_changed', path, summary: words.scope(now, scopeOf(a), scopeOf(b)), before: scopeJson(b), after: scopeJson(a) });
  }
  // Reported as true or false, never absent: alongside the main controller or not.
  compareFlagUnstatedAsFalse(
    report,
    [...path, 'alongside_main'],
    b.entry.alongside_main === true,
    a.entry.alongside_main === true,
    'controller.other_changed',
    (alongside) => words.alongside(now, alongside),
  );
  if (b.entry.country !== a.entry.country) {
    report({
      kind: 'controller.other_changed',
      path: [...path, 'country'],
      summary: words.country(now, a.entry.country, b.entry.country),
      before: b.entry.country,
      after: a.entry.country,
    });
  }
  if (b.entry.email !== a.entry.email) {
    report({ kind: 'controller.other_details_changed', path: [...path, 'email'], summary: words.contact(now), before: b.entry.email, after: a.entry.email });
  }
  if (addressKey(b.entry.address) !== addressKey(a.entry.address)) {
    report({
      kind: 'controller.other_details_changed',
      path: [...path, 'address'],
      summary: words.contact(now),
      before: b.entry.address,
      after: a.entry.address,
    });
  }
}

/** The company as the policy names it: its name, else the phrase that describes it. */
function identity(entry: OtherController): string {
  return entry.name ?? entry.description ?? '';
}

function pathOf(c: OtherControllerModel): Array<string | number> {
  return ['controller', 'other_controllers', c.index];
}

function scopeOf(c: OtherControllerModel): ControllerScope {
  return { regions: c.regions, exceptRegions: c.exceptRegions, groups: c.audiences, products: c.products.map((product) => product.name) };
}

function scopeJson(c: OtherControllerModel): Record<'regions' | 'except_regions' | 'audiences' | 'products', string[]> {
  return {
    regions: [...(c.entry.regions ?? [])],
    except_regions: [...(c.entry.except_regions ?? [])],
    audiences: [...(c.entry.audiences ?? [])],
    products: [...(c.entry.products ?? [])],
  };
}

/** The same people: the same regions (and places excepted), groups and products (by id; a renamed product is the products check's change). */
function sameScope(b: OtherControllerModel, a: OtherControllerModel): boolean {
  return (
    sameSet(b.entry.regions, a.entry.regions) &&
    sameSet(b.entry.except_regions, a.entry.except_regions) &&
    sameSet(b.entry.audiences, a.entry.audiences) &&
    sameSet(b.entry.products, a.entry.products)
  );
}

function scopeKey(c: OtherControllerModel): string {
  const sorted = (items: readonly string[] | undefined): string => [...(items ?? [])].sort().join(',');
  return `${sorted(c.entry.regions)}|${sorted(c.entry.except_regions)}|${sorted(c.entry.audiences)}|${sorted(c.entry.products)}`;
}

function addressKey(address: Address | undefined): string {
  return address === undefined ? '' : [address.street, address.locality, address.region, address.postal_code, address.country].join('|');
}

/**
 * Entries are the same company when they name it alike; an entry renamed but for the same people
 * is that company replaced (a different controller for them), not one removed and one added.
 */
function pairControllers(
  before: readonly OtherControllerModel[],
  after: readonly OtherControllerModel[],
): { kept: Array<[OtherControllerModel, OtherControllerModel]>; added: OtherControllerModel[]; removed: OtherControllerModel[] } {
  const kept: Array<[OtherControllerModel, OtherControllerModel]> = [];
  const left = [...before];
  const unmatched: OtherControllerModel[] = [];
  for (const a of after) {
    const i = left.findIndex((b) => identity(b.entry) === identity(a.entry));
    if (i === -1) unmatched.push(a);
    else kept.push([left.splice(i, 1)[0] as OtherControllerModel, a]);
  }
  const added: OtherControllerModel[] = [];
  for (const a of unmatched) {
    const i = left.findIndex((b) => scopeKey(b) === scopeKey(a));
    if (i === -1) added.push(a);
    else kept.push([left.splice(i, 1)[0] as OtherControllerModel, a]);
  }
  return { kept, added, removed: left };
}
