import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { variant } from './load-fixture.js';

/**
 * A public forum (contact.forum) is printed as what it is, with the warning that posts there are
 * public, never as a contact form and never as a way to exercise rights (the Joplin review: its
 * forum was printed as "Contact form").
 */
const md = (policy: Policy, language?: 'de' | 'fr'): string => renderMarkdown(normalize(policy), language === undefined ? {} : { language });

const FORUM = 'https://community.example.org/';
const withForum = (change: (p: Policy) => void = () => {}): Policy =>
  variant('minimal.yaml', (p) => {
    p.jurisdictions = ['gdpr'];
    p.rights = { everyone: ['access', 'erasure'] };
    p.contact = { forum: FORUM };
    change(p);
  });

const contactSection = (markdown: string, heading: string): string => markdown.slice(markdown.indexOf(`\n## ${heading}\n`));
const link = `[${FORUM}](${FORUM})`;

describe('contact.forum', () => {
  it('is listed as a public forum whose posts are public, not as a contact form', () => {
    const out = md(withForum());
    const contact = contactSection(out, 'Contact us');
    expect(contact).toContain(
      `- Public forum: ${link}. Posts there are public, so do not include personal data in them or make requests about your personal data there.`,
    );
    expect(out).not.toContain('Contact form');
  });

  it('is never where the policy sends rights requests: those go to the email', () => {
    const rights = md(withForum()).split('### How to exercise your rights')[1]!.split('\n## ')[0]!;
    expect(rights).toContain('email us at');
    expect(rights).not.toContain(FORUM);
  });

  it('keeps a contact form of its own beside the forum', () => {
    const out = md(withForum((p) => (p.contact = { url: 'https://example.org/contact', forum: FORUM })));
    expect(out).toContain('- Contact form: [https://example.org/contact](https://example.org/contact)');
    expect(out).toContain(`- Public forum: ${link}.`);
  });

  it('says "personal information" where no GDPR-family law applies', () => {
    const out = md(withForum((p) => (p.jurisdictions = ['ccpa'])));
    expect(out).toContain('Posts there are public, so do not include personal information in them or make requests about your personal information there.');
  });

  it('is a public forum in German and French too', () => {
    expect(contactSection(md(withForum(), 'de'), 'Kontakt')).toContain(
      `- Öffentliches Forum: ${link}. Beiträge dort sind öffentlich; geben Sie darin daher keine personenbezogenen Daten an und stellen Sie dort keine Anfragen zu Ihren personenbezogenen Daten.`,
    );
    expect(contactSection(md(withForum(), 'fr'), 'Nous contacter')).toContain(
      `- Forum public : ${link}. Les messages qui y sont publiés sont publics : n’y publiez donc aucune de vos données personnelles et n’y faites aucune demande les concernant.`,
    );
    expect(md(withForum(), 'de')).not.toContain('Kontaktformular');
    expect(md(withForum(), 'fr')).not.toContain('Formulaire de contact');
  });
});
