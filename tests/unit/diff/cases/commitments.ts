import { at, type Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'the warrant canary taken down, and a new commitment',
    edit: (p) => {
      p.commitments = (p.commitments ?? []).filter((c) => c.kind !== 'warrant_canary');
      p.commitments.push({ kind: 'no_ai_training' });
    },
    expect: [
      {
        kind: 'commitment.removed',
        path: 'commitments[2]',
        summary: 'We withdrew our commitment that we have never received a secret government request for user data (our warrant canary).',
      },
      { kind: 'commitment.added', path: 'commitments[3]', summary: 'New commitment: we now commit not to use your data to train AI models.' },
    ],
  },
  {
    name: '“we never” watered down to “we strive not to”, a statement of kind other reworded',
    edit: (p) => {
      at(p.commitments, 1).statement = 'Our staff strive not to read your notes.';
      at(p.commitments, 3).statement = 'We try not to show ads in Fieldnote.';
    },
    expect: [
      {
        kind: 'commitment.reworded',
        path: 'commitments[1].statement',
        summary: 'We reworded our commitment that our staff do not access the content of your account; it now reads “Our staff strive not to read your notes.”',
      },
      {
        kind: 'commitment.reworded',
        path: 'commitments[3].statement',
        summary: 'We reworded our commitment “We will never show ads in Fieldnote.”; it now reads “We try not to show ads in Fieldnote.”',
      },
    ],
  },
  {
    name: 'a wider exception and fewer products weaken a commitment; a later canary renews it',
    edit: (p) => {
      at(p.commitments, 1).except = 'when you ask us to for support, or to improve the service';
      at(p.commitments, 1).products = ['app'];
      at(p.commitments, 2).as_of = '2026-03-01';
    },
    expect: [
      {
        kind: 'commitment.weakened',
        path: 'commitments[1].except',
        summary:
          'Our commitment that our staff do not access the content of your account now has other exceptions: “when you ask us to for support, or to improve the service”.',
      },
      {
        kind: 'commitment.weakened',
        path: 'commitments[1].products',
        summary: 'Our commitment that our staff do not access the content of your account no longer covers “Fieldnote Web”.',
      },
      { kind: 'commitment.renewed', path: 'commitments[2].as_of' },
    ],
  },
  {
    name: 'an exception dropped strengthens a commitment; a retyped statement is wording',
    edit: (p) => {
      delete at(p.commitments, 1).except;
      at(p.commitments, 3).statement = 'We will never show ads in Fieldnote';
    },
    expect: [
      { kind: 'commitment.strengthened', summary: 'Our commitment that our staff do not access the content of your account no longer has exceptions.' },
      { kind: 'text.changed', path: 'commitments[3].statement' },
    ],
  },
  {
    name: 'a canary dated earlier is weakened; one scoped to a product widened again is strengthened',
    base: (p) => {
      at(p.commitments, 0).products = ['app'];
    },
    edit: (p) => {
      at(p.commitments, 2).as_of = '2025-12-01';
      delete at(p.commitments, 0).products;
    },
    expect: [
      { kind: 'commitment.weakened', path: 'commitments[2].as_of' },
      { kind: 'commitment.strengthened', path: 'commitments[0].products', summary: 'Our commitment never to sell your data now also covers “Fieldnote Web”.' },
    ],
  },
];
