import type { Path } from '../diagnostics.js';
import { lawNames } from './support/jurisdictions.js';
import { citeTool } from './support/transfers.js';
import { defineRule } from './types.js';
import { mechanismEntries } from '../model/transfer-mechanisms.js';

/**
 * "By using the Service, you consent to this transfer", "by accessing …, you agree to the
 * transfer": consent inferred from use, in the company's own words.
 */
const CONSENT_BY_USE = /\bby (?:using|accessing|visiting|continuing to use|signing up)\b[^.]*\b(?:consent|agree)\b/iu;

export const transferConsentExplicit = defineRule({
  meta: {
    id: 'transfer-consent-explicit',
    severity: 'error',
    description:
      'Under the GDPR, the UK GDPR or the FADP, a transfer that relies on consent (derogation_consent) says how explicit consent is asked for (transfers.explicit_consent), and no transfer text infers consent from using the service.',
    rationale:
      "Art. 49(1)(a) allows an occasional transfer without a safeguard only with the person's explicit consent, given for that transfer after being told its risks (EDPB Guidelines 2/2018). Using a service is not consent at all (Art. 4(11), Recital 32), let alone explicit consent. A policy that cites Art. 49(1)(a) without a real request, or says that using the service is consent to a transfer, states the law wrongly: policyc does not publish it. The FADP likewise allows disclosure abroad without a safeguard only where the data subject has explicitly consented to it (Art. 17(1)(a)).",
    messages: {
      consentByUse:
        "'{{sentence}}' infers consent to a transfer from using the service; under {{laws}} consent is a clear affirmative act, and a transfer on consent needs explicit consent to that transfer ({{cite}}).",
      removeSentence:
        'Remove the sentence, and state the safeguard the transfers rely on (dpf, scc, uk_idta, swiss_scc, bcr) in transfer_mechanism or transfers.mechanisms.',
      consentNotDescribed:
        'Transfers rely on explicit consent (derogation_consent), but the policy does not say how that consent is asked for; the published sentence would claim an explicit consent ({{cite}}) the file does not show.',
      describeConsent:
        "Say how in transfers.explicit_consent (e.g. 'with a separate checkbox at sign-up that names the United States and its risks'), or rely on a safeguard instead.",
    },
  },
  check(policy, report, model) {
    const laws = model.transferLaws;
    if (laws.length === 0) return;
    const texts: ReadonlyArray<[Path, string | undefined]> = [
      [['transfers', 'note'], policy.transfers?.note],
      [['transfers', 'explicit_consent'], policy.transfers?.explicit_consent],
      [['transfers', 'user_initiated'], policy.transfers?.user_initiated],
    ];
    for (const [path, text] of texts) {
      const found = text === undefined ? null : CONSENT_BY_USE.exec(text);
      if (!found) continue;
      report({
        path,
        messageId: 'consentByUse',
        hintId: 'removeSentence',
        data: { sentence: found[0], laws: lawNames(laws), cite: citeTool('derogation_consent', laws) },
      });
    }
    if (policy.transfers?.explicit_consent !== undefined) return;
    const relying: Array<{ path: Path }> = [];
    (policy.subprocessors ?? []).forEach((s, index) => {
      for (const { mechanism, path } of mechanismEntries(s, index)) if (mechanism === 'derogation_consent') relying.push({ path });
    });
    const policyWide = policy.transfers?.mechanisms?.indexOf('derogation_consent') ?? -1;
    if (policyWide >= 0) relying.unshift({ path: ['transfers', 'mechanisms', policyWide] });
    const first = relying[0];
    if (first === undefined) return;
    report({
      path: first.path,
      messageId: 'consentNotDescribed',
      hintId: 'describeConsent',
      data: { cite: citeTool('derogation_consent', laws) },
    });
  },
});
