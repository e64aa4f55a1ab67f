import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { normalize, type PolicyModel } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { checkSource } from '../../../src/validate/index.js';

/** A policy file read and checked as the CLI does; a test input that does not validate fails the test. */
export function policyFrom(path: string): Policy {
  const result = checkSource(readFileSync(new URL(`../../../${path}`, import.meta.url)), path);
  if (result.policy === undefined) throw new Error(`${path} is not valid: ${result.diagnostics.map((d) => d.message).join(' ')}`);
  return result.policy;
}

export function modelFrom(path: string): PolicyModel {
  return normalize(policyFrom(path));
}

export const APP = 'tests/fixtures/export/app.yaml';
/** Every example, as the e2e tests find them: a new example is exported in the tests without a list to update. */
export const EXAMPLES = readdirSync(new URL('../../../examples/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`../../../examples/${entry.name}/privacy.yaml`, import.meta.url)))
  .map((entry) => `examples/${entry.name}/privacy.yaml`)
  .sort();

/** An RFC 4180 reader, strict: CRLF after every record, quotes only around a whole field, doubled inside. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
    }
    const ch = text[i];
    if (ch === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CR without LF at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (ch === '\n' || ch === '"') {
      throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}
