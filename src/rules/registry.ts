import type { Rule } from './types.js';

/** Every semantic rule, in the order their ids sort. Each lives in its own file beside this one. */
export const rules: readonly Rule[] = [];
