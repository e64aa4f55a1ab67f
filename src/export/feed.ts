import { countryName } from '../model/countries.js';
import type { PolicyModel, SubprocessorModel } from '../model/normalize.js';
import { safeUrl } from '../render/safe-url.js';
import { xmlText } from './xml.js';

/** One version of the policy in its history, oldest first; `model` is what it declared. */
export interface PolicyVersion {
  model: PolicyModel;
  /** Where it came from, for messages: `3f2a1c9` or the file on disk. */
  label: string;
}

export type SubprocessorChangeKind = 'added' | 'removed' | 'moved';

export interface SubprocessorChange {
  kind: SubprocessorChangeKind;
  /** The index in the history of the version that made the change. */
  version: number;
  /** The effective date of the version that made the change. */
  date: string;
  provider: SubprocessorModel;
  /** For `moved`: where it processed data before. */
  from?: readonly string[];
}

/** A provider is the same provider in two versions when its name is, ignoring case and spacing. */
const key = (s: SubprocessorModel): string => s.name.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The changes to the subprocessor list along a history, oldest first: a provider added, removed,
 * or moved (its locations changed), each dated by the effective date of the version that made it.
 */
export function subprocessorChanges(history: readonly PolicyVersion[]): SubprocessorChange[] {
  const changes: SubprocessorChange[] = [];
  for (let i = 1; i < history.length; i++) {
    const before = new Map((history[i - 1] as PolicyVersion).model.subprocessors.map((s) => [key(s), s]));
    const { model } = history[i] as PolicyVersion;
    const after = new Map(model.subprocessors.map((s) => [key(s), s]));
    const date = model.source.effective_date;
    for (const [name, provider] of after) {
      const old = before.get(name);
      if (old === undefined) changes.push({ kind: 'added', version: i, date, provider });
      else if (!sameLocations(old.locations, provider.locations)) changes.push({ kind: 'moved', version: i, date, provider, from: old.locations });
    }
    for (const [name, provider] of before) if (!after.has(name)) changes.push({ kind: 'removed', version: i, date, provider });
  }
  return changes;
}

function sameLocations(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/** The date of the latest change to the list, if the history shows one. */
export function lastListChange(history: readonly PolicyVersion[]): string | undefined {
  return subprocessorChanges(history).at(-1)?.date;
}

/** At most this many entries, the newest: a feed reader wants recent changes, and output stays bounded. */
export const MAX_ENTRIES = 200;

/**
 * An Atom feed (RFC 4287) of the subprocessor changes along a history, newest first. Ids are tag
 * URIs (RFC 4151) minted from the policy's own domain, the date and the provider, so an entry keeps
 * its id however often the feed is rebuilt.
 */
export function exportFeed(history: readonly PolicyVersion[]): string {
  const current = (history.at(-1) as PolicyVersion).model;
  const authority = tagAuthority(current);
  const first = (history[0] as PolicyVersion).model.source.effective_date;
  // Newest version first; within a version, in the order the change lists them.
  const changes = subprocessorChanges(history)
    .sort((a, b) => b.version - a.version)
    .slice(0, MAX_ENTRIES);
  const updated = changes[0]?.date ?? current.source.effective_date;
  const link = alternateLink(current);
  const used = new Set<string>();
  const entries = changes.map((change) => {
    let id = `tag:${authority},${change.date}:subprocessors/${change.kind}/${slug(change.provider.name)}`;
    for (let n = 2; used.has(id); n++) id = `${id.replace(/~\d+$/, '')}~${n}`;
    used.add(id);
    return [
      '  <entry>',
      `    <id>${xmlText(id)}</id>`,
      `    <title>${xmlText(entryTitle(change))}</title>`,
      `    <updated>${change.date}T00:00:00Z</updated>`,
      `    <summary>${xmlText(entrySummary(change))}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${xmlText(`Subprocessor changes: ${current.companyName}`)}</title>`,
    // Without entries a reader cannot tell "no change yet" from "no data": the current version says which.
    ...(current.collectsNothing
      ? [`  <subtitle>${xmlText(`${current.companyName} collects no personal data, so no subprocessor processes any on its behalf.`)}</subtitle>`]
      : []),
    `  <id>${xmlText(`tag:${authority},${first}:subprocessors`)}</id>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    '  <author>',
    `    <name>${xmlText(current.companyName)}</name>`,
    `    <email>${xmlText(current.privacyEmail)}</email>`,
    '  </author>',
    ...(link === undefined ? [] : [`  <link rel="alternate" href="${xmlText(link)}"/>`]),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

function entryTitle(change: SubprocessorChange): string {
  const verb = change.kind !== 'moved' ? { added: 'Added', removed: 'Removed' }[change.kind] : movedVerb(change.from ?? [], change.provider.locations);
  return `${verb}: ${change.provider.name}`;
}

/** A location stated for the first time, or no longer, is not a move: nothing says where it was, or is. */
function movedVerb(from: readonly string[], to: readonly string[]): string {
  if (from.length === 0) return 'Location stated';
  return to.length === 0 ? 'Location no longer stated' : 'Moved';
}

function entrySummary({ kind, provider, from }: SubprocessorChange): string {
  const where = (codes: readonly string[]): string => codes.map(countryName).join(', ');
  const before = from ?? [];
  if (kind === 'added') {
    if (provider.locations.length === 0) return `${provider.name} became a subprocessor (${provider.purpose}); where it processes data is not stated.`;
    return `${provider.name} became a subprocessor (${provider.purpose}), processing data in ${where(provider.locations)}.`;
  }
  if (kind === 'removed') return `${provider.name} is no longer a subprocessor.`;
  if (before.length === 0) return `${provider.name} (${provider.purpose}) processes data in ${where(provider.locations)}; before, where it did was not stated.`;
  if (provider.locations.length === 0)
    return `Where ${provider.name} (${provider.purpose}) processes data is no longer stated; before, it was in ${where(before)}.`;
  return `${provider.name} (${provider.purpose}) now processes data in ${where(provider.locations)}, before in ${where(before)}.`;
}

/** The domain that mints the ids: the policy's address, else the company's website, else its email domain. */
function tagAuthority(model: PolicyModel): string {
  for (const url of [model.source.policy?.url, model.source.controller.website]) {
    if (url === undefined || safeUrl(url) === null) continue;
    try {
      return new URL(url).hostname.toLowerCase();
    } catch {
      // Not parseable as a URL after all: the next candidate.
    }
  }
  return (model.source.controller.email.split('@').at(-1) ?? 'invalid').toLowerCase();
}

function alternateLink(model: PolicyModel): string | undefined {
  const url = model.source.policy?.url ?? model.source.controller.website;
  return url !== undefined && safeUrl(url) !== null && /^https?:/i.test(url) ? url : undefined;
}

/** A provider's name as the last segment of a tag URI: lower-case letters, digits and hyphens. */
function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'provider'
  );
}
