import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { loadFixture, variant } from './load-fixture.js';

const md = (policy: Policy): string => renderMarkdown(normalize(policy));

describe('identity verification in the rights process', () => {
  it('states each step: for which requests, when, what is asked, whether it is matched or sworn', () => {
    expect(md(loadFixture('full.yaml'))).toContain(
      'To verify your identity, we ask you for a code we email you. To verify your identity for a request under the right to know or right to delete, if you do not have an account with us, we ask you for your email address and the date of your last order and match it with the information we already hold about you. We also ask you to sign a declaration, under penalty of perjury, that you are the person the request is about. We never ask for your password.',
    );
  });

  it('says nothing the step does not state: no matching, no declaration, no note', () => {
    const out = md(variant('full.yaml', (p) => (p.rights!.verification = { steps: [{ asks: ['your email address'] }] })));
    expect(out).toContain('To verify your identity, we ask you for your email address. We will respond');
    expect(out).not.toMatch(/match it with|penalty of perjury|ask for your password/);
  });

  it('still prints the company’s own sentence, the form files used first', () => {
    const out = md(variant('full.yaml', (p) => (p.rights!.verification = 'We will ask you to confirm a code we email you.')));
    expect(out).toContain('We will ask you to confirm a code we email you. We will respond');
    expect(out).not.toContain('To verify your identity');
  });

  it('says nothing about verification when the file does not', () => {
    const out = md(variant('full.yaml', (p) => delete p.rights!.verification));
    expect(out).not.toMatch(/verify your identity|code we email/);
  });
});
