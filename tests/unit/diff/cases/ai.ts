import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'AI training turned on',
    edit: (p) => {
      if (p.ai) p.ai.training = 'opt_out';
    },
    expect: [
      {
        kind: 'ai.training_changed',
        path: 'ai.training',
        summary: 'We now use your field notes to train AI models unless you opt out. Until now, we did not use your data to train AI models.',
      },
    ],
  },
  {
    name: 'AI training stopped',
    base: (p) => {
      if (p.ai) p.ai.training = 'yes';
    },
    edit: (p) => {
      if (p.ai) p.ai.training = 'never';
    },
    expect: [{ kind: 'ai.training_stopped', summary: 'We no longer use your data to train AI models. Until now, we used your data to train AI models.' }],
  },
  {
    name: 'AI training from opt-in to opt-out',
    base: (p) => {
      if (p.ai) p.ai.training = 'opt_in';
    },
    edit: (p) => {
      if (p.ai) p.ai.training = 'opt_out';
    },
    expect: [
      { kind: 'ai.training_changed', summary: 'We now use your field notes to train AI models unless you opt out. Until now, we did so only if you opted in.' },
    ],
  },
  {
    name: 'AI training limited to one category of data',
    base: (p) => {
      if (p.ai) {
        p.ai.training = 'opt_in';
        delete p.ai.training_data_categories;
      }
    },
    edit: (p) => {
      if (p.ai) p.ai.training_data_categories = ['notes'];
    },
    expect: [{ kind: 'ai.training_narrowed', path: 'ai.training_data_categories', summary: 'AI training now uses only your field notes.' }],
  },
  {
    name: 'AI training widened to more data, then to all of it',
    base: (p) => {
      if (p.ai) {
        p.ai.training = 'opt_in';
        p.ai.training_data_categories = ['notes'];
      }
    },
    edit: (p) => {
      if (p.ai) p.ai.training_data_categories = ['notes', 'usage'];
    },
    expect: [{ kind: 'ai.training_changed', summary: 'We may now also use your usage data to train AI models.' }],
  },
  {
    name: 'AI training no longer limited to some data',
    base: (p) => {
      if (p.ai) {
        p.ai.training = 'opt_in';
        p.ai.training_data_categories = ['notes'];
      }
    },
    edit: (p) => {
      if (p.ai) delete p.ai.training_data_categories;
    },
    expect: [{ kind: 'ai.training_changed', summary: 'AI training may now use any of your data, not only your field notes.' }],
  },
  {
    name: 'a new AI feature',
    edit: (p) => p.ai?.features?.push({ name: 'Smart tags', description: 'Suggests tags for notes.', data_categories: ['notes'], provider: 'Anthropic' }),
    expect: [{ kind: 'ai.feature_added', summary: 'New AI feature: “Smart tags”, using your field notes, provided by Anthropic.' }],
  },
  {
    name: 'an AI feature gone',
    edit: (p) => {
      if (p.ai) p.ai.features = [];
    },
    expect: [{ kind: 'ai.feature_removed', summary: 'We removed the AI feature “Transcription”.' }],
  },
  {
    name: 'an AI feature on other data and another provider',
    edit: (p) => {
      const f = p.ai?.features?.[0];
      if (!f) return;
      f.data_categories = ['notes', 'usage'];
      f.provider = 'OpenAI';
    },
    expect: [
      { kind: 'ai.feature_changed', summary: 'The AI feature “Transcription” now uses your usage data.' },
      { kind: 'ai.feature_changed', summary: 'The AI feature “Transcription” is now provided by OpenAI.' },
    ],
  },
  {
    name: 'automated decisions, on and off',
    edit: (p) => {
      if (p.ai) p.ai.automated_decisions = true;
    },
    expect: [{ kind: 'ai.automated_decisions_started' }],
  },
  {
    name: 'automated decisions stopped',
    base: (p) => {
      if (p.ai) p.ai.automated_decisions = true;
    },
    edit: (p) => {
      if (p.ai) p.ai.automated_decisions = false;
    },
    expect: [{ kind: 'ai.automated_decisions_stopped' }],
  },
  {
    name: 'the logic of automated decisions reworded',
    edit: (p) => {
      if (p.ai) p.ai.decision_logic = 'A model scores each sign-up against known fraud.';
    },
    expect: [
      {
        kind: 'practice.reworded',
        path: 'ai.decision_logic',
        summary: 'We changed how our automated decisions are made; it now reads “A model scores each sign-up against known fraud.”',
      },
    ],
  },
];
