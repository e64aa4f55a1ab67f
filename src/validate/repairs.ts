import { COUNTRY_NAMES, isCountryCode } from '../model/countries.js';

/**
 * Likely intended values for the formats people most often get wrong, keyed by the name of the
 * schema definition that failed (`$defs.duration`, `$defs.country`, …). Each returns the corrected
 * value, or undefined when there is no confident guess.
 */
const REPAIRS: Readonly<Record<string, (value: string) => string | undefined>> = {
  duration: durationFromWords,
  country: countryCode,
  id: identifier,
  url: (v) => (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(v) ? `https://${v}` : undefined),
  iso_date: isoDate,
  email: (v) => (/^mailto:/i.test(v) ? v.slice(7) : undefined),
};

export function repair(definition: string | undefined, value: string): string | undefined {
  const fix = definition ? REPAIRS[definition] : undefined;
  const repaired = fix?.(value.trim());
  return repaired !== undefined && repaired !== value ? repaired : undefined;
}

/**
 * What is wrong with a value that does not fit its format, when the format's description alone
 * would leave the writer guessing: an id that breaks no rule but its length, a web address that
 * starts right but has a space in it. Keyed like REPAIRS; a sentence, or undefined.
 */
const REASONS: Readonly<Record<string, (value: string) => string | undefined>> = {
  id: (v) => {
    const length = [...v].length;
    if (length > 64) return `It is ${length} characters long; an id has at most 64.`;
    if (/^[^a-z]/.test(v)) return 'It must start with a lower-case letter.';
    if (/[A-Z]/.test(v)) return 'It has capital letters.';
    const other = /[^a-z0-9_-]/.exec(v)?.[0];
    return other === undefined ? undefined : other === ' ' ? 'It has a space.' : `It has the character '${other}'.`;
  },
  url: (v) => {
    if (!/^https?:\/\//i.test(v)) return undefined;
    if (/^https?:\/\/$/i.test(v)) return 'It has nothing after the ://.';
    if (/\s/.test(v)) return 'It has a space; write spaces in a web address as %20.';
    if (/^https?:\/\/[^/?#]*@/i.test(v)) return 'It has a user name or password before the host; a link in a policy carries no credentials.';
    return undefined;
  },
  email: (v) => {
    const header = /[?&%]/.exec(v)?.[0];
    return header === undefined ? undefined : `It has '${header}', which would add mail headers (a Bcc, a body) to the mailto link readers click.`;
  },
  duration: (v) =>
    /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/.test(v)
      ? 'Its numbers are too large: a duration has at most 999 years, and at most 4 digits for each other unit.'
      : undefined,
};

export function reason(definition: string | undefined, value: string): string | undefined {
  return definition ? REASONS[definition]?.(value) : undefined;
}

/**
 * Other names people give an enum's values, keyed by the schema definition: the value meant, when
 * it is allowed where the word was written (a right's name differs between laws). Spelling slips
 * are left to "did you mean"; these are words no edit distance connects.
 */
const SYNONYMS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  jurisdiction: { cpra: ['ccpa'], cal_oppa: ['ccpa'], uk: ['uk_gdpr'], eu: ['gdpr'], fadp: ['swiss_fadp'], nfadp: ['swiss_fadp'], dsg: ['swiss_fadp'] },
  right: {
    deletion: ['erasure', 'delete'],
    erase: ['erasure', 'delete'],
    right_to_be_forgotten: ['erasure', 'delete'],
    forgotten: ['erasure', 'delete'],
    rectify: ['rectification', 'correct'],
    correction: ['rectification', 'correct'],
    know: ['access', 'know'],
  },
};

/** The value a synonym stands for, among those allowed here. */
export function synonym(definition: string | undefined, value: string, allowed: readonly string[]): string | undefined {
  const meant = definition ? SYNONYMS[definition]?.[value.toLowerCase().replace(/[\s-]+/g, '_')] : undefined;
  return meant?.find((candidate) => allowed.includes(candidate));
}

/** Definitions whose field also takes a list of them (`lawful_basis: [contract, legitimate_interests]`). */
const LISTED: ReadonlySet<string> = new Set(['lawful_basis']);

/**
 * "contract, legitimate_interests" written as one word where a list is allowed: how to write them
 * apart. Inside a list already, each becomes an item of it; a list in its place would nest.
 */
export function listForm(definition: string | undefined, value: string, allowed: readonly string[], inList: boolean): string | undefined {
  if (definition === undefined || !LISTED.has(definition)) return undefined;
  const parts = value.split(/\s*(?:,|;|\band\b)\s*/).filter(Boolean);
  if (parts.length < 2 || !parts.every((part) => allowed.includes(part))) return undefined;
  return inList ? `Write each as an item of the list: ${parts.join(', ')}.` : `Write several as a list: [${parts.join(', ')}].`;
}

const DATE_UNITS: Record<string, string> = { y: 'Y', mo: 'M', w: 'W', d: 'D' };
const TIME_UNITS: Record<string, string> = { h: 'H', mi: 'M', s: 'S' };

/** "90 days" → P90D, "72 hours" → PT72H, "p7y" → P7Y, "30D" → P30D. */
function durationFromWords(value: string): string | undefined {
  const upper = value.toUpperCase();
  if (/^P?\d+[YMWD]$/.test(upper)) return upper.startsWith('P') ? upper : `P${upper}`;
  const m = /^(\d+)\s*(years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)$/i.exec(value);
  if (!m) return undefined;
  const unit = m[2]!.toLowerCase();
  const key = unit.startsWith('mo') ? 'mo' : unit.startsWith('mi') ? 'mi' : unit[0]!;
  if (DATE_UNITS[key]) return `P${m[1]}${DATE_UNITS[key]}`;
  return `PT${m[1]}${TIME_UNITS[key]}`;
}

/** "us" → US, "UK" → GB, "Norway" → NO. */
function countryCode(value: string): string | undefined {
  const upper = value.toUpperCase();
  if (upper === 'UK') return 'GB';
  if (isCountryCode(upper)) return upper;
  const lower = value.toLowerCase();
  return Object.keys(COUNTRY_NAMES).find((code) => COUNTRY_NAMES[code]!.toLowerCase() === lower);
}

/**
 * "Account Info" → account_info. Only when the id keeps every letter and digit that was written:
 * `1st_party` or `账户x` would lose part of the name, and a guess that drops it misleads.
 */
function identifier(value: string): string | undefined {
  const id = value
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '');
  const kept = (text: string): string => text.replace(/[^a-z0-9]/g, '');
  if (/[^\x00-\x7f]/.test(value) || kept(value.toLowerCase()) !== kept(id)) return undefined;
  return id.length > 0 && id.length <= 64 ? id : undefined;
}

/** 2026/4/3, 2026.04.03 or 2026-4-3 → 2026-04-03. Day-first and month-first forms are ambiguous. */
function isoDate(value: string): string | undefined {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (!m) return undefined;
  // 0026 → 2026: the century left out.
  const year = m[1]!.startsWith('00') ? `20${m[1]!.slice(2)}` : m[1];
  return `${year}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}
