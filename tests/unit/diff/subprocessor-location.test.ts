import { describe, expect, it } from 'vitest';
import { changeKinds, diffPolicies } from '../../../src/diff/index.js';
import { inLanguage } from '../../../src/i18n/active.js';
import { LANGUAGES } from '../../../src/i18n/languages.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { full } from './support.js';

/** A provider whose location the company does not state (Mozilla VPN names none for Mullvad). */
function withMullvad(location?: string): Policy {
  const policy = full();
  policy.subprocessors?.push({ name: 'Mullvad VPN AB', purpose: 'VPN servers', ...(location === undefined ? {} : { location }) });
  return policy;
}

const summaries = (code: keyof typeof LANGUAGES, before: Policy, after: Policy): string[] =>
  inLanguage(LANGUAGES[code], () => diffPolicies(before, after).changes.map((c) => `${c.level}: ${c.summary}`));

describe('a subprocessor location stated or no longer stated', () => {
  it('is minor when stated for the first time, material when no longer stated', () => {
    expect(changeKinds.get('subprocessor.location_stated')?.level).toBe('minor');
    expect(changeKinds.get('subprocessor.location_unstated')?.level).toBe('material');
  });

  it('is said in German and French without naming a country the file does not state', () => {
    expect(summaries('de', withMullvad(), withMullvad('SE'))).toEqual([
      // The country new to the policy is said under the provider's change, and makes it material.
      'material: Wir geben jetzt an, wo Mullvad VPN AB Ihre Daten verarbeitet: in Schweden.',
    ]);
    expect(summaries('fr', withMullvad('SE'), withMullvad())).toEqual([
      'material: Nous n’indiquons plus où Mullvad VPN AB traite vos données (auparavant : en Suède).',
    ]);
    expect(summaries('de', full(), withMullvad())).toEqual(['material: Wir geben jetzt Daten an Mullvad VPN AB weiter. Tätigkeit für uns: „VPN servers“.']);
  });
});
