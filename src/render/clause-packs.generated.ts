/* Generated from the folders under clauses/ by `npm run gen` (scripts/gen-clauses.mjs). Do not edit. */
import type { ClausePack } from './clause-runtime.js';
import * as pack_en from './clause-code.generated.js';
import * as pack_de from './clause-code.de.generated.js';
import * as pack_fr from './clause-code.fr.generated.js';

/** The built-in clauses of each language, compiled (clause-compiler.ts). */
export const CLAUSE_PACKS: Readonly<Record<string, ClausePack>> = {
  "en": pack_en,
  "de": pack_de,
  "fr": pack_fr,
};
