import { describe, expect, it } from 'vitest';
import schema from '../../../schema/privacy.schema.json' with { type: 'json' };
import { fragmentFitsSentence } from '../../../src/rules/fragment-fits-sentence.js';
import { fragmentShape as rule } from '../../../src/rules/fragment-shape.js';
import type { FragmentShape } from '../../../src/rules/support/fragments.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

/** Every `x-fragment` the schema declares, with the name of the field it sits on. */
function declared(): Array<[string, FragmentShape]> {
  const out: Array<[string, FragmentShape]> = [];
  const walk = (node: unknown, key: string): void => {
    if (node === null || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'x-fragment') out.push([key, v as FragmentShape]);
      else walk(v, k);
    }
  };
  walk(schema, '');
  return out;
}

describe('fragment-shape', () => {
  it('accepts the careful policy and phrases that complete their sentences', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const policy = policyWith((p) => {
      p.controller.legal_form = 'a private limited company registered in Ireland';
      p.transfers = { ...p.transfers, storage_detail: 'AWS region eu-west-1' };
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('warns about a legal form written as a clause, showing the sentence it would make', () => {
    const policy = policyWith((p) => (p.controller.legal_form = 'We are a limited company'));
    expect(check(rule, policy)).toEqual([
      {
        path: ['controller', 'legal_form'],
        message:
          '\'We are a limited company\' does not complete its sentence, which would read: "We are We are a limited company.". It should be what kind of entity the company is, with its article, following "We are".',
        hint: "Write the phrase alone, e.g. 'a private limited company registered in England and Wales'.",
      },
    ]);
  });

  it('warns about withdrawal, retention reasons and places in the product that break their sentences', () => {
    const policy = policyWith((p) => {
      item(p.purposes, 2).consent = { how_given: 'by ticking the box', withdraw: 'by clicking unsubscribe' };
      p.retention = [{ data_categories: ['account'], period: 'P1Y', reason: 'we need it for audits', exceptions: [{ when: 'if a dispute is open' }] }];
      p.rights = { ...p.rights, in_app: 'in Settings > Privacy' };
    });
    expect(check(rule, policy).map(({ path }) => path)).toEqual([
      ['purposes', 2, 'consent', 'withdraw'],
      ['retention', 0, 'reason'],
      ['retention', 0, 'exceptions', 0, 'when'],
      ['rights', 'in_app'],
    ]);
  });

  it('lets a whole sentence stand where the clause prints one as it is (cookie control)', () => {
    const sentence = policyWith((p) => (p.cookies = { used: ['strictly_necessary'], control: 'You can change your choices in the cookie banner.' }));
    const broken = policyWith((p) => (p.cookies = { used: ['strictly_necessary'], control: 'you can change them in the banner' }));
    expect(check(rule, sentence)).toEqual([]);
    expect(check(rule, broken).map(({ path }) => path)).toEqual([['cookies', 'control']]);
  });

  it('warns about what a Do Not Track signal changes written as a sentence of its own (cookies.dnt_effect)', () => {
    const withEffect = (effect: string): ReturnType<typeof policyWith> =>
      policyWith((p) => (p.cookies = { used: ['analytics'], honors_dnt: true, dnt_effect: effect }));
    expect(check(rule, withEffect('stop collecting interaction data'))).toEqual([]);
    expect(check(rule, withEffect('We stop collecting interaction data.'))).toEqual([
      {
        path: ['cookies', 'dnt_effect'],
        message:
          '\'We stop collecting interaction data.\' does not complete its sentence, which would read: "When your browser sends a Do Not Track signal, we We stop collecting interaction data.". It should be what the signal changes, as a verb phrase following "we" ("stop collecting …", "do not load …").',
        hint: "Write the phrase alone, e.g. 'stop collecting interaction data'.",
      },
    ]);
    expect(check(rule, withEffect('when DNT is on, interaction data is not collected')).map(({ path }) => path)).toEqual([['cookies', 'dnt_effect']]);
  });

  it('warns about how to opt out of direct marketing written as a sentence of its own (direct_marketing.opt_out)', () => {
    const withOptOut = (optOut: string): ReturnType<typeof policyWith> => policyWith((p) => (item(p.purposes, 1).direct_marketing = { opt_out: optOut }));
    expect(check(rule, withOptOut('use the unsubscribe link at the end of each of our emails'))).toEqual([]);
    expect(check(rule, withOptOut('by clicking unsubscribe')).map(({ path, message }) => [path, message])).toEqual([
      [
        ['purposes', 1, 'direct_marketing', 'opt_out'],
        '\'by clicking unsubscribe\' does not complete its sentence, which would read: "To object, by clicking unsubscribe.". It should be an instruction that completes "To object, …".',
      ],
    ]);
  });

  it('leaves the fields checked before to fragment-fits-sentence, which holds them as errors', () => {
    const policy = policyWith((p) => (item(p.purposes, 2).consent = { how_given: 'we ask for consent when you sign up' }));
    expect(check(rule, policy)).toEqual([]);
    expect(check(fragmentFitsSentence, policy).map(({ path }) => path)).toEqual([['purposes', 2, 'consent', 'how_given']]);
  });

  it('declares for each spliced field a sentence with its place, a shape, and an example that fits it', () => {
    const fragments = declared();
    expect(fragments.map(([key]) => key).sort()).toEqual(
      [
        'audience',
        'condition',
        'condition',
        'control',
        'data',
        'description',
        'dnt_effect',
        // controller.other_controllers[].description: "the company of our group that would employ you".
        'description',
        'except',
        'explicit_consent',
        'how',
        'how_given',
        'in_app',
        'in_app',
        'items',
        'legal_form',
        'legal_obligation',
        'legitimate_interest',
        'opt_in',
        // purposes[].direct_marketing.opt_out: "To object, use the unsubscribe link …".
        'opt_out',
        'provider',
        'reason',
        'source_detail',
        'start',
        'storage_detail',
        'team',
        'until',
        'until',
        'when',
        'when',
        'withdraw',
        'withdraw',
      ].sort(),
    );
    for (const [key, fragment] of fragments) {
      expect(fragment.sentence, key).toContain('{}');
      expect(['error', 'warning'], key).toContain(fragment.level);
      expect(fragment.shape.length, key).toBeGreaterThan(10);
      if (fragment.avoid !== undefined) expect(new RegExp(fragment.avoid, 'iu').test(fragment.example), `${key}: ${fragment.example}`).toBe(false);
    }
  });
});
