import { describe, expect, it } from 'vitest';
import { listItemSplit as rule } from '../../../src/rules/list-item-split.js';
import { check, sensiblePolicy } from './fixture.js';

describe('list-item-split', () => {
  it('warns where a comma in a flow list cut a phrase in two (GitHub: "technical, and physical security controls")', () => {
    const policy = sensiblePolicy();
    policy.security = { measures: ['appropriate administrative', 'technical', 'and physical security controls'] };
    expect(check(rule, policy)).toEqual([
      {
        path: ['security', 'measures', 2],
        message: "This item starts with 'and', so it most likely continues 'technical': a comma inside [ ] starts a new item in YAML.",
        hint: 'If "appropriate administrative, technical, and physical security controls" is one item, quote it; if "physical security controls" is an item of its own, leave out \'and\'.',
      },
    ]);
  });

  it('reads the words of the policy\'s own language, and "including" too', () => {
    const english = sensiblePolicy();
    english.data_categories[0]!.examples = ['GitHub affiliates', 'including Microsoft'];
    expect(check(rule, english).map((d) => d.path)).toEqual([['data_categories', 0, 'examples', 1]]);
    const german = sensiblePolicy();
    german.policy = { ...german.policy, language: 'de' };
    german.data_categories[0]!.examples = ['Name', 'und E-Mail-Adresse'];
    expect(check(rule, german).map((d) => d.path)).toEqual([['data_categories', 0, 'examples', 1]]);
  });

  it('accepts items that only contain a conjunction, and a first item that starts with one', () => {
    const policy = sensiblePolicy();
    policy.data_categories[0]!.examples = ['name and email address', 'Android or iOS version'];
    policy.security = { measures: ['and-gates', 'encryption'] };
    expect(check(rule, policy)).toEqual([]);
  });
});
