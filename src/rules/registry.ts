import { advertisingCookiesAreSharing } from './advertising-cookies-are-sharing.js';
import { advertisingStatesTracking } from './advertising-states-tracking.js';
import { aiTrainingConsistent } from './ai-training-consistent.js';
import { authorizedAgentsAccepted } from './authorized-agents-accepted.js';
import { automatedDecisionsExplained } from './automated-decisions-explained.js';
import { breachAuthorityDeadline } from './breach-authority-deadline.js';
import { ccpaCategoriesListed } from './ccpa-categories-listed.js';
import { ccpaRightsListed } from './ccpa-rights-listed.js';
import { ccpaSaleStatement } from './ccpa-sale-statement.js';
import { changesAdvanceNotice } from './changes-advance-notice.js';
import { childrenConsentAge } from './children-consent-age.js';
import { childrenParentalConsent } from './children-parental-consent.js';
import { childrenSaleOptIn } from './children-sale-opt-in.js';
import { commitmentContradicted } from './commitment-contradicted.js';
import { consentStandsAlone } from './consent-stands-alone.js';
import { consentWithdrawal } from './consent-withdrawal.js';
import { cookieKindDeclared } from './cookie-kind-declared.js';
import { necessaryCookiesOnly } from './necessary-cookies-only.js';
import { dataCategoryHasPurpose } from './data-category-has-purpose.js';
import { dataCategoryHasRetention } from './data-category-has-retention.js';
import { deletionStagesConsistent } from './deletion-stages-consistent.js';
import { doNotTrackStated } from './do-not-track-stated.js';
import { eeaOnlyConsistent } from './eea-only-consistent.js';
import { financialIncentiveNotice } from './financial-incentive-notice.js';
import { forumNotRequestChannel } from './forum-not-request-channel.js';
import { fragmentFitsSentence } from './fragment-fits-sentence.js';
import { fragmentShape } from './fragment-shape.js';
import { gdprRightsListed } from './gdpr-rights-listed.js';
import { gpcHonored } from './gpc-honored.js';
import { inAppRightsListed } from './in-app-rights-listed.js';
import { kindNeedsDetail } from './kind-needs-detail.js';
import { knownAudience } from './known-audience.js';
import { knownCountry } from './known-country.js';
import { knownDataCategory } from './known-data-category.js';
import { knownLanguage } from './known-language.js';
import { knownProduct } from './known-product.js';
import { knownRegion } from './known-region.js';
import { lawfulBasisRequired } from './lawful-basis-required.js';
import { legalObligationDomestic } from './legal-obligation-domestic.js';
import { legitimateInterestStated } from './legitimate-interest-stated.js';
import { limitSensitiveOffered } from './limit-sensitive-offered.js';
import { listItemSplit } from './list-item-split.js';
import { marketingObjectionChannel } from './marketing-objection-channel.js';
import { managementRoleFitsLegalForm } from './management-role-fits-legal-form.js';
import { nothingCollectedConsistent } from './nothing-collected-consistent.js';
import { nothingCollectedPresumed } from './nothing-collected-presumed.js';
import { noContinuedUseAcceptance } from './no-continued-use-acceptance.js';
import { noDuplicateId } from './no-duplicate-id.js';
import { noDuplicateSubprocessor } from './no-duplicate-subprocessor.js';
import { noIndefiniteRetention } from './no-indefinite-retention.js';
import { noPlaceholder } from './no-placeholder.js';
import { onDeviceNotSent } from './on-device-not-sent.js';
import { otherControllerStated } from './other-controller-stated.js';
import { plausibleDate } from './plausible-date.js';
import { representativeAppointed } from './representative-appointed.js';
import { rightsExtensionAllowed } from './rights-extension-allowed.js';
import { rightsGrantedByLaw } from './rights-granted-by-law.js';
import { rightsLimitForEveryone } from './rights-limit-for-everyone.js';
import { rightsResponseTime } from './rights-response-time.js';
import { rightsSameForEveryone } from './rights-same-for-everyone.js';
import { saleOptOut } from './sale-opt-out.js';
import { sectionBodyRenderable } from './section-body-renderable.js';
import { storeMappingDeclared } from './store-mapping-declared.js';
import { subprocessorLocationStated } from './subprocessor-location-stated.js';
import { trackingNeedsAdvertising } from './tracking-needs-advertising.js';
import { transferAdequacyValid } from './transfer-adequacy-valid.js';
import { transferConsentExplicit } from './transfer-consent-explicit.js';
import { transferMechanismRequired } from './transfer-mechanism-required.js';
import { transferNoRoutineDerogation } from './transfer-no-routine-derogation.js';
import { transferSafeguardCopies } from './transfer-safeguard-copies.js';
import { transferSafeguardFitsLaw } from './transfer-safeguard-fits-law.js';
import { transferToolInForce } from './transfer-tool-in-force.js';
import { translationComplete } from './translation-complete.js';
import { valueCutByComment } from './value-cut-by-comment.js';
import { verificationRequestsGranted } from './verification-requests-granted.js';
import type { Rule } from './types.js';

/** Every semantic rule, in the order their ids sort. Each lives in its own file beside this one, named after its id. */
export const rules: readonly Rule[] = [
  advertisingCookiesAreSharing,
  advertisingStatesTracking,
  aiTrainingConsistent,
  authorizedAgentsAccepted,
  automatedDecisionsExplained,
  breachAuthorityDeadline,
  ccpaCategoriesListed,
  ccpaRightsListed,
  ccpaSaleStatement,
  changesAdvanceNotice,
  childrenConsentAge,
  childrenParentalConsent,
  childrenSaleOptIn,
  commitmentContradicted,
  consentStandsAlone,
  consentWithdrawal,
  cookieKindDeclared,
  dataCategoryHasPurpose,
  dataCategoryHasRetention,
  deletionStagesConsistent,
  doNotTrackStated,
  eeaOnlyConsistent,
  financialIncentiveNotice,
  forumNotRequestChannel,
  fragmentFitsSentence,
  fragmentShape,
  gdprRightsListed,
  gpcHonored,
  inAppRightsListed,
  kindNeedsDetail,
  knownAudience,
  knownCountry,
  knownDataCategory,
  knownLanguage,
  knownProduct,
  knownRegion,
  lawfulBasisRequired,
  legalObligationDomestic,
  legitimateInterestStated,
  limitSensitiveOffered,
  listItemSplit,
  managementRoleFitsLegalForm,
  marketingObjectionChannel,
  necessaryCookiesOnly,
  noContinuedUseAcceptance,
  noDuplicateId,
  noDuplicateSubprocessor,
  noIndefiniteRetention,
  noPlaceholder,
  nothingCollectedConsistent,
  nothingCollectedPresumed,
  onDeviceNotSent,
  otherControllerStated,
  plausibleDate,
  representativeAppointed,
  rightsExtensionAllowed,
  rightsGrantedByLaw,
  rightsLimitForEveryone,
  rightsResponseTime,
  rightsSameForEveryone,
  saleOptOut,
  sectionBodyRenderable,
  storeMappingDeclared,
  subprocessorLocationStated,
  trackingNeedsAdvertising,
  transferAdequacyValid,
  transferConsentExplicit,
  transferMechanismRequired,
  transferNoRoutineDerogation,
  transferSafeguardCopies,
  transferSafeguardFitsLaw,
  transferToolInForce,
  translationComplete,
  valueCutByComment,
  verificationRequestsGranted,
];
