// Derives src/model/policy.generated.ts from schema/privacy.schema.json, so the TypeScript
// types cannot drift from the format. Run through `npm run gen` (scripts/gen.mjs).
import { readFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

const schemaUrl = new URL('../schema/privacy.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8'));

// A `$ref` with its own description would become a fresh alias type (IdList1, IdList2, …);
// the generator only needs the shape, so drop annotations that sit beside a `$ref`.
function shapeOnly(node) {
  if (Array.isArray(node)) return node.map(shapeOnly);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (node.$ref && (key === 'description' || key === 'examples' || key === 'x-fragment')) continue;
    out[key] = shapeOnly(value);
  }
  return out;
}

export async function generate() {
  const { title: _title, $id: _id, ...rest } = shapeOnly(schema);
  return compile(rest, 'Policy', {
    bannerComment: '/* Generated from schema/privacy.schema.json by `npm run gen` (scripts/gen-types.mjs). Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    style: { singleQuote: true, printWidth: 100 },
  });
}
