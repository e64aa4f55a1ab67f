import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'no more notice to users, a new exception, and disclosure in emergencies',
    edit: (p) => {
      const g = p.government_requests;
      if (!g) return;
      g.notify_users = false;
      g.notice_exceptions = ['prohibited', 'emergency', 'counterproductive'];
      g.emergency_disclosure = true;
    },
    expect: [
      { kind: 'government_requests.weakened', summary: 'We no longer promise to tell you before we disclose your data to an authority.' },
      {
        kind: 'government_requests.weakened',
        path: 'government_requests.notice_exceptions',
        summary: 'We may now not tell you about a request for your data when telling you would be counterproductive.',
      },
      { kind: 'government_requests.weakened', summary: 'We may now disclose your data to authorities without legal process in an emergency.' },
    ],
  },
  {
    name: 'foreign requests outside treaties; no legal process; no challenges',
    edit: (p) => {
      const g = p.government_requests;
      if (!g) return;
      g.foreign_via_treaty = false;
      delete g.legal_process;
      delete g.challenge;
    },
    expect: [
      { kind: 'government_requests.weakened', path: 'government_requests.foreign_via_treaty' },
      { kind: 'government_requests.weakened', path: 'government_requests.legal_process' },
      { kind: 'government_requests.weakened', path: 'government_requests.challenge' },
    ],
  },
  {
    name: 'an exception to notice dropped is stronger protection',
    edit: (p) => {
      if (p.government_requests) p.government_requests.notice_exceptions = ['prohibited'];
    },
    expect: [
      {
        kind: 'government_requests.strengthened',
        summary: 'We no longer withhold notice of a request for your data in an emergency.',
      },
    ],
  },
  {
    name: 'the transparency report gone, preservation longer, links and words changed',
    edit: (p) => {
      const g = p.government_requests;
      if (!g) return;
      delete g.transparency_report;
      g.preservation = 'P180D';
      g.guidelines_url = 'https://fieldnote.example/legal/law-enforcement';
      g.legal_process_detail = 'We require a court order for the content of your notes.';
      g.note = 'No government has any direct access to our systems.';
    },
    expect: [
      { kind: 'government_requests.changed', summary: 'We no longer link to a transparency report.' },
      { kind: 'government_requests.changed', summary: "On an authority's request we now preserve data for up to 180 days instead of 90 days." },
      { kind: 'text.changed', path: 'government_requests.guidelines_url' },
      { kind: 'practice.reworded', path: 'government_requests.legal_process_detail' },
      { kind: 'text.changed', path: 'government_requests.note' },
    ],
  },
];
