/** Runs per property: a bounded few in CI, many more with `npm run fuzz` (FUZZ_RUNS=20000). */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

/** A test's time limit, growing with the runs so a long fuzz is never cut short. */
export const TIMEOUT = Math.max(120_000, RUNS * 250);
