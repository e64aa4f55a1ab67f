import type { Audience, Policy, Purpose } from './policy.generated.js';

/** How purposes refer to a covered group: its own id, else its kind. */
export function audienceRef(audience: Audience): string {
  return audience.id ?? audience.kind;
}

/**
 * The covered groups by reference. A reference that two groups share (two `other` groups without
 * ids) names neither: rule known-audience reports it, and it resolves to nothing here.
 */
export function audiencesByRef(policy: Policy): ReadonlyMap<string, Audience> {
  const counts = new Map<string, number>();
  for (const audience of policy.audiences?.covered ?? []) counts.set(audienceRef(audience), (counts.get(audienceRef(audience)) ?? 0) + 1);
  const byRef = new Map<string, Audience>();
  for (const audience of policy.audiences?.covered ?? []) if (counts.get(audienceRef(audience)) === 1) byRef.set(audienceRef(audience), audience);
  return byRef;
}

/**
 * Whose data a purpose concerns: the groups it names; with no names and one covered group, that
 * group (the policy covers no one else); otherwise none, because the file does not say.
 */
export function purposeSubjects(policy: Policy, byRef: ReadonlyMap<string, Audience>, purpose: Purpose): Audience[] {
  if (purpose.audiences !== undefined) return purpose.audiences.flatMap((ref) => byRef.get(ref) ?? []);
  const covered = policy.audiences?.covered ?? [];
  return covered.length === 1 ? [...covered] : [];
}
