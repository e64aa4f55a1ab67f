/**
 * The law base: every fact policyc states or checks about a law lives in this folder. Rules,
 * clause helpers, the model, the diff and the notices read it; none of them spells an article
 * number of its own.
 */
export * from './types.js';
export * from './laws.js';
export * from './citation.js';
export * from './rights.js';
export * from './lawful-bases.js';
export * from './transfers.js';
export * from './special-categories.js';
export * from './ccpa-categories.js';
