import { describe, expect, it } from 'vitest';
import { retentionPeriod } from '../../../../src/render/helpers/retention.js';

describe('retentionPeriod', () => {
  it('words durations, with "up to" for a maximum', () => {
    expect(retentionPeriod('P90D')).toBe('for 90 days');
    // No time at all is deleted at once, never "for 0 days" or "for no time".
    expect(retentionPeriod('P0D')).toBe('only until used, then deleted immediately');
    expect(retentionPeriod('PT0S', true)).toBe('only until used, then deleted immediately');
    expect(retentionPeriod('deleted_after_use')).toBe('only until used, then deleted immediately');
    expect(retentionPeriod('not_stored')).toBe('not at all (never stored)');
    // The company's words for when the data is used replace the keyword's, as for any keyword.
    expect(retentionPeriod('deleted_after_use', false, 'the end of the video call')).toBe('until the end of the video call');
    expect(retentionPeriod('P90D', true)).toBe('for up to 90 days');
    expect(retentionPeriod('P1Y')).toBe('for 1 year');
    expect(retentionPeriod('P1Y6M')).toBe('for 1 year and 6 months');
  });

  it('words every open-ended keyword so it follows "We keep it"', () => {
    expect(retentionPeriod('account_lifetime')).toBe('for as long as your account is open');
    expect(retentionPeriod('until_deleted_by_user')).toBe('until you delete the data');
    expect(retentionPeriod('until_consent_withdrawn')).toBe('until you withdraw your consent');
    expect(retentionPeriod('until_purpose_fulfilled')).toBe('until the purpose for which the data was collected has been fulfilled');
    expect(retentionPeriod('as_required_by_law')).toBe('for as long as the law requires');
    expect(retentionPeriod('indefinite')).toBe('indefinitely');
  });

  it('ignores "up to" for open-ended periods', () => {
    expect(retentionPeriod('indefinite', true)).toBe('indefinitely');
  });

  it("puts the company's own end in place of a keyword's, and beside a duration", () => {
    expect(retentionPeriod('until_deleted_by_user', false, 'you delete the item or close your account')).toBe(
      'until you delete the item or close your account',
    );
    expect(retentionPeriod('P90D', true, 'you close your account')).toBe('for up to 90 days or until you close your account');
  });
});
