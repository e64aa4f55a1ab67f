// Kept in step with package.json by tests/unit/version.test.ts; a literal avoids reading
// package.json at start-up.
export const VERSION = '0.1.0';
