import { describe, expect, it } from 'vitest';
import { CLAUSE_CODE, PARTIAL_CODE } from '../../../src/render/clause-code.generated.js';
import { CLAUSE_NAMES, PARTIAL_NAMES } from '../../../src/render/clause-names.generated.js';
import { checkOverrides } from '../../../src/render/sections.js';

describe('the names of the built-in clauses', () => {
  it('are the compiled clauses and partials, which validate checks overrides against without loading them', () => {
    expect([...CLAUSE_NAMES]).toEqual(Object.keys(CLAUSE_CODE).sort());
    expect([...PARTIAL_NAMES]).toEqual(Object.keys(PARTIAL_CODE).sort());
  });

  it('accept an override of a clause or a partial and refuse any other name', () => {
    expect(() => checkOverrides({ about: '', 'partials/right-item': '' })).not.toThrow();
    expect(() => checkOverrides({ abuot: '' })).toThrow(/no built-in clause of that name.*about/);
  });
});
