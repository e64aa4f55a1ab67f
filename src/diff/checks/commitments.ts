import type { Path } from '../../diagnostics.js';
import type { PolicyModel } from '../../model/normalize.js';
import type { Commitment } from '../../model/policy.generated.js';
import { pairBy } from '../match.js';
import { productsInWords, scopeChange } from '../product-scope.js';
import { defineCheck, type Report } from '../types.js';
import { TEXT_CHANGED, sameWords } from '../wording.js';
import { quoted } from '../words.js';

type Kind =
  'commitment.added' | 'commitment.removed' | 'commitment.weakened' | 'commitment.reworded' | 'commitment.strengthened' | 'commitment.renewed' | 'text.changed';

/** Each kind as a notice names it, after "our commitment". */
const COMMITMENTS: Readonly<Record<Commitment['kind'], string>> = {
  no_sale: 'never to sell your data',
  no_advertising_sharing: 'never to share your data for cross-context behavioral advertising',
  no_special_categories: 'not to collect special categories of data',
  no_biometrics: 'not to collect biometric data',
  no_staff_access: 'that our staff do not access the content of your account',
  no_third_party_analytics: 'not to use third-party analytics',
  no_third_party_advertising: 'not to use third-party advertising or advertising trackers',
  no_ai_training: 'not to use your data to train AI models',
  warrant_canary: 'that we have never received a secret government request for user data (our warrant canary)',
  other: '',
};

function named(commitment: Commitment): string {
  return commitment.kind === 'other' ? quoted(commitment.statement ?? '') : COMMITMENTS[commitment.kind];
}

/** Statements of kind `other` are told apart by their words; each other kind is one commitment. */
function key(commitment: Commitment): string {
  return commitment.kind === 'other' ? `other|${(commitment.statement ?? '').toLowerCase().replace(/\s+/g, ' ').trim()}` : commitment.kind;
}

/**
 * The company's assurances. A promise dropped or hedged is what a reader most needs to hear of, so
 * removing, weakening or rewording one is material: a tool cannot tell "we never" from "we strive
 * not to" by anything but the words, and the notice quotes them.
 */
export const commitmentsCheck = defineCheck({
  id: 'commitments',
  topic: 'commitments',
  fields: ['commitments'],
  kinds: {
    'commitment.added': { level: 'minor', description: 'A new commitment: something the company promises to do or never to do.' },
    'commitment.removed': { level: 'material', description: 'A commitment is gone (a warrant canary taken down counts).' },
    'commitment.weakened': {
      level: 'material',
      description: 'A commitment has a new or different exception, covers fewer products, or a warrant canary is dated earlier than before.',
    },
    'commitment.reworded': {
      level: 'material',
      description:
        'The words of a commitment change; the summary quotes the new words. Changes of case, spacing or a final full stop alone are `text.changed`.',
    },
    'commitment.strengthened': { level: 'minor', description: 'A commitment loses its exception or covers more products.' },
    'commitment.renewed': { level: 'editorial', description: 'A warrant canary is confirmed as of a later date.' },
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const b = before.source.commitments;
    const a = after.source.commitments;
    const pairs = pairBy(b, a, key);
    // One statement of kind `other` gone and another come is the statement reworded.
    const otherRemoved = pairs.removed.filter(({ item }) => item.kind === 'other');
    const otherAdded = pairs.added.filter(({ item }) => item.kind === 'other');
    const reworded = otherRemoved.length === 1 && otherAdded.length === 1 ? { b: otherRemoved[0], a: otherAdded[0] } : undefined;
    for (const { item, index } of pairs.added) {
      if (reworded?.a?.index === index) continue;
      report({
        kind: 'commitment.added',
        path: ['commitments', index],
        summary: `New commitment: ${item.kind === 'other' ? named(item) : `we now commit ${named(item)}`}.`,
        before: null,
        after: item,
      });
    }
    for (const { item, index } of pairs.removed) {
      if (reworded?.b?.index === index) continue;
      report({
        kind: 'commitment.removed',
        path: ['commitments', index],
        summary: `We withdrew our commitment ${named(item)}.`,
        before: item,
        after: null,
      });
    }
    const kept = pairs.kept.map((k) => ({ before: k.before, after: k.after, index: k.afterIndex }));
    if (reworded?.a !== undefined && reworded.b !== undefined) kept.push({ before: reworded.b.item, after: reworded.a.item, index: reworded.a.index });
    for (const { before: cb, after: ca, index } of kept) compareCommitment(report, before, after, ['commitments', index], cb, ca);
  },
});

