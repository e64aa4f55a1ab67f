#!/usr/bin/env node
// Thin launcher: all work lives in the bundled CLI so start-up loads one file.
import { main } from '../dist/cli.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
