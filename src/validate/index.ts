import { declaredLanguages, localize, rememberWritten, writtenLanguage } from '../i18n/translations.js';
import { countBySeverity, sortDiagnostics, type Diagnostic, type Problem, type Severity } from '../diagnostics.js';
import { lineStartsOf, loadYaml, spanOf, type LoadLimits, type SourceMap, type Span } from '../load/index.js';
import { normalize } from '../model/normalize.js';
import type { Policy } from '../model/policy.generated.js';
import { ruleDocsUrl, RULE_CONFIG_DOCS_URL } from '../docs-url.js';
import { resolveRuleLevels } from '../rules/engine/config.js';
import { ruleMessage } from '../rules/engine/messages.js';
import { rules as registeredRules } from '../rules/registry.js';
import type { Rule } from '../rules/types.js';
import validate from './compiled/validate-policy.js';
import { findForbidden } from './characters.js';
import { mapSchemaErrors } from './schema-errors.js';
import { checkValues } from './values.js';

export interface CheckOptions {
  /**
   * The semantic rules to run once the schema passes; all registered rules by default. Each runs
   * at the level the file sets in `policy.rules`, else its own.
   */
  rules?: readonly Rule[];
  /** Loader bounds (size, tokens, depth, aliases); the defaults suit any real policy. */
  limits?: Partial<LoadLimits>;
}

export interface CheckResult {
  /** The typed policy, set only when there are no errors (warnings allowed). */
  policy?: Policy;
  /** Sorted by position. */
  diagnostics: Diagnostic[];
  /** The decoded source text, for code frames; absent when the bytes were not UTF-8. */
  text?: string;
  /** Paths in the policy to places in the text, for placing further problems. */
  sourceMap?: SourceMap;
}

/**
 * The front end in one call: load (YAML 1.2, with limits) → schema → semantic rules. Each stage
 * runs only when the one before found no errors, so a syntax error never turns into a cascade of
 * schema complaints. Every problem comes back as a Diagnostic with a file position.
 */
export function checkSource(source: string | Uint8Array, file: string, options: CheckOptions = {}): CheckResult {
  const result = checkUnbounded(source, file, options);
  return { ...result, diagnostics: bounded(result.diagnostics, file) };
}

/**
 * The most diagnostics one file reports. Past a few hundred, problems are one mistake repeated
 * (a list of 80,000 numbers where text belongs), and listing them all only costs memory and time.
 */
export const MAX_DIAGNOSTICS = 500;

function bounded(diagnostics: Diagnostic[], file: string): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
  const kept = diagnostics.slice(0, MAX_DIAGNOSTICS);
  const { errors, warnings } = countBySeverity(diagnostics.slice(MAX_DIAGNOSTICS));
  const last = kept[kept.length - 1] as Diagnostic;
  kept.push({
    code: 'policyc/too-many-problems',
    // A file whose unlisted problems are all warnings stays valid.
    severity: errors > 0 ? 'error' : 'warning',
    message: `${errors + warnings === 1 ? '1 more problem is' : `${errors + warnings} more problems are`} not listed (${errors} errors, ${warnings} warnings).`,
    file,
    line: last.line,
    column: last.column,
    path: [],
    hint: `policyc lists the first ${MAX_DIAGNOSTICS}; they are usually one mistake repeated, so fix those and run it again.`,
  });
  return kept;
}

function checkUnbounded(source: string | Uint8Array, file: string, options: CheckOptions): CheckResult {
  const loaded = loadYaml(source, file, options.limits);
  const { text, sourceMap, value } = loaded;
  if (value === undefined || !sourceMap) return { text, sourceMap, diagnostics: sortDiagnostics(loaded.diagnostics) };

  const place = (problem: Problem, code: string, severity: Severity, docsUrl?: string): Diagnostic => ({
    code,
    severity,
    message: problem.message,
    file,
    ...sourceMap.locate(problem.path, { onKey: problem.onKey }),
    path: problem.path,
    ...(problem.hint ? { hint: problem.hint } : {}),
    ...(docsUrl ? { docsUrl } : {}),
  });

  // Before the schema: its messages quote values, and a value that can drive a terminal or
  // reorder a page, or a number JavaScript cannot hold, is refused whatever field it is in.
  const refused = checkValues(value, (path) => sourceMap.sourceAt(path));
  if (refused.length > 0) {
    const lineStarts = lineStartsOf(text as string);
    // A character is shown where it is written, raw or as an escape, not where its value starts.
    const at = (problem: (typeof refused)[number]): Span => {
      const range = problem.character === undefined ? undefined : sourceMap.rangeAt(problem.path, { onKey: problem.onKey });
      const found = range && findForbidden((text as string).slice(range[0], range[1]), range[0]);
      return found ? spanOf(lineStarts, found.offset, found.offset + found.length) : sourceMap.locate(problem.path, { onKey: problem.onKey });
    };
    const code = (problem: (typeof refused)[number]): string => (problem.character === undefined ? 'policyc/unsafe-integer' : 'policyc/forbidden-character');
    const diagnostics = refused.map((p): Diagnostic => ({ code: code(p), severity: 'error', message: p.message, file, ...at(p), path: p.path, hint: p.hint }));
    return { text, sourceMap, diagnostics: sortDiagnostics(diagnostics) };
  }

  // Text given as a map by language is checked in each language it is published in; the rules
  // read the file's own (src/i18n/translations.ts).
  const own = writtenLanguage(value);
  const localized = localize(value, own, own);
  const schemaProblems = [own, ...declaredLanguages(value).filter((l) => l !== own)].flatMap((language) => {
    const copy = language === own ? localized : localize(value, language, own);
    if (validate(copy)) return [];
    return mapSchemaErrors(validate.errors ?? [], { root: copy, sourceOf: (path) => sourceMap.sourceAt(path) });
  });
  if (schemaProblems.length > 0) {
    const seen = new Set<string>();
    const unique = schemaProblems.filter((p) => !seen.has(`${p.path.join('.')}\n${p.message}`) && seen.add(`${p.path.join('.')}\n${p.message}`));
    return { text, sourceMap, diagnostics: sortDiagnostics(unique.map((p) => place(p, p.code, 'error'))) };
  }

  const policy = localized as Policy;
  rememberWritten(policy, value as object);
  const rules = options.rules ?? registeredRules;
  const model = normalize(policy);
  // A file names rules by the registry's ids even when a caller runs only some of them, or its own.
  const levels = resolveRuleLevels(policy.policy?.rules, options.rules ? [...new Set([...registeredRules, ...options.rules])] : registeredRules);
  const diagnostics = levels.problems.map((p) => place(p, p.code, 'error', RULE_CONFIG_DOCS_URL));
  for (const rule of rules) {
    const level = levels.of(rule);
    if (level === 'off' || (rule.meta.needsCollection === true && model.collectsNothing)) continue;
    const { id, messages } = rule.meta;
    const docsUrl = rule.meta.url ?? (registeredRules.includes(rule) ? ruleDocsUrl(id) : undefined);
    rule.check(
      policy,
      ({ path, onKey, messageId, hintId, data }) => {
        const problem: Problem = {
          path,
          onKey,
          message: ruleMessage(messages, messageId, data),
          ...(hintId === undefined ? {} : { hint: ruleMessage(messages, hintId, data) }),
        };
        diagnostics.push(place(problem, id, level, docsUrl));
      },
      model,
      { text: text as string, rangeAt: (path) => sourceMap.rangeAt(path) },
    );
  }
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { ...(failed ? {} : { policy }), text, sourceMap, diagnostics: sortDiagnostics(diagnostics) };
}