function compareCommitment(report: Report<Kind>, before: PolicyModel, after: PolicyModel, path: Path, b: Commitment, a: Commitment): void {
  const reworded = b.statement !== a.statement && !(b.statement !== undefined && a.statement !== undefined && sameWords(b.statement, a.statement));
  if (b.statement !== a.statement) {
    if (!reworded) {
      report({
        kind: 'text.changed',
        path: [...path, 'statement'],
        summary: `We corrected the wording of our commitment ${named(a)}.`,
        before: b.statement,
        after: a.statement,
      });
    } else {
      report({
        kind: 'commitment.reworded',
        path: [...path, 'statement'],
        summary:
          a.statement === undefined
            ? `Our commitment ${named(b)} now reads as our standard wording: ${COMMITMENTS[a.kind] || 'not stated'}.`
            : `We reworded our commitment ${b.kind === 'other' ? named(b) : COMMITMENTS[b.kind]}; it now reads ${quoted(a.statement)}.`,
        before: b.statement ?? null,
        after: a.statement ?? null,
      });
    }
  }
  // An exception dropped while the words are rewritten is part of the new words, which the notice quotes: not a promise that goes further.
  if (b.except !== a.except && !(reworded && a.except === undefined)) {
    const changed =
      a.except === undefined ? 'commitment.strengthened' : b.except !== undefined && sameWords(b.except, a.except) ? 'text.changed' : 'commitment.weakened';
    report({
      kind: changed,
      path: [...path, 'except'],
      summary:
        a.except === undefined
          ? `Our commitment ${named(a)} no longer has exceptions.`
          : changed === 'text.changed'
            ? `We corrected the wording of the exceptions to our commitment ${named(a)}.`
            : `Our commitment ${named(a)} now has ${b.except === undefined ? 'an exception' : 'other exceptions'}: ${quoted(a.except)}.`,
      before: b.except ?? null,
      after: a.except ?? null,
    });
  }
  if (b.as_of !== a.as_of) {
    const later = b.as_of !== undefined && a.as_of !== undefined && a.as_of > b.as_of;
    report({
      kind: later ? 'commitment.renewed' : 'commitment.weakened',
      path: [...path, 'as_of'],
      summary:
        a.as_of === undefined
          ? `Our commitment ${named(a)} no longer says as of when it holds.`
          : later
            ? `We confirmed our commitment ${named(a)} as of ${a.as_of}.`
            : `Our commitment ${named(a)} now holds only as of ${a.as_of}${b.as_of === undefined ? '' : `, no longer as of ${b.as_of}`}.`,
      before: b.as_of ?? null,
      after: a.as_of ?? null,
    });
  }
  const scope = scopeChange(before, after, b.products, a.products);
  if (scope !== undefined) {
    const { added, removed } = scope;
    if (removed.length > 0) {
      report({
        kind: 'commitment.weakened',
        path: [...path, 'products'],
        summary: `Our commitment ${named(a)} no longer covers ${productsInWords(before, removed)}.`,
        before: b.products ?? null,
        after: a.products ?? null,
      });
    }
    if (added.length > 0) {
      report({
        kind: 'commitment.strengthened',
        path: [...path, 'products'],
        summary: `Our commitment ${named(a)} now also covers ${productsInWords(after, added)}.`,
        before: b.products ?? null,
        after: a.products ?? null,
      });
    }
  }
}
