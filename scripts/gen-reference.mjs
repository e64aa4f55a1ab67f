// docs/privacy-yaml.md, the field reference, from schema/privacy.schema.json. Run through
// `npm run gen` (scripts/gen.mjs).
import { readFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync(new URL('../schema/privacy.schema.json', import.meta.url), 'utf8'));

function resolve(node) {
  let current = node;
  const seen = new Set();
  while (current.$ref && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    const target = schema.$defs[current.$ref.replace('#/$defs/', '')];
    // Annotations beside a $ref win over the target's.
    const { $ref: _ref, ...local } = current;
    current = { ...target, ...local };
  }
  return current;
}

function typeOf(node) {
  const n = resolve(node);
  if (n.enum) return `one of ${n.enum.map((v) => `\`${v}\``).join(', ')}`;
  if (n.anyOf) return n.anyOf.map(typeOf).join(' or ');
  if (n.type === 'array') return `list of ${typeOf(n.items ?? {})}`;
  if (n.type === 'object' && n.additionalProperties && typeof n.additionalProperties === 'object') return `map to ${typeOf(n.additionalProperties)}`;
  if (n.type === 'string') {
    if (n.format === 'date') return 'date (YYYY-MM-DD)';
    if (n.format === 'email') return 'email';
    if (n.format === 'uri') return 'URL (http/https)';
    if (n.pattern?.startsWith('^P')) return 'ISO 8601 duration';
    if (n.pattern === '^[A-Z]{2}$') return 'country code';
    return 'text';
  }
  return n.type ?? 'value';
}

function cell(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function example(node) {
  const n = resolve(node);
  if (!n.examples || n.examples.length === 0) return '';
  const value = n.examples[0];
  return `\`${cell(typeof value === 'string' ? value : JSON.stringify(value))}\``;
}

// A field a clause puts inside a sentence (`x-fragment`): the sentence, the shape it needs and
// a phrase that fits, as validate checks them (rules fragment-fits-sentence and fragment-shape);
// then the German and French sentence, which a policy in that language prints instead.
function fragment(node) {
  const f = node['x-fragment'];
  if (!f) return '';
  const sentence = f.sentence.replace('{}', '___');
  const english = ` In a sentence: “${cell(sentence)}”, where ___ is ${cell(f.shape)}, e.g. “${cell(f.example)}”; validate reports a misfit as ${f.level === 'error' ? 'an error' : 'a warning'}.`;
  return `${english}${OTHER_LANGUAGES.map(([code, name]) => otherLanguage(f[code], code, name)).join('')}`;
}

/** The languages declared beside the English in each `x-fragment`, as the reference names them. */
const OTHER_LANGUAGES = [
  ['de', 'German'],
  ['fr', 'French'],
];

function otherLanguage(declared, code, name) {
  if (!declared) throw new Error(`an x-fragment has no ${code} declaration`);
  return `<br>${name} (\`policy.language: ${code}\`): “${cell(declared.sentence.replace('{}', '___'))}”, where ___ is ${cell(declared.shape)}, e.g. “${cell(declared.example)}”.`;
}

function objectOf(node) {
  const n = resolve(node);
  if (n.type === 'object' && n.properties) return n;
  if (n.type === 'array' && n.items) return objectOf(n.items);
  return undefined;
}

function section(path, node, out, depth) {
  const n = resolve(node);
  const obj = objectOf(n);
  if (!obj) return;
  const required = new Set(obj.required ?? []);
  out.push(`${'#'.repeat(Math.min(depth, 4))} \`${path}\``, '', n.description ?? '', '');
  out.push('| Field | Type | Required | Description | Example |', '| --- | --- | --- | --- | --- |');
  const nested = [];
  for (const [key, child] of Object.entries(obj.properties)) {
    const c = resolve(child);
    out.push(`| \`${key}\` | ${cell(typeOf(child))} | ${required.has(key) ? 'yes' : ''} | ${cell(c.description ?? '')}${fragment(c)} | ${example(child)} |`);
    if (objectOf(child)) nested.push([`${path === 'privacy.yaml' ? '' : path + (n.type === 'array' ? '[]' : '') + '.'}${key}`, child]);
  }
  out.push('');
  for (const [childPath, child] of nested) section(childPath, child, out, depth + 1);
}

export function generate() {
  const out = [
    '# privacy.yaml reference',
    '',
    '<!-- Generated from schema/privacy.schema.json by `npm run gen` (scripts/gen-reference.mjs). Do not edit. -->',
    '',
    'Editors that speak the YAML language server get completion and hover documentation from the',
    'same schema: start the file with',
    '`# yaml-language-server: $schema=./node_modules/policyc/schema/privacy.schema.json`',
    '(or print the schema with `policyc schema`).',
    '',
  ];
  section('privacy.yaml', schema, out, 2);
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
