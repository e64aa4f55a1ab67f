import { describe, expect, it } from 'vitest';
import { buildNotice, diffPolicies, renderNotice, triggers } from '../../../src/diff/index.js';
import { resolveLevels } from '../../../src/diff/levels.js';
import { redline, redlineSections, redlineToText, unwrapText } from '../../../src/diff/redline.js';
import { changeKinds } from '../../../src/diff/registry.js';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { LANGUAGE_CODES, LANGUAGES } from '../../../src/i18n/languages.js';
import { full } from './support.js';

function notice(edit: (p: Policy) => void, noticeDate = '2026-01-01', base: Policy = full()) {
  const after = structuredClone(base);
  edit(after);
  const { changes } = diffPolicies(base, after);
  return buildNotice(normalize(base), normalize(after), changes, noticeDate);
}

const materialAndNewDate =
  (date: string) =>
  (p: Policy): void => {
    p.effective_date = date;
    p.purposes.push({ id: 'ads', name: 'Show ads', lawful_basis: 'consent', data_categories: ['usage'] });
  };

describe('the notice period', () => {
  it('is met when the notice date plus the period is on or before the effective date', () => {
    const n = notice(materialAndNewDate('2026-05-01'), '2026-04-01');
    expect(n.timing).toEqual({ applies: true, period: 'P30D', earliestEffectiveDate: '2026-05-01', daysBeforeEffective: 30, sufficient: true });
    expect(n.warning).toBeUndefined();
  });

  it('is missed by a day, with a warning that says what to do', () => {
    const n = notice(materialAndNewDate('2026-04-30'), '2026-04-01');
    expect(n.timing.sufficient).toBe(false);
    expect(n.warning).toBe(
      'This notice is dated 1 April 2026, only 29 days before the changes take effect on 30 April 2026, but the policy promises 30 days of notice before a material change. Move the effective date to 1 May 2026 or later, or send the notice earlier.',
    );
  });

  it('counts a notice sent after the effective date as late', () => {
    const n = notice(materialAndNewDate('2026-03-01'), '2026-03-03');
    expect(n.timing.daysBeforeEffective).toBe(-2);
    expect(n.warning).toContain('dated 3 March 2026, 2 days after the changes take effect on 1 March 2026');
  });

  it('does not apply without a material change, or without a declared period', () => {
    expect(notice((p) => (p.effective_date = '2026-01-02'), '2026-01-01').timing).toMatchObject({ applies: false, sufficient: true });
    const n = notice(materialAndNewDate('2026-01-02'), '2026-01-01', { ...full(), changes: {} });
    expect(n.timing).toEqual({ applies: false, daysBeforeEffective: 1, sufficient: true });
  });

  it('holds a notice that shortens or drops the period to the period people were promised', () => {
    const shortened = notice((p) => {
      materialAndNewDate('2026-02-01')(p);
      p.changes!.notice_period = 'P7D';
    }, '2026-01-20');
    expect(shortened.timing).toMatchObject({ period: 'P30D', earliestEffectiveDate: '2026-02-19', sufficient: false });
    expect(shortened.warning).toContain('but the policy promises 30 days of notice');
    const dropped = notice((p) => {
      materialAndNewDate('2026-02-01')(p);
      delete p.changes!.notice_period;
    }, '2026-01-20');
    expect(dropped.timing).toMatchObject({ period: 'P30D', sufficient: false });
  });

  it('uses a longer new period, compared on the calendar from the notice date', () => {
    const longer = notice((p) => {
      materialAndNewDate('2026-02-25')(p);
      p.changes!.notice_period = 'P60D';
    }, '2026-01-20');
    expect(longer.timing).toMatchObject({ period: 'P60D', sufficient: false });
    // From 1 February, one month is 28 days: P30D is the longer promise.
    const month = notice((p) => {
      materialAndNewDate('2026-03-03')(p);
      p.changes!.notice_period = 'P1M';
    }, '2026-02-01');
    expect(month.timing).toMatchObject({ period: 'P30D', earliestEffectiveDate: '2026-03-03', sufficient: true });
  });
});

