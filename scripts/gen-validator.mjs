// Compiles schema/privacy.schema.json into src/validate/compiled/validate-policy.js with ajv's
// standalone code, so no run of policyc ever compiles the schema. The schema objects ajv would
// embed (a second copy of the whole schema) are replaced by references into the imported JSON,
// which the error mapping shares; ajv's runtime helpers are bundled in, so the module imports
// nothing but the schema. `npm run build` regenerates it when its inputs change (a fingerprint of
// the schema, this script and the compiler versions sits in the first line), and so does
// `npm run gen` (scripts/gen.mjs), whose check fails a test when it is stale.
import Ajv2020, { _ } from 'ajv/dist/2020.js';
import { formats } from '../src/validate/formats.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const schemaUrl = new URL('schema/privacy.schema.json', root);
export const outUrl = new URL('src/validate/compiled/validate-policy.js', root);
const SCHEMA_IMPORT = '../../../schema/privacy.schema.json';
const formatsUrl = new URL('src/validate/formats.js', root);

/** The options the error mapping relies on: every error, with its schema, parent schema and data. */
export const AJV_OPTIONS = { allErrors: true, strict: true, verbose: true, messages: false, inlineRefs: false };

/** What the generated module depends on: the schema, this generator, and the tools' versions. */
export function fingerprint() {
  const hash = createHash('sha256');
  hash.update(readFileSync(schemaUrl));
  hash.update(readFileSync(new URL(import.meta.url)));
  hash.update(readFileSync(formatsUrl));
  for (const pkg of ['ajv', 'ajv-formats', 'esbuild']) hash.update(JSON.parse(readFileSync(new URL(`node_modules/${pkg}/package.json`, root), 'utf8')).version);
  return hash.digest('hex').slice(0, 16);
}

function banner() {
  return `// Generated from schema/privacy.schema.json by \`npm run gen\` or the build (scripts/gen-validator.mjs, ajv standalone). Do not edit. Inputs: ${fingerprint()}\n`;
}

/** The first line of the generated module, or undefined when there is none yet. */
export function currentBanner() {
  try {
    return `${readFileSync(outUrl, 'utf8').split('\n', 1)[0]}\n`;
  } catch {
    return undefined;
  }
}

export function isFresh() {
  return currentBanner() === banner();
}

export async function generate() {
  const schema = JSON.parse(readFileSync(schemaUrl, 'utf8'));
  const ajv = new Ajv2020.default({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  // The generated code refers to each format as a property of this expression, which esbuild
  // then bundles (resolved from the project root, like the rest of the generated module).
  ajv.opts.code.formats = _`require("./src/validate/formats.js").formats`;
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  // An annotation the rule fragment-fits-sentence and the reference docs read; it validates nothing.
  ajv.addKeyword('x-fragment');
  const code = appendErrorsInPlace(shareSchemaObjects(standaloneCode.default(ajv, ajv.compile(schema)), schema));
  const result = await build({
    stdin: {
      contents: `import schema from ${JSON.stringify(SCHEMA_IMPORT)} with { type: "json" };\n${code}`,
      resolveDir: fileURLToPath(root),
      sourcefile: 'validate-policy.js',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    // 20.10 is the first Node with import attributes, which the JSON import needs.
    target: 'node20.10',
    external: ['*.json'],
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  return banner() + result.outputFiles[0].text;
}

/** Writes the module if its inputs changed; a rename keeps concurrent builds from seeing half a file. */
export async function writeValidator() {
  if (isFresh()) return;
  const code = await generate();
  mkdirSync(new URL('.', outUrl), { recursive: true });
  const staging = new URL(`validate-policy.${process.pid}.tmp`, outUrl);
  writeFileSync(staging, code);
  renameSync(staging, outUrl);
}

/**
 * ajv gathers a sub-schema's errors with `vErrors = vErrors.concat(child.errors)`, copying every
 * error gathered so far each time: quadratic, so a list of 200,000 wrong values never finishes.
 * Appending in place gives the same errors in the same order in linear time. (ajv already hands
 * a child's array on when it has none of its own, so sharing the array is nothing new.)
 */
function appendErrorsInPlace(code) {
  const concat = /vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g;
  if (!concat.test(code)) throw new Error('gen-validator: ajv no longer gathers errors with concat; revisit appendErrorsInPlace');
  const helper = 'function appendErrors(to, more) {\n  if (to === null) return more;\n  for (const error of more) to.push(error);\n  return to;\n}\n';
  return helper + code.replace(concat, 'vErrors = appendErrors(vErrors, $1.errors);');
}

/** Replaces each `const schemaN = {…};` literal by the path of the identical object in `schema`. */
function shareSchemaObjects(code, schema) {
  const paths = new Map();
  (function index(node, path) {
    if (node === null || typeof node !== 'object') return;
    const key = JSON.stringify(node);
    if (!paths.has(key)) paths.set(key, path);
    for (const [k, v] of Object.entries(node)) index(v, `${path}[${JSON.stringify(Array.isArray(node) ? Number(k) : k)}]`);
  })(schema, 'schema');

  let out = '';
  let at = 0;
  const pattern = /const (schema\d+) = \{/g;
  for (let m = pattern.exec(code); m; m = pattern.exec(code)) {
    const start = m.index + m[0].length - 1;
    const end = endOfJsonObject(code, start);
    const path = paths.get(JSON.stringify(JSON.parse(code.slice(start, end))));
    if (!path) throw new Error(`gen-validator: ${m[1]} matches no part of the schema`);
    out += `${code.slice(at, start)}${path}`;
    at = end;
    pattern.lastIndex = end;
  }
  return out + code.slice(at);
}

function endOfJsonObject(code, start) {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('gen-validator: unterminated schema literal');
}
