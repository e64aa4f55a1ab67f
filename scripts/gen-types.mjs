// Derives src/model/policy.generated.ts from schema/privacy.schema.json, so the TypeScript
// types cannot drift from the format. `--check` exits 1 when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

const schemaUrl = new URL('../schema/privacy.schema.json', import.meta.url);
const outUrl = new URL('../src/model/policy.generated.ts', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8'));

// A `$ref` with its own description would become a fresh alias type (IdList1, IdList2, …);
// the generator only needs the shape, so drop annotations that sit beside a `$ref`.
function shapeOnly(node) {
  if (Array.isArray(node)) return node.map(shapeOnly);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (node.$ref && (key === 'description' || key === 'examples')) continue;
    out[key] = shapeOnly(value);
  }
  return out;
}

export async function generate() {
  const { title: _title, $id: _id, ...rest } = shapeOnly(schema);
  return compile(rest, 'Policy', {
    bannerComment: '/* Generated from schema/privacy.schema.json by scripts/gen-types.mjs. Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    style: { singleQuote: true, printWidth: 100 },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ts = await generate();
  if (process.argv.includes('--check')) {
    const current = readFileSync(outUrl, 'utf8');
    if (current !== ts) {
      console.error('src/model/policy.generated.ts is stale: run node scripts/gen-types.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(outUrl, ts);
  }
}
