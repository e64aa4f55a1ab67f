import { describe, expect, it } from 'vitest';
import { cookieKindDeclared as rule } from '../../../src/rules/cookie-kind-declared.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('cookie-kind-declared', () => {
  it('accepts cookies of declared kinds, and cookies of no stated kind', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const policy = policyWith((p) => {
      p.cookies!.list = [
        { name: 'sid', kind: 'strictly_necessary', purpose: 'Keeps you signed in' },
        { name: 'pref', purpose: 'Remembers your language' },
      ];
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('reports a cookie whose kind cookies.used leaves out', () => {
    const policy = policyWith((p) => (p.cookies!.list = [{ name: '_fbp', kind: 'advertising', purpose: 'Measures ads' }]));
    expect(check(rule, policy)).toEqual([
      {
        path: ['cookies', 'list', 0, 'kind'],
        message: "Cookie '_fbp' is of kind 'advertising', which cookies.used does not list.",
        hint: "Add 'advertising' to cookies.used, or correct the cookie's kind.",
      },
    ]);
  });
});
