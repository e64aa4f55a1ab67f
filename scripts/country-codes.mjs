// The countries policyc knows: those of src/model/countries.generated.ts, read from its text.
import { readFileSync } from 'node:fs';

/** [code, English name] for each country, in the order of that file. */
export function countryCodes() {
  const text = readFileSync(new URL('../src/model/countries.generated.ts', import.meta.url), 'utf8');
  return [...text.matchAll(/^ {2}([A-Z]{2}): "(.*)",$/gm)].map((m) => [m[1], JSON.parse(`"${m[2]}"`)]);
}
