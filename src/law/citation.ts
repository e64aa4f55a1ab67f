import { words } from '../i18n/active.js';
import { joinList } from '../render/helpers/text.js';
import type { Deadline, LawId, Provision } from './types.js';

/** A provision in its law's citation form: "Art. 15 GDPR", "Cal. Civ. Code § 1798.120". */
export function cite(law: LawId, provision: Provision): string {
  return words().law.laws[law].citation.replace('{p}', words().provision(provision));
}

/**
 * One provision that several laws number alike, cited once: "Art. 15 GDPR and UK GDPR". Laws
 * whose citation form differs are cited one by one: "Art. 22 GDPR; Art. 21 FADP".
 */
export function citeAll(laws: readonly LawId[], provision: Provision): string {
  const text = words().law.laws;
  const suffixed = laws.filter((law) => text[law].citation === `{p} ${text[law].abbreviation}`);
  const others = laws.filter((law) => !suffixed.includes(law));
  const parts = suffixed.length === 0 ? [] : [`${words().provision(provision)} ${joinList(suffixed.map((law) => text[law].abbreviation))}`];
  return [...parts, ...others.map((law) => cite(law, provision))].join(words().semicolon);
}

/**
 * One kind of provision of several laws, cited together where they number it alike: "Art. 28
 * GDPR and UK GDPR", "Art. 44–46 GDPR and UK GDPR; Art. 16 FADP"; laws without one are left out.
 */
export function citeEach<L extends LawId>(laws: readonly L[], provision: (law: L) => Provision | undefined): string {
  const byProvision = new Map<Provision, L[]>();
  for (const law of laws) {
    const p = provision(law);
    if (p !== undefined) byProvision.set(p, [...(byProvision.get(p) ?? []), law]);
  }
  return [...byProvision].map(([p, group]) => citeAll(group, p)).join('; ');
}

/** A deadline's provision, cited: "Art. 12(3) GDPR", "Art. 18 Data Protection Ordinance". */
export function citeDeadline(law: LawId, deadline: Deadline): string {
  return deadline.source === undefined
    ? cite(law, deadline.provision)
    : `${words().provision(deadline.provision)} ${words().law.deadlineSources[deadline.source] ?? deadline.source}`;
}

/**
 * A stable id for a provision of a law, for `--explain` and the docs: `gdpr.art-6-1-a`,
 * `ccpa.1798.120`, `uk_gdpr.art-27`.
 */
export function provisionId(law: LawId, provision: Provision): string {
  const slug = provision
    .replace(/^Art\.\s*/u, 'art-')
    // "Art. 21(2) and (3)": gdpr.art-21-2-and-3
    .replace(/\) and \(/gu, '-and-')
    .replace(/^\u00A7\s*/u, '')
    .replace(/\)\(/gu, '-')
    .replace(/[()]/gu, '-')
    .replace(/-+$/u, '')
    .replace(/\s+/gu, '-')
    .toLowerCase();
  return `${law}.${slug}`;
}