describe('the notice', () => {
  it('lists changes by topic, and leaves the new date to the first line', () => {
    const n = notice((p) => {
      p.effective_date = '2026-06-01';
      p.controller.description = 'a notebook app';
      if (p.contact) p.contact.phone = '+44 20 0000 0002';
      materialAndNewDate('2026-06-01')(p);
    });
    expect(n.subject).toBe('Changes to the Fieldnote privacy policy, effective 1 June 2026');
    expect(n.groups.map((g) => [g.topic, g.items.map((i) => i.level)])).toEqual([
      ['company', ['minor', 'editorial']],
      ['use', ['material']],
    ]);
    expect(n.summary).toEqual(['We use your data for a new purpose.', 'One of the ways to reach us changed.']);
    expect(n.changes.map((c) => c.kind)).toContain('effective_date.changed');
  });

  it('says when only the date changes', () => {
    expect(notice((p) => (p.effective_date = '2026-06-01')).intro[0]).toContain('It changes none of our practices; only its date is new.');
  });

  it('applies re-levelling from the base version', () => {
    const base = full();
    if (base.changes) base.changes.levels = { 'purpose.added': 'minor' };
    const n = notice(materialAndNewDate('2026-06-01'), '2026-01-01', base);
    expect(n.groups.flatMap((g) => g.items.map((i) => i.level))).toEqual(['minor']);
    expect(n.timing.applies).toBe(false);
  });

  it('never from the new version: the change under review cannot re-level itself past --fail-on', () => {
    const { changes } = diffPolicies(
      full(),
      (() => {
        const after = full();
        materialAndNewDate('2026-06-01')(after);
        if (after.changes) after.changes.levels = { 'purpose.added': 'editorial', 'changes.levels_changed': 'editorial' };
        return after;
      })(),
    );
    expect(changes.map((c) => [c.kind, c.level])).toEqual(
      expect.arrayContaining([
        ['purpose.added', 'material'],
        ['changes.levels_changed', 'material'],
      ]),
    );
    expect(changes.filter((c) => c.level !== 'material').map((c) => c.kind)).toEqual(['effective_date.changed']);
  });

  it('mentions continued use only when the policy says so', () => {
    const base = full();
    if (base.changes) base.changes.continued_use_is_acceptance = true;
    expect(notice(materialAndNewDate('2026-06-01'), '2026-01-01', base).closing).toEqual([
      'If you continue to use the Fieldnote app after 1 June 2026, the updated policy applies to you.',
    ]);
  });
});

describe('the summary', () => {
  it('says what matters in at most five lines, most important first, then how many more follow', () => {
    const n = notice((p) => {
      p.effective_date = '2026-06-01';
      p.purposes.push({ id: 'ads', name: 'Show ads', lawful_basis: 'consent', data_categories: ['usage'] });
      p.purposes.push({ id: 'stats', name: 'Count visits', lawful_basis: 'consent', data_categories: ['usage'] });
      p.data_categories.push({ id: 'location', name: 'Location', examples: ['city'] });
      p.subprocessors?.push({ name: 'Sentry', purpose: 'Error reports', location: 'US' });
      if (p.cookies) p.cookies.tools = ['Plausible Analytics', 'Meta Pixel'];
      if (p.children) p.children.min_age = 13;
      if (p.contact) p.contact.phone = '+44 20 0000 0002';
      if (p.security) p.security.advice = 'Use a long password.';
    });
    expect(n.summary).toEqual([
      'We collect a new kind of data.',
      'We use your data for 2 new purposes.',
      'A new service provider receives your data.',
      'Younger people can now use our service.',
      'And two more changes, listed below.',
    ]);
  });

  it('is empty when only wording changed, and the first line says so', () => {
    const n = notice((p) => {
      p.effective_date = '2026-06-01';
      if (p.security) p.security.advice = 'Use a long password.';
    });
    expect(n.summary).toEqual([]);
    expect(n.intro[0]).toContain('It changes only how the policy is worded.');
  });

  it('never takes words from the policy, so it reads as sentences whatever the policy says', () => {
    const n = notice((p) => {
      p.effective_date = '2026-06-01';
      p.recipient_categories?.push({ name: 'ad companies', purpose: 'Exclude you from seeing our ads', data_categories: ['account'] });
    });
    expect(n.summary).toEqual(['A new kind of recipient receives your data.']);
    expect(n.groups[0]?.items[0]?.text).toBe(
      'We now share your account information with a new kind of recipient, “ad companies”. What they do for us: “Exclude you from seeing our ads”.',
    );
  });
});

