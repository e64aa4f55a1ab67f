import type { Path } from '../../diagnostics.js';
import type { PolicyModel } from '../../model/normalize.js';
import type { Commitment } from '../../model/policy.generated.js';
import { pairBy } from '../match.js';
import { productNames, scopeChange } from '../product-scope.js';
import { say } from '../say.js';
import { defineCheck, type Report } from '../types.js';
import { TEXT_CHANGED, sameWords } from '../wording.js';

type Kind =
  'commitment.added' | 'commitment.removed' | 'commitment.weakened' | 'commitment.reworded' | 'commitment.strengthened' | 'commitment.renewed' | 'text.changed';

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
    const words = say().commitments;
    const reworded = otherRemoved.length === 1 && otherAdded.length === 1 ? { b: otherRemoved[0], a: otherAdded[0] } : undefined;
    for (const { item, index } of pairs.added) {
      if (reworded?.a?.index === index) continue;
      report({
        kind: 'commitment.added',
        path: ['commitments', index],
        summary: words.added(item),
        before: null,
        after: item,
      });
    }
    for (const { item, index } of pairs.removed) {
      if (reworded?.b?.index === index) continue;
      report({
        kind: 'commitment.removed',
        path: ['commitments', index],
        summary: words.removed(item),
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
  const words = say().commitments;
  const reworded = b.statement !== a.statement && !(b.statement !== undefined && a.statement !== undefined && sameWords(b.statement, a.statement));
  if (b.statement !== a.statement) {
    if (!reworded) {
      report({
        kind: 'text.changed',
        path: [...path, 'statement'],
        summary: words.corrected(a),
        before: b.statement,
        after: a.statement,
      });
    } else {
      report({
        kind: 'commitment.reworded',
        path: [...path, 'statement'],
        summary: a.statement === undefined ? words.standard(b, a.kind) : words.reworded(b, a.statement),
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
          ? words.noExceptions(a)
          : changed === 'text.changed'
            ? words.exceptionsCorrected(a)
            : words.exception(a, b.except === undefined, a.except),
      before: b.except ?? null,
      after: a.except ?? null,
    });
  }
  if (b.as_of !== a.as_of) {
    const later = b.as_of !== undefined && a.as_of !== undefined && a.as_of > b.as_of;
    report({
      kind: later ? 'commitment.renewed' : 'commitment.weakened',
      path: [...path, 'as_of'],
      summary: a.as_of === undefined ? words.asOfDropped(a) : later ? words.confirmed(a, a.as_of) : words.asOf(a, a.as_of, b.as_of),
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
        summary: words.productsRemoved(a, productNames(before, removed)),
        before: b.products ?? null,
        after: a.products ?? null,
      });
    }
    if (added.length > 0) {
      report({
        kind: 'commitment.strengthened',
        path: [...path, 'products'],
        summary: words.productsAdded(a, productNames(after, added)),
        before: b.products ?? null,
        after: a.products ?? null,
      });
    }
  }
}
