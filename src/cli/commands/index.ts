import type { Command } from 'commander';
import { register as registerBuild } from './build.js';
import { register as registerDiff } from './diff.js';
import { register as registerExport } from './export.js';
import { register as registerInit } from './init.js';
import { register as registerSchema } from './schema.js';
import { register as registerValidate } from './validate.js';

/**
 * Each command lives in its own file and declares its options here, at start-up; the work it
 * does is imported only when the command runs, so `policyc --help` stays cheap.
 */
export function registerCommands(program: Command): void {
  registerValidate(program);
  registerBuild(program);
  registerDiff(program);
  registerExport(program);
  registerInit(program);
  registerSchema(program);
}
