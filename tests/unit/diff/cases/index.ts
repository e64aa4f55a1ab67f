import type { Case } from './types.js';
import { cases as ai } from './ai.js';
import { cases as appPermissions } from './app-permissions.js';
import { cases as appStores } from './app-stores.js';
import { cases as audiences } from './audiences.js';
import { cases as breach } from './breach.js';
import { cases as changes } from './changes.js';
import { cases as children } from './children.js';
import { cases as commitments } from './commitments.js';
import { cases as contact } from './contact.js';
import { cases as controller } from './controller.js';
import { cases as cookieList } from './cookie-list.js';
import { cases as cookies } from './cookies.js';
import { cases as dataCategories } from './data-categories.js';
import { cases as deletionStages } from './deletion-stages.js';
import { cases as disclosures } from './disclosures.js';
import { cases as document } from './document.js';
import { cases as financialIncentives } from './financial-incentives.js';
import { cases as governmentRequests } from './government-requests.js';
import { cases as jurisdictions } from './jurisdictions.js';
import { cases as otherControllers } from './other-controllers.js';
import { cases as productScope } from './product-scope.js';
import { cases as products } from './products.js';
import { cases as purposes } from './purposes.js';
import { cases as recipients } from './recipients.js';
import { cases as retention } from './retention.js';
import { cases as rights } from './rights.js';
import { cases as rightsProcess } from './rights-process.js';
import { cases as sale } from './sale.js';
import { cases as sections } from './sections.js';
import { cases as security } from './security.js';
import { cases as subprocessors } from './subprocessors.js';
import { cases as transfers } from './transfers.js';
import { cases as visibility } from './visibility.js';

/** One table of cases per check (tests/unit/diff/cases/<check id>.ts), run here against the full fixture. */
export const byCheck: Record<string, Case[]> = {
  ai,
  'app-permissions': appPermissions,
  'app-stores': appStores,
  audiences,
  breach,
  changes,
  children,
  commitments,
  contact,
  controller,
  'cookie-list': cookieList,
  cookies,
  'data-categories': dataCategories,
  'deletion-stages': deletionStages,
  disclosures,
  document,
  'financial-incentives': financialIncentives,
  'government-requests': governmentRequests,
  jurisdictions,
  'other-controllers': otherControllers,
  'product-scope': productScope,
  products,
  purposes,
  recipients,
  retention,
  rights,
  'rights-process': rightsProcess,
  sale,
  sections,
  security,
  subprocessors,
  transfers,
  visibility,
};
