import { basename, resolve } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { KNOWN_SERVICES, findService } from '../../init/catalog.js';
import { starterYaml, type StarterAnswers } from '../../init/starter.js';
import { isCountryCode } from '../../model/countries.js';
import type { Jurisdiction } from '../../model/policy.generated.js';
import { checkSource } from '../../validate/index.js';
import { didYouMean } from '../../validate/suggest.js';
import { UsageError } from '../errors.js';
import { suggestedCommand } from '../command-line.js';
import { stderr } from '../output.js';
import { writeFilesAtomically } from '../write-files.js';
import type { InitOptions } from './init.js';

const JURISDICTIONS: readonly Jurisdiction[] = ['gdpr', 'uk_gdpr', 'swiss_fadp', 'ccpa', 'coppa'];

export async function runInit(options: InitOptions): Promise<number> {
  const target = resolve(options.out);
  if (existsSync(target) && !options.force) {
    throw new UsageError(`${options.out} already exists; not overwriting it.`, 'Pass --force to replace it.');
  }
  // Without --yes the questions are asked: at a terminal, or of whatever is piped in, one answer a
  // line (an empty line keeps the default); running out of answers stops with nothing written.
  const interactive = !options.yes;
  const defaults = {
    company: options.company ?? guessCompany(),
    email: options.email ?? 'privacy@example.com',
    country: options.country ?? 'US',
    jurisdictions: options.jurisdictions ?? 'gdpr,ccpa',
    services: options.services ?? '',
  };
  // Services receive personal data: a company that collects none has none to name.
  if (!options.personalData && options.services !== undefined) {
    throw new UsageError('--no-personal-data and --services contradict each other: a service you name receives personal data.', 'Pass one of them.');
  }
  const raw = interactive ? await ask(defaults, options.personalData) : defaults;
  const answers: StarterAnswers = {
    company: raw.company.trim() || defaults.company,
    email: checkEmail(raw.email.trim()),
    country: checkCountry(raw.country.trim().toUpperCase()),
    jurisdictions: parseList(raw.jurisdictions).map(checkJurisdiction),
    services: parseList(raw.services).map(checkService),
    effectiveDate: checkDate(options.effectiveDate ?? new Date().toISOString().slice(0, 10)),
    ...(options.personalData ? {} : { collectsNothing: true }),
  };
  const yaml = starterYaml(answers);
  refuseInvalid(yaml, options.out);
  writeFilesAtomically([{ path: target, content: yaml }]);
  stderr.write(
    `Wrote ${options.out}. Check every statement in it, then run: ${suggestedCommand(options.out === 'privacy.yaml' ? ['build'] : ['build', options.out])}\n`,
  );
  return 0;
}

/** Asks the questions in turn; the one about services only of a company that collects personal data. */
async function ask(defaults: Record<'company' | 'email' | 'country' | 'jurisdictions' | 'services', string>, personalData: boolean) {
  const questions = personalData ? 5 : 4;
  const terminal = process.stdin.isTTY === true && stderr.isTTY;
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal });
  // One line iterator for all questions, so answers typed (or pasted) ahead are not lost.
  const lines = rl[Symbol.asyncIterator]();
  let answered = 0;
  const q = async (label: string, value: string): Promise<string> => {
    stderr.write(`${label} (${value || 'none'}): `);
    const next = await lines.next();
    if (next.done) {
      if (terminal) throw new UsageError('init cancelled; nothing written.');
      throw new UsageError(
        `init asks ${questions} questions, but standard input ended after ${answered === 1 ? '1 answer' : `${answered} answers`}; nothing written.`,
        'Pipe one answer a line (an empty line keeps the default), or pass --yes and the answers as flags (--company, --email, ...).',
      );
    }
    answered++;
    // Piped answers are not echoed by a terminal: show each, so a log reads as a dialogue.
    if (!terminal) stderr.write(`${next.value.trim()}\n`);
    return next.value.trim() || value;
  };
  try {
    return {
      company: await q('Company legal name', defaults.company),
      email: await q('Privacy contact email', defaults.email),
      country: await q('Country of establishment (ISO code)', defaults.country),
      jurisdictions: await q(`Laws you follow [${JURISDICTIONS.join(', ')}]`, defaults.jurisdictions),
      services: personalData ? await q(`Services you use [${KNOWN_SERVICES.map((s) => s.key).join(', ')}]`, defaults.services) : '',
    };
  } finally {
    rl.close();
  }
}

function guessCompany(): string {
  try {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name?: unknown };
    if (typeof pkg.name === 'string' && pkg.name) return pkg.name.replace(/^@[^/]+\//, '');
  } catch {
    // no package.json: fall back to the folder name
  }
  return basename(process.cwd());
}

function parseList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function checkEmail(value: string): string {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw new UsageError(`'${value}' is not an email address.`);
  return value;
}

function checkCountry(value: string): string {
  if (!isCountryCode(value)) throw new UsageError(`'${value}' is not an ISO 3166-1 alpha-2 country code.`, 'For example US, GB, DE, NO.');
  return value;
}

function checkJurisdiction(value: string): Jurisdiction {
  const found = JURISDICTIONS.find((j) => j === value.toLowerCase());
  if (!found)
    throw new UsageError(`'${value}' is not a jurisdiction policyc knows.`, didYouMean(value, JURISDICTIONS) ?? `Known: ${JURISDICTIONS.join(', ')}.`);
  return found;
}

function checkService(value: string): string {
  if (!findService(value)) {
    const keys = KNOWN_SERVICES.map((s) => s.key);
    throw new UsageError(
      `'${value}' is not a service policyc knows.`,
      didYouMean(value, keys) ?? `Known: ${keys.join(', ')}. Add others to privacy.yaml by hand.`,
    );
  }
  return value.toLowerCase();
}

function checkDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = m === null ? undefined : new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (day === undefined || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--effective-date '${value}' is not a date of the calendar.`, 'Write it as YYYY-MM-DD, e.g. --effective-date 2026-04-01.');
  }
  return value;
}

/** The flag or question that gave each value of the starter, for saying which answer to change. */
const ANSWER_OF: Readonly<Record<string, string>> = {
  'controller.name': '--company',
  'controller.email': '--email',
  'controller.country': '--country',
  effective_date: '--effective-date',
};

/**
 * The starter goes through the same validator as any policy before it is written: an answer the
 * checks above let through (an address the schema refuses, a character no policy may hold) is
 * refused here, with what the validator says is valid, and nothing is written.
 */
function refuseInvalid(yaml: string, file: string): void {
  const error = checkSource(yaml, file).diagnostics.find((d) => d.severity === 'error');
  if (error === undefined) return;
  const key = error.path.slice(0, 2).join('.');
  const answer = ANSWER_OF[key] ?? ANSWER_OF[error.path.slice(0, 1).join('.')];
  throw new UsageError(
    `${answer === undefined ? 'The starter' : `The answer to ${answer}`} would not validate: ${error.message.replace(/\.$/, '')}.`,
    error.hint ?? 'Nothing was written; change the answer and run policyc init again.',
  );
}
