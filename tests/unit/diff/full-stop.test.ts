import { describe, expect, it } from 'vitest';
import { oneFullStop } from '../../../src/diff/diff.js';

describe('a change summary ends with one full stop', () => {
  it('drops the stop after a name that has one', () => {
    expect(oneFullStop('We no longer use Stripe, Inc..')).toBe('We no longer use Stripe, Inc.');
  });

  it('drops the stop after a quoted sentence that ends itself, in English and French quotes', () => {
    expect(oneFullStop('We withdrew our commitment “We remain liable.”.')).toBe('We withdrew our commitment “We remain liable.”');
    expect(oneFullStop('Nouvel engagement : « Nous restons responsables.\u00a0».')).toBe('Nouvel engagement : « Nous restons responsables.\u00a0»');
    expect(oneFullStop('We now say “Why not?”.')).toBe('We now say “Why not?”');
  });

  it('keeps the stop after a quoted name, and an ellipsis', () => {
    expect(oneFullStop('New section: “Who is responsible for your data”.')).toBe('New section: “Who is responsible for your data”.');
    expect(oneFullStop('We now say more...')).toBe('We now say more...');
  });
});
