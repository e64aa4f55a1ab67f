import { citeEach, LAWS } from '../law/index.js';
import { defineRule } from './types.js';

export const forumNotRequestChannel = defineRule({
  meta: {
    id: 'forum-not-request-channel',
    severity: 'error',
    description: 'Requests about rights do not go to the public forum: rights.url is not the address given as contact.forum.',
    rationale:
      'A public forum is a channel where anyone can read what is posted. The policy lists contact.forum with "posts there are public, so do not include personal data in them or make requests about your personal data there", so the same address in rights.url, which the policy offers as "our request form", makes the file contradict itself and the built policy false. It also matters in law: a request names the person and often says what they want done with their data, and the controller must facilitate the exercise of the rights (GDPR and UK GDPR Art. 12(2)) and keep the personal data it handles, requests included, from unauthorised disclosure (Art. 5(1)(f)); a channel that publishes the request does neither. Without rights.email the forum would be the only way the policy offers to exercise rights. An error, not a warning, because the file itself says the address is public. Only the same address is reported (host case, "www." and a trailing slash aside): another page on the forum\'s site may be a private one, such as a private message to the company.',
    messages: {
      onlyChannel:
        'rights.url is your public forum ({{forum}}, contact.forum), and without rights.email it is the only way the policy offers to exercise rights: people would have to post their requests, and who they are, where anyone can read them{{law}}.',
      besideEmail:
        'rights.url is your public forum ({{forum}}, contact.forum), which the policy would offer as a request form: a request posted there is public{{law}}.',
      privateChannel:
        'Point rights.url to a private request form, or remove it and give rights.email, so that requests go to a private channel; keep the forum in contact.forum.',
      emailAlone: 'Remove rights.url, so that requests go to rights.email alone, or point it to a private request form; keep the forum in contact.forum.',
    },
  },
  check(policy, report, model) {
    const forum = policy.contact?.forum;
    const url = policy.rights?.url;
    if (forum === undefined || url === undefined || pageKey(url) !== pageKey(forum)) return;
    const laws = model.laws.filter((law) => LAWS[law].requestsFacilitated !== undefined);
    const law =
      laws.length === 0
        ? ''
        : ` (${citeEach(laws, (l) => LAWS[l].requestsFacilitated)}: facilitate the exercise of rights; ${citeEach(laws, (l) => LAWS[l].confidentiality)}: keep personal data confidential)`;
    const only = policy.rights?.email === undefined;
    report({
      path: ['rights', 'url'],
      messageId: only ? 'onlyChannel' : 'besideEmail',
      hintId: only ? 'privateChannel' : 'emailAlone',
      data: { forum, law },
    });
  },
});

/**
 * The page an address names, for comparing two ways of writing it: the scheme, the case of the
 * host, a leading "www.", a trailing slash and the fragment do not make another page.
 */
function pageKey(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address;
  }
  return `${url.host.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}
