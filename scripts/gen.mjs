// `npm run gen`: rewrites every file in this repository that is derived from another, in the
// order they depend on each other; `npm run gen -- --check` writes nothing and exits 1 naming each
// stale file (tests/unit/generated.test.ts runs it, so a stale file fails exactly one test).
//
//   schema/privacy.schema.json → src/model/policy.generated.ts (types), docs/privacy-yaml.md,
//                                src/validate/compiled/validate-policy.js (not committed)
//   clauses/en/**/*.hbs        → src/render/clause-code.generated.ts
//   src/rules, src/diff        → docs/rules.md, docs/diff.md
//   all of the above, built    → examples/<name>/privacy.{md,html,txt}, written by policyc itself
//
// src/model/countries.generated.ts is not here: it is a snapshot of the ICU country names taken
// once (scripts/gen-countries.mjs), so that output does not change with the Node that runs this.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generate as generateClauses } from './gen-clauses.mjs';
import { generate as generateReference } from './gen-reference.mjs';
import { generate as generateTypes } from './gen-types.mjs';
import { generate as generateValidator } from './gen-validator.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const COMMAND = 'npm run gen';

/** Imports TypeScript from src/ by bundling it in memory, for the references generated from registries. */
async function importTs(contents) {
  const bundle = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}

async function ruleReference() {
  const { rules, renderRuleReference } = await importTs("export { rules } from './src/rules/registry.ts'; export { renderRuleReference } from './src/rules/docs.ts';");
  return renderRuleReference(rules);
}

async function diffReference() {
  const { checks, changeKinds, renderDiffReference } = await importTs("export { checks, changeKinds } from './src/diff/index.ts'; export { renderDiffReference } from './src/diff/docs.ts';");
  return renderDiffReference(checks, changeKinds);
}

/** Each generated file (relative to the root) and the function that gives its content. */
export const FILES = [
  ['src/model/policy.generated.ts', generateTypes],
  ['docs/privacy-yaml.md', generateReference],
  ['src/validate/compiled/validate-policy.js', generateValidator],
  ['src/render/clause-code.generated.ts', generateClauses],
  ['docs/rules.md', ruleReference],
  ['docs/diff.md', diffReference],
];

/** The examples, built by policyc itself from their privacy.yaml. */
export const EXAMPLES = readdirSync(new URL('examples/', `file://${root}`), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function read(file) {
  try {
    return readFileSync(`${root}${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** Runs the built CLI; the examples need a build of the files generated above. */
function policyc(args) {
  return spawnSync(process.execPath, ['bin/policyc.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

const check = process.argv.includes('--check');
const stale = [];
for (const [file, generate] of FILES) {
  const content = await generate();
  if (read(file) === content) continue;
  if (check) stale.push(file);
  else writeFileSync(`${root}${file}`, content);
}
if (!check) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
for (const name of EXAMPLES) {
  const args = ['build', `examples/${name}/privacy.yaml`, '-o', `examples/${name}`];
  const run = policyc(check ? [...args, '--check'] : args);
  if (run.status === 0) continue;
  // `--check` names each stale file on a line of its own; anything else is a failure to build.
  const files = [...run.stderr.matchAll(/^policyc: stale: (.+)$/gm)].map((m) => m[1]);
  if (check && run.status === 1 && files.length > 0) stale.push(...files);
  else throw new Error(`policyc ${args.join(' ')} failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
}
if (stale.length > 0) {
  console.error(`Stale generated files; run \`${COMMAND}\`:\n${stale.map((file) => `  ${file}`).join('\n')}`);
  process.exit(1);
}