describe('renderers', () => {
  const hostile = (p: Policy): void => {
    p.effective_date = '2026-06-01';
    p.subprocessors?.push({ name: '<script>alert(1)</script> *Evil* [x](javascript:alert(1))', purpose: 'Hosting {{x}}', location: 'US' });
  };

  it('escapes data in HTML and links only http(s) and mailto', () => {
    const html = renderNotice(notice(hostile), 'html');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['https://fieldnote.example/privacy', 'mailto:privacy@fieldnote.example']);
    expect(html).not.toMatch(/<style|<link|<img|<script/);
  });

  it('escapes data in Markdown so it reads as typed', () => {
    const md = renderNotice(notice(hostile), 'md');
    expect(md).toContain('\\<script>alert(1)\\</script> \\*Evil\\* \\[x\\](javascript:alert(1))');
    expect(md).toContain('{{x}}');
  });

  it('wraps text within 72 columns but never breaks an address, with the details of a merged change under it', () => {
    const txt = renderNotice(
      notice((p) => {
        hostile(p);
        for (const e of p.retention ?? [])
          e.exceptions = [{ when: 'a court orders us to keep it for longer than our usual retention periods', until: 'the order ends' }];
      }),
      'txt',
    );
    expect(txt).toContain(
      [
        '  - We may now keep some of your data longer when “a court orders us to',
        '    keep it for longer than our usual retention periods”: until “the',
        '    order ends”. This applies to:',
        '      - Notes of active accounts',
        '      - Account information and usage data',
      ].join('\n'),
    );
    for (const line of txt.split('\n')) if (!line.includes('://')) expect(line.length).toBeLessThanOrEqual(72);
    expect(txt).toContain('https://fieldnote.example/privacy');
  });

  it('writes JSON with the contract fields first', () => {
    const json = JSON.parse(renderNotice(notice(hostile), 'json')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['changes', 'counts', 'effective_date', 'previous_effective_date', 'notice']);
  });
});

describe('levels', () => {
  it('fails on a level and everything above it', () => {
    expect([triggers('material', 'material'), triggers('minor', 'material'), triggers('editorial', 'material')]).toEqual([true, false, false]);
    expect([triggers('material', 'minor'), triggers('minor', 'minor'), triggers('editorial', 'minor')]).toEqual([true, true, false]);
    expect([triggers('material', 'any'), triggers('minor', 'any'), triggers('editorial', 'any')]).toEqual([true, true, true]);
  });

  it('re-levels known kinds and warns about unknown ones, with a suggestion', () => {
    const levels = resolveLevels(changeKinds, { 'subprocessor.added': 'minor', 'subprocesor.removed': 'material', 'foo.bar': 'minor' });
    expect(levels.of('subprocessor.added')).toBe('minor');
    expect(levels.of('subprocessor.removed')).toBe('minor');
    expect(levels.warnings).toEqual([
      "changes.levels names 'foo.bar', which is not a change kind. See docs/diff.md for the list.",
      "changes.levels names 'subprocesor.removed', which is not a change kind. Did you mean 'subprocessor.removed'?",
    ]);
  });
});

