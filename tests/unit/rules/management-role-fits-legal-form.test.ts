import { describe, expect, it } from 'vitest';
import { impliedManagement, managementRoleFitsLegalForm as rule } from '../../../src/rules/management-role-fits-legal-form.js';
import { check, sensiblePolicy } from './fixture.js';

describe('management-role-fits-legal-form', () => {
  it('warns where an association names its board as managing directors (a German NGO: "Geschäftsführung" for its Vorstand)', () => {
    const policy = sensiblePolicy();
    policy.controller = { ...policy.controller, name: 'Freunde des Waldes e. V.', managing_directors: ['Erika Mustermann', 'Max Mustermann'] };
    expect(check(rule, policy)).toEqual([
      {
        path: ['controller', 'managing_directors'],
        message:
          "'Freunde des Waldes e. V.' is run by its board, but without management_role the policy calls Erika Mustermann, Max Mustermann its managing directors.",
        hint: 'Add management_role: board under controller, or management_role: managing_directors if they are.',
      },
    ]);
  });

  it('is content once the office is given, whatever it is, and without names', () => {
    const policy = sensiblePolicy();
    policy.controller = {
      ...policy.controller,
      name: 'Freunde des Waldes e. V.',
      managing_directors: ['Erika Mustermann'],
      management_role: 'managing_directors',
    };
    expect(check(rule, policy)).toEqual([]);
    delete policy.controller.managing_directors;
    delete policy.controller.management_role;
    expect(check(rule, policy)).toEqual([]);
  });

  it('reads the legal form before the name', () => {
    const policy = sensiblePolicy();
    policy.controller = { ...policy.controller, name: 'Muster AG', legal_form: 'a sole proprietorship', managing_directors: ['Max Mustermann'] };
    expect(check(rule, policy).map((d) => d.hint)).toEqual([
      'Add management_role: owner under controller, or management_role: managing_directors if they are.',
    ]);
  });

  it('knows the forms by their own names, abbreviations only as written', () => {
    expect(impliedManagement('Swiss Re AG', 'name')).toBe('board');
    expect(impliedManagement('Freunde des Waldes e. V.', 'name')).toBe('board');
    expect(impliedManagement('une fondation reconnue d’utilité publique')).toBe('board');
    expect(impliedManagement('eine Aktiengesellschaft nach deutschem Recht')).toBe('board');
    expect(impliedManagement('an association under the French law of 1901')).toBe('board');
    expect(impliedManagement('Muster & Partner GbR', 'name')).toBe('partners');
    expect(impliedManagement('a general partnership')).toBe('partners');
    expect(impliedManagement('Bäckerei Muster e. K.', 'name')).toBe('owner');
    expect(impliedManagement('ein Einzelunternehmen')).toBe('owner');
    // A GmbH & Co. KG is run by its GmbH's managing directors, an LLP by its members, a GmbH by managing directors.
    expect(impliedManagement('Muster GmbH & Co. KG')).toBeUndefined();
    expect(impliedManagement('a limited liability partnership registered in England')).toBeUndefined();
    expect(impliedManagement('Sessionly GmbH')).toBeUndefined();
    expect(impliedManagement('Flag Ltd')).toBeUndefined();
    // Words of a form in a company's name are no form (a reviewer's false positives), nor is a form run by managing directors.
    for (const name of [
      'Foundation Software GmbH',
      'Charity Digital Ltd',
      'Partnership Media Group GmbH',
      'AG Software GmbH',
      'Acme Verein GmbH',
      'Sole Trader Software Ltd',
    ])
      expect(impliedManagement(name, 'name'), name).toBeUndefined();
    expect(impliedManagement('Gesellschaft mit beschränkter Haftung')).toBeUndefined();
  });
});
