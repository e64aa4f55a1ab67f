import type { CustomSection, SectionId } from '../model/policy.generated.js';
import { didYouMean } from '../validate/suggest.js';
import { charge, renderingItem } from './budget.js';
// Every language's pack has the same clauses (a test holds them to it), so English names them all;
// by name only, so that checking overrides (validate) does not load the compiled clauses.
import { CLAUSE_NAMES, PARTIAL_NAMES } from './clause-names.generated.js';
import { ClauseError } from './clause-error.js';
import { escapeMarkdown } from './helpers/markdown.js';
import { marked, pathOf, sectionText } from './provenance/trace.js';
import { sanitiseMarkdown } from './sanitise-markdown.js';

/** The built-in sections in document order; `intro` (title, dates, summary) always comes first. */
export const SECTION_ORDER: readonly SectionId[] = [
  'about',
  'scope',
  'commitments',
  'collection',
  'use',
  'legal-bases',
  'sharing',
  'visibility',
  'transfers',
  'government-requests',
  'retention',
  'security',
  'rights',
  'children',
  'cookies',
  'ai',
  'breaches',
  'changes',
  'contact',
];

export const INTRO = 'intro';

/**
 * Check the company's overrides: each must name a built-in clause (`about`, `partials/right-item`);
 * anything else, including a name that tries to leave the clause folder, is an error rather than
 * silently ignored.
 */
export function checkOverrides(overrides: Readonly<Record<string, string>>): void {
  for (const name of Object.keys(overrides).sort()) {
    if (name.split(/[\\/]/).some((part) => part === '..' || part === '') || name.startsWith('/')) {
      throw new ClauseError(name, 'an override must be a file inside the clauses folder');
    }
    if (!CLAUSE_NAMES.includes(name) && !PARTIAL_NAMES.includes(name)) {
      const hint = didYouMean(name, [...CLAUSE_NAMES, ...PARTIAL_NAMES].sort());
      throw new ClauseError(name, `there is no built-in clause of that name to override${hint ? `. ${hint}` : ''}`);
    }
  }
}

/**
 * A company's own section: its title as text, its body as Markdown re-written safe and kept below
 * `##`, an empty data cell of its tables saying `notStated` as every table of the policy does.
 */
export function renderCustomSection(section: CustomSection, notStated: string): string {
  // An alias can repeat one long body in many sections: it counts against the render budget,
  // charged before the body is read, as its re-written form is about as long.
  renderingItem(section);
  charge(section.title.length + section.body.length);
  // Under --explain, the title and every sentence of the body trace to the section in the file.
  const path = pathOf(section) ?? [];
  const title = marked(escapeMarkdown(section.title), [{ kind: 'yaml', path: [...path, 'title'] }]);
  return sectionText(`## ${title}\n\n${sanitiseMarkdown(section.body, 3, notStated).trim()}`, [{ kind: 'yaml', path: [...path, 'body'] }]);
}

/**
 * Put the company's sections around the built-in ones: each goes before or after the section it
 * names (even when that section has nothing to say and is left out); a section with no place
 * goes at the end. Sections keep their order in the file.
 */
export function arrange(builtIn: ReadonlyMap<SectionId, string>, custom: readonly CustomSection[], notStated: string): string[] {
  const out: string[] = [];
  for (const id of SECTION_ORDER) {
    for (const section of custom) if (section.before === id && section.after === undefined) out.push(renderCustomSection(section, notStated));
    const text = builtIn.get(id);
    if (text) out.push(text);
    for (const section of custom) if (section.after === id) out.push(renderCustomSection(section, notStated));
  }
  for (const section of custom) if (section.before === undefined && section.after === undefined) out.push(renderCustomSection(section, notStated));
  return out;
}