describe('redline', () => {
  it('keeps only the paragraphs that changed, marked word by word', () => {
    const before = 'Title\n\nWe keep recordings for 90 days.\n\nUnchanged paragraph.\n\nWe use Stripe.';
    const after = 'Title\n\nWe keep recordings for 180 days.\n\nUnchanged paragraph.\n\nWe use Stripe and Cloudflare.';
    expect(redlineToText(redline(before, after))).toBe('We keep recordings for [-90-]{+180+} days.\n\nWe use Stripe {+and Cloudflare+}.');
  });

  it('is empty for identical texts', () => {
    expect(redline('Same.\n\nText.', 'Same.\n\nText.')).toEqual([]);
  });

  it('names the section of the new policy each changed paragraph is in', () => {
    const before = 'Policy\n======\n\nIntro.\n\nRetention\n---------\n\nWe keep recordings for 90 days.\n\nSharing\n-------\n\nWe use Stripe.';
    const after = before.replace('90 days', '180 days').replace('Stripe.', 'Stripe and\nCloudflare.');
    const blocks = redline(before, after);
    expect(redlineSections(after, blocks)).toEqual(['Retention', 'Sharing']);
  });

  it('in the HTML notice: one paragraph a paragraph, not the lines of the text wrapped again, under its section', () => {
    const built = notice((p) => (p.children = { min_age: 13 }));
    const blocks = redline(
      'Children\n--------\n\nOur service is not for anyone under 16, as\nthe law requires.',
      'Children\n--------\n\nOur service is not for anyone under 13, as\nthe law requires.\n- one\n  item',
    );
    const html = renderNotice({ ...built, redline: blocks, redlineSections: redlineSections('Children\n--------\n\n', blocks) }, 'html');
    expect(html).toContain('>Children</h3>');
    expect(html).toMatch(/under <del[^>]*>16<\/del><ins[^>]*>13<\/ins>, as the law requires\.\n<ins[^>]*>- one item<\/ins><\/p>/);
    expect(unwrapText('a\n  b\n- c\n  d\n1. e')).toBe('a b\n- c d\n1. e');
  });
});

describe.each(LANGUAGE_CODES)('the words of the summary in %s', (language) => {
  const gists = LANGUAGES[language].notice.gists;

  it('has a line for every kind above editorial, and none for a kind that does not exist', () => {
    const missing = [...changeKinds.values()].filter((k) => k.level !== 'editorial' && gists[k.kind] === undefined).map((k) => k.kind);
    expect(missing).toEqual([]);
    expect(Object.keys(gists).filter((kind) => !changeKinds.has(kind))).toEqual([]);
  });

  it('counts only where the English counts, and each line is a sentence', () => {
    for (const [kind, [one, several]] of Object.entries(gists)) {
      expect(one, kind).not.toContain('{n}');
      expect(several.includes('{n}'), kind).toBe(LANGUAGES.en.notice.gists[kind]![1].includes('{n}'));
      expect(one, kind).toMatch(/\.$/);
      expect(several, kind).toMatch(/\.$/);
    }
  });
});

describe('continued use', () => {
  it('names the service, or "our services" where the company has only its legal name', () => {
    const accepting = (p: Policy): void => {
      p.changes = { ...p.changes, continued_use_is_acceptance: true };
      p.effective_date = '2026-05-01';
    };
    const legalOnly = full();
    legalOnly.controller.name = 'Acme Software GmbH';
    delete legalOnly.controller.trading_name;
    if (legalOnly.policy) delete legalOnly.policy.service;
    const closing = notice(accepting, '2026-01-01', legalOnly).closing.join(' ');
    expect(closing).toContain('If you continue to use our services');
    expect(closing).not.toContain('Acme Software GmbH');
  });
});

describe('data names in the summaries', () => {
  it('run on as in the policy: lower case, hyphenated first words too, but a name the file writes as a name keeps its capital', () => {
    const base = full();
    base.controller.name = 'Joplin Ltd';
    base.data_categories.push(
      { id: 'sync', name: 'Joplin synchronisation items', source: 'provided' },
      { id: 'mail', name: 'E-mail address', source: 'provided' },
      { id: 'wifi', name: 'Wi-Fi networks', source: 'automatic' },
    );
    const { changes } = diffPolicies(
      base,
      ((p: Policy) => {
        p.purposes[0]!.data_categories = [...(p.purposes[0]!.data_categories ?? []), 'sync', 'mail', 'wifi'];
        return p;
      })(structuredClone(base)),
    );
    expect(changes.map((c) => c.summary)).toContain(
      'We now also use your Joplin synchronisation items, e-mail address and Wi-Fi networks for “Provide the app”.',
    );
  });
});
