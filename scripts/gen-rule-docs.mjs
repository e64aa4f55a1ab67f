// Writes docs/rules.md, the rule reference, from the rule registry (src/rules/registry.ts).
// The rules are TypeScript, so they are bundled in memory first. tests/unit/rules/docs.test.ts
// fails when the committed file is stale; `--check` does the same from the shell.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
const outUrl = new URL('docs/rules.md', root);

const bundle = await build({
  stdin: {
    contents: "export { rules } from './src/rules/registry.ts'; export { renderRuleReference } from './src/rules/docs.ts';",
    resolveDir: root.pathname,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
const source = bundle.outputFiles[0].text;
const { rules, renderRuleReference } = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
const markdown = renderRuleReference(rules);

if (process.argv.includes('--check')) {
  if (readFileSync(outUrl, 'utf8') !== markdown) {
    console.error('docs/rules.md is stale: run node scripts/gen-rule-docs.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(outUrl, markdown);
}
