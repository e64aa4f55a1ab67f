import { describe, expect, it } from 'vitest';
import { forumNotRequestChannel as rule } from '../../../src/rules/forum-not-request-channel.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

const FORUM = 'https://community.example-ltd.test/';

describe('forum-not-request-channel', () => {
  it('accepts a forum beside private channels for requests, and a page of the forum site that may be private', () => {
    expect(
      check(
        rule,
        policyWith((p) => (p.contact = { forum: FORUM })),
      ),
    ).toEqual([]);
    const privateMessage = policyWith((p) => {
      p.contact = { forum: FORUM };
      p.rights = { ...p.rights, url: `${FORUM}new-message?groupname=privacy` };
    });
    expect(check(rule, privateMessage)).toEqual([]);
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('reports the forum as the only way to exercise rights, citing Art. 12(2) and 5(1)(f) for the declared laws', () => {
    const policy = policyWith((p) => {
      p.contact = { forum: FORUM };
      // The same page written another way: http, www., no trailing slash.
      p.rights = { ...p.rights, url: 'http://www.Community.example-ltd.test' };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['rights', 'url'],
        message:
          'rights.url is your public forum (https://community.example-ltd.test/, contact.forum), and without rights.email it is the only way the policy offers to exercise rights: people would have to post their requests, and who they are, where anyone can read them (Art. 12(2) GDPR and UK GDPR: facilitate the exercise of rights; Art. 5(1)(f) GDPR and UK GDPR: keep personal data confidential).',
        hint: 'Point rights.url to a private request form, or remove it and give rights.email, so that requests go to a private channel; keep the forum in contact.forum.',
      },
    ]);
  });

  it('reports the forum offered as a request form beside an email, without citations where no GDPR-family law applies', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['ccpa'];
      p.contact = { forum: FORUM };
      p.rights = { ...p.rights, url: FORUM, email: 'privacy@example-ltd.test' };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['rights', 'url'],
        message:
          'rights.url is your public forum (https://community.example-ltd.test/, contact.forum), which the policy would offer as a request form: a request posted there is public.',
        hint: 'Remove rights.url, so that requests go to rights.email alone, or point it to a private request form; keep the forum in contact.forum.',
      },
    ]);
  });
});
