/**
 * ISO 8601 durations, the way policies talk about time: `P90D` → "90 days", `P1M` → "1 month".
 * Pure functions; the schema guarantees the shape, `parseDuration` re-checks it for API users.
 */
export interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const PATTERN = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

export function isDuration(value: string): boolean {
  return PATTERN.test(value);
}

export function parseDuration(value: string): DurationParts | undefined {
  const m = PATTERN.exec(value);
  if (!m) return undefined;
  const n = (i: number): number => (m[i] === undefined ? 0 : Number(m[i]));
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

import { words } from '../i18n/active.js';
import type { DurationCase, DurationUnit } from '../i18n/catalog.js';

const UNITS: ReadonlyArray<[keyof DurationParts, DurationUnit]> = [
  ['years', 'year'],
  ['months', 'month'],
  ['weeks', 'week'],
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
  ['seconds', 'second'],
];

/** "90 days", "1 year and 6 months", "72 hours". */
export function durationInWords(value: string, form: DurationCase = 'dative'): string {
  const parts = parseDuration(value);
  if (!parts) return value;
  const catalog = words();
  const units = UNITS.filter(([key]) => parts[key] > 0).map(([key, unit]) => catalog.durationUnit(parts[key], unit, form));
  if (units.length === 0) return catalog.noTime;
  return units.length === 1 ? (units[0] as string) : `${units.slice(0, -1).join(', ')} ${catalog.and} ${units[units.length - 1]}`;
}

/** Approximate length in days, for comparing durations (a month is 30.44 days, a year 365.25). */
export function durationInDays(value: string): number | undefined {
  const p = parseDuration(value);
  if (!p) return undefined;
  return p.years * 365.25 + p.months * 30.436875 + p.weeks * 7 + p.days + p.hours / 24 + p.minutes / 1440 + p.seconds / 86400;
}

/**
 * The fewest and the most days a duration can span on the calendar: a month is 28 to 31 days, a
 * year 365 or 366. For promises that must hold on every date, such as a notice period.
 */
export function durationDayRange(value: string): [number, number] | undefined {
  const p = parseDuration(value);
  if (!p) return undefined;
  const fixed = p.weeks * 7 + p.days + p.hours / 24 + p.minutes / 1440 + p.seconds / 86400;
  return [p.years * 365 + p.months * 28 + fixed, p.years * 366 + p.months * 31 + fixed];
}

/** Add a duration to a YYYY-MM-DD date, in UTC, clamping to the month's end (Jan 31 + P1M = Feb 28). */
export function addDuration(date: string, value: string): string | undefined {
  const p = parseDuration(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!p || !m) return undefined;
  const year = Number(m[1]) + p.years;
  const monthIndex = Number(m[2]) - 1 + p.months;
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  const base = Date.UTC(year, monthIndex, Math.min(Number(m[3]), lastDay));
  const ms = base + ((p.weeks * 7 + p.days) * 86400 + p.hours * 3600 + p.minutes * 60 + p.seconds) * 1000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The sum of durations that count in one unit ("P25D" + "P30D" → "P55D"); undefined when they mix
 * units (a month and 30 days), whose sum no single number states truly.
 */
export function sumDurations(values: readonly string[]): string | undefined {
  const parts = values.map(parseDuration);
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
  const used = UNITS.filter(([key]) => parts.some((p) => (p as DurationParts)[key] > 0));
  if (used.length !== 1) return undefined;
  const [key] = used[0] as [keyof DurationParts, DurationUnit];
  const total = parts.reduce((sum, p) => sum + (p as DurationParts)[key], 0);
  const letter = { years: 'Y', months: 'M', weeks: 'W', days: 'D', hours: 'H', minutes: 'M', seconds: 'S' }[key];
  return ['hours', 'minutes', 'seconds'].includes(key) ? `PT${total}${letter}` : `P${total}${letter}`;
}
