import { describe, expect, it } from 'vitest';
import { fragmentFitsSentence as rule } from '../../../src/rules/fragment-fits-sentence.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

describe('fragment-fits-sentence', () => {
  it('accepts phrases that complete their sentences', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const policy = policyWith((p) => {
      p.retention = [{ data_categories: ['account'], period: 'P90D', start: 'from the date of the session', until: 'you close your account' }];
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('reports how consent is given written as a clause of its own, showing the sentence it would make', () => {
    const policy = policyWith((p) => {
      item(p.purposes, 2).consent = { how_given: 'we ask for consent when you sign up' };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['purposes', 2, 'consent', 'how_given'],
        message:
          '\'we ask for consent when you sign up\' does not complete its sentence, which would read: "You give your consent we ask for consent when you sign up.". It should be a phrase that says how or when, following "You give your consent".',
        hint: "Write the phrase alone, e.g. 'by ticking the box at sign-up'.",
      },
    ]);
  });

  it('reports an end of retention that repeats "until" or is not an event', () => {
    const policy = policyWith((p) => {
      p.retention = [
        {
          data_categories: ['account'],
          period: 'until_purpose_fulfilled',
          until: 'the time necessary to provide the service',
          exceptions: [{ when: 'a dispute is open', until: 'until it is resolved' }],
        },
      ];
    });
    expect(check(rule, policy).map((problem) => problem.path)).toEqual([
      ['retention', 0, 'until'],
      ['retention', 0, 'exceptions', 0, 'until'],
    ]);
  });

  it('reports two sentences where one phrase belongs', () => {
    const policy = policyWith((p) => {
      item(p.purposes, 1).legitimate_interest = 'fraud prevention. We also keep logs';
    });
    expect(check(rule, policy).map((problem) => problem.path)).toEqual([['purposes', 1, 'legitimate_interest']]);
  });

  it('reports how to appeal and when a request may be declined, written as clauses of their own', () => {
    const policy = policyWith((p) => {
      p.rights!.appeal = { how: 'You can reply to our answer.' };
      p.rights!.exemptions = ['when the law requires us to keep the data', 'we may decline manifestly unfounded requests'];
    });
    expect(check(rule, policy).map((problem) => [problem.path, problem.message])).toEqual([
      [
        ['rights', 'appeal', 'how'],
        `'You can reply to our answer.' does not complete its sentence, which would read: "You can appeal our decision You can reply to our answer.". It should be a phrase that says how, following "You can appeal our decision".`,
      ],
      [
        ['rights', 'exemptions', 1],
        `'we may decline manifestly unfounded requests' does not complete its sentence, which would read: "We may decline a request, or part of it, we may decline manifestly unfounded requests.". It should be a phrase that says when, following "We may decline a request, or part of it,".`,
      ],
    ]);
  });
});
