import { aiCheck } from './checks/ai.js';
import { appPermissionsCheck } from './checks/app-permissions.js';
import { appStoresCheck } from './checks/app-stores.js';
import { audiencesCheck } from './checks/audiences.js';
import { breachCheck } from './checks/breach.js';
import { changesCheck } from './checks/changes.js';
import { childrenCheck } from './checks/children.js';
import { commitmentsCheck } from './checks/commitments.js';
import { contactCheck } from './checks/contact.js';
import { controllerCheck } from './checks/controller.js';
import { cookieListCheck } from './checks/cookie-list.js';
import { cookiesCheck } from './checks/cookies.js';
import { dataCategoriesCheck } from './checks/data-categories.js';
import { deletionStagesCheck } from './checks/deletion-stages.js';
import { disclosuresCheck } from './checks/disclosures.js';
import { documentCheck } from './checks/document.js';
import { governmentRequestsCheck } from './checks/government-requests.js';
import { otherControllersCheck } from './checks/other-controllers.js';
import { jurisdictionsCheck } from './checks/jurisdictions.js';
import { productScopeCheck } from './checks/product-scope.js';
import { productsCheck } from './checks/products.js';
import { financialIncentivesCheck } from './checks/financial-incentives.js';
import { purposesCheck } from './checks/purposes.js';
import { recipientsCheck } from './checks/recipients.js';
import { retentionCheck } from './checks/retention.js';
import { rightsCheck } from './checks/rights.js';
import { rightsProcessCheck } from './checks/rights-process.js';
import { saleCheck } from './checks/sale.js';
import { sectionsCheck } from './checks/sections.js';
import { securityCheck } from './checks/security.js';
import { subprocessorsCheck } from './checks/subprocessors.js';
import { transfersCheck } from './checks/transfers.js';
import { unclassifiedCheck } from './checks/unclassified.js';
import { visibilityCheck } from './checks/visibility.js';
import type { ChangeCheck, KindInfo, Level } from './types.js';

/**
 * Every change check, in the order of the policy's sections: within a level, a notice lists
 * changes in this order. The safety net comes last and sees what the others cover.
 */
const classified: readonly ChangeCheck[] = [
  controllerCheck,
  otherControllersCheck,
  productsCheck,
  audiencesCheck,
  commitmentsCheck,
  jurisdictionsCheck,
  dataCategoriesCheck,
  appPermissionsCheck,
  purposesCheck,
  subprocessorsCheck,
  recipientsCheck,
  disclosuresCheck,
  visibilityCheck,
  saleCheck,
  transfersCheck,
  governmentRequestsCheck,
  retentionCheck,
  deletionStagesCheck,
  securityCheck,
  rightsCheck,
  rightsProcessCheck,
  financialIncentivesCheck,
  childrenCheck,
  cookiesCheck,
  cookieListCheck,
  aiCheck,
  breachCheck,
  changesCheck,
  contactCheck,
  appStoresCheck,
  productScopeCheck,
  sectionsCheck,
  documentCheck,
];

export const checks: readonly ChangeCheck[] = [...classified, unclassifiedCheck(classified)];

export interface KindEntry extends KindInfo {
  kind: string;
  /** The checks that report it (several for `text.changed`). */
  checks: string[];
}

/** Every kind once, sorted by level then name: the documented table. */
export const changeKinds: ReadonlyMap<string, KindEntry> = (() => {
  const kinds = new Map<string, KindEntry>();
  for (const check of checks) {
    for (const [kind, info] of Object.entries(check.kinds) as Array<[string, KindInfo]>) {
      const known = kinds.get(kind);
      if (known) known.checks.push(check.id);
      else kinds.set(kind, { kind, ...info, checks: [check.id] });
    }
  }
  const rank = (level: Level): number => (level === 'material' ? 0 : level === 'minor' ? 1 : 2);
  return new Map([...kinds].sort(([a, x], [b, y]) => rank(x.level) - rank(y.level) || (a < b ? -1 : a > b ? 1 : 0)));
})();
