/**
 * Time limits that guard against runaway work (a hang, super-linear parsing), not speed goals:
 * each case they bound takes well under a second or two on an idle core, and they are loose
 * enough that a CI machine shared with other jobs does not fail them. Speed is measured by
 * `npm run bench`, side by side, where load cancels out.
 */

/** For work done in the test's own process. */
export const RUNAWAY_MS = 10_000;

/** For a spawned policyc, after which it is killed. */
export const HANG_MS = 40_000;
