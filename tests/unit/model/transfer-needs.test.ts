import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/model/normalize.js';
import { variant } from '../render/load-fixture.js';

/**
 * The model says once which locations need a safeguard and under which declared law; the transfer
 * rules and the transfers section read it instead of judging countries again.
 */
describe('the model: which locations need a safeguard, under which law', () => {
  const model = normalize(
    variant('full.yaml', (p) => {
      p.jurisdictions = ['gdpr', 'uk_gdpr', 'swiss_fadp'];
      p.effective_date = '2026-01-01';
      p.controller.country = 'DE';
      p.transfers = { storage: ['DE', 'US'], mechanisms: ['scc'] };
      p.subprocessors![0]!.location = ['IE', 'JP', 'US', 'ZZ'];
      p.subprocessors![1]!.location = 'CH';
    }),
  );

  it('lists each location outside every territory without adequacy, with its place in the list and the laws', () => {
    expect(model.subprocessors[0]!.needs).toEqual([
      { code: 'JP', index: 1, laws: ['swiss_fadp'] },
      { code: 'US', index: 2, laws: ['gdpr', 'uk_gdpr', 'swiss_fadp'] },
    ]);
    expect(model.subprocessors[0]!.outsideLocations).toEqual(['JP', 'US', 'ZZ']);
    // Inside the FADP's territory, adequate under the GDPR and the UK GDPR: nothing needed.
    expect(model.subprocessors[1]!.needs).toEqual([]);
    expect(model.subprocessors[1]!.outside).toBe(false);
  });

  it('says whether the stated safeguards cover every transfer that needs one', () => {
    expect(model.subprocessors[0]!.safeguarded).toBe(true);
    const bare = normalize(
      variant('full.yaml', (p) => {
        p.transfers = {};
        p.subprocessors![0]!.location = 'US';
        delete p.subprocessors![0]!.transfer_mechanism;
      }),
    );
    expect(bare.subprocessors[0]!.safeguarded).toBe(false);
  });

  it('judges storage the same way, and whether the controller is established inside', () => {
    expect(model.storageNeeds).toEqual([{ code: 'US', index: 1, laws: ['gdpr', 'uk_gdpr', 'swiss_fadp'] }]);
    expect(model.establishedInside).toBe(true);
    const abroad = normalize(
      variant('full.yaml', (p) => {
        p.controller.country = 'US';
        if (p.controller.address) p.controller.address.country = 'US';
      }),
    );
    expect(abroad.establishedInside).toBe(false);
  });
});

describe('the model: the transfer tools the policy names, grouped by the laws each is valid under', () => {
  const grounds = (mechanisms: Array<'scc' | 'uk_idta' | 'bcr' | 'none'>, jurisdictions: Array<'gdpr' | 'uk_gdpr' | 'ccpa'>) =>
    normalize(
      variant('full.yaml', (p) => {
        p.jurisdictions = jurisdictions;
        p.transfers = { mechanisms };
      }),
    ).transferGrounds;

  it('puts tools valid under every declared law first, and leaves out a tool valid under none', () => {
    expect(grounds(['scc', 'uk_idta', 'bcr'], ['gdpr', 'uk_gdpr'])).toEqual([
      { laws: ['gdpr', 'uk_gdpr'], mechanisms: ['bcr'] },
      { laws: ['gdpr'], mechanisms: ['scc'] },
      { laws: ['uk_gdpr'], mechanisms: ['uk_idta'] },
    ]);
    expect(grounds(['uk_idta'], ['gdpr'])).toEqual([]);
  });

  it("keeps every tool in one group without laws when no transfer law is declared, and 'none' never", () => {
    expect(grounds(['scc', 'none'], ['ccpa'])).toEqual([{ laws: [], mechanisms: ['scc'] }]);
  });
});
