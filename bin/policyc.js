#!/usr/bin/env node
// Thin launcher, CommonJS (see package.json here) because Node starts that fastest; all the work is
// in the bundle that dist/launch.cjs runs through a compile cache.
require('../dist/launch.cjs').launch();
