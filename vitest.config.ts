import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Room for the hang guard of a spawned policyc (tests/support/guards.ts) on a loaded machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // End-to-end tests spawn the binary; two cores, so keep workers modest.
    maxWorkers: 2,
  },
});
