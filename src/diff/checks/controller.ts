import { countryInSentence } from '../../model/countries.js';
import { defineCheck } from '../types.js';
import { joinList } from '../../render/helpers/text.js';
import { sameSet } from '../match.js';
import { PRACTICE_REWORDED, TEXT_CHANGED, compareFields, compareTextList } from '../wording.js';

/** Who is responsible for the data. A different legal entity or country is a different deal. */
export const controllerCheck = defineCheck({
  id: 'controller',
  topic: 'company',
  fields: ['controller.name', 'controller.trading_name', 'controller.legal_form', 'controller.registration_number', 'controller.country', 'controller.description', 'controller.scope', 'controller.out_of_scope'],
  kinds: {
    'controller.changed': { level: 'material', description: 'The company responsible for the data changes: its legal name, trading name, legal form, registration number or country.' },
    'practice.reworded': PRACTICE_REWORDED,
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const b = before.source.controller;
    const a = after.source.controller;
    const path = ['controller'];
    if (b.name !== a.name) {
      report({ kind: 'controller.changed', path: [...path, 'name'], summary: `The company responsible for your data is now ${a.name}, no longer ${b.name}.`, before: b.name, after: a.name });
    }
    if (b.trading_name !== a.trading_name) {
      report({
        kind: 'controller.changed',
        path: [...path, 'trading_name'],
        summary: a.trading_name ? `We now trade as ${a.trading_name}${b.trading_name ? ` instead of ${b.trading_name}` : ''}.` : `We no longer trade as ${b.trading_name}.`,
        before: b.trading_name,
        after: a.trading_name,
      });
    }
    if (b.country !== a.country) {
      report({
        kind: 'controller.changed',
        path: [...path, 'country'],
        summary: a.country
          ? `${a.name} is now established in ${countryInSentence(a.country)}${b.country ? ` instead of ${countryInSentence(b.country)}` : ''}.`
          : `The policy no longer says where ${a.name} is established.`,
        before: b.country,
        after: a.country,
      });
    }
    if (b.legal_form !== a.legal_form) {
      report({
        kind: 'controller.changed',
        path: [...path, 'legal_form'],
        summary: a.legal_form ? `${a.name} is now ${a.legal_form}.` : `The policy no longer states the legal form of ${a.name}.`,
        before: b.legal_form,
        after: a.legal_form,
      });
    }
    if (b.registration_number !== a.registration_number) {
      report({
        kind: 'controller.changed',
        path: [...path, 'registration_number'],
        summary: a.registration_number ? `Our registration number is now ${a.registration_number}.` : 'The policy no longer states our registration number.',
        before: b.registration_number,
        after: a.registration_number,
      });
    }
    compareFields(report, path, b, a, { description: 'the description of what we do' });
    // What the policy covers is where the practices apply: a new app is news, not wording.
    if (!sameSet(b.scope, a.scope)) {
      report({
        kind: 'practice.reworded',
        path: [...path, 'scope'],
        summary: a.scope?.length ? `This policy now covers ${joinList(a.scope)}.` : 'The policy no longer lists the sites and services it covers.',
        before: b.scope,
        after: a.scope,
      });
    }
    compareTextList(report, [...path, 'out_of_scope'], 'the list of what this policy does not cover', b.out_of_scope, a.out_of_scope);
  },
});
