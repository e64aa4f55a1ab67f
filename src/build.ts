import { normalize } from './model/normalize.js';
import type { Policy } from './model/policy.generated.js';
import { documentToHtml, PAGE_IDS } from './render/html.js';
import { renderMarkdown, type RenderOptions } from './render/markdown.js';
import { parseMarkdown } from './render/marked-safe.js';
import { explainPolicy, type ExplainOptions, type Explanation } from './render/provenance/explain.js';
import { documentToText } from './render/text.js';
import { keepCitationsTogether } from './render/typography.js';
import { localize, writtenOf } from './i18n/translations.js';
import { overridesFor, staleOverrides } from './i18n/overrides.js';
import { untranslated } from './rules/translation-complete.js';
import { clausePack } from './render/markdown.js';
import { catalogOf, LANGUAGES, policyLanguage, policyLanguages, type LanguageCode } from './i18n/languages.js';

export type Format = 'md' | 'html' | 'txt';

/** Every output format, in the order they are written and reported. */
export const FORMATS: readonly Format[] = ['md', 'html', 'txt'];

export interface BuildOptions extends RenderOptions {
  /**
   * Also trace every sentence to its source (`--explain`): true, or the line of a path in the
   * YAML (a source map's `locate`), so sources from the file carry their line.
   */
  explain?: boolean | Pick<ExplainOptions, 'lineOf'>;
  /**
   * The documents' name without extension (`privacy` for privacy.yaml), from which the page links
   * its other language versions: `privacy.html`, `privacy.de.html`.
   */
  name?: string;
}

/**
 * The file a language's documents are written to: the policy's own language as `<name>.<format>`,
 * any other as `<name>.<lang>.<format>`.
 */
export function languageFileName(name: string, language: string, own: string, format: string): string {
  return language === own ? `${name}.${format}` : `${name}.${language}.${format}`;
}

export type BuildOutput = Record<Format, string> & {
  /** Each sentence with its sources, when `explain` was asked for. */
  explain?: Explanation;
  /**
   * Clauses of this language, built-in or the company's (`de/about`), that translate an older
   * version of the English one than is in use: the build is right, but a translator should look.
   */
  stale?: string[];
  /**
   * In a language other than the file's own: how many of the company's text values have no
   * version in it and are written in the file's own language instead.
   */
  untranslated?: number;
};

/**
 * Compile a validated policy into its documents. Pure: no disk, clock or environment; overrides
 * arrive as values, read by the caller. HTML and text are both derived from the Markdown, so the
 * three always say the same thing.
 */
export function buildPolicy(given: Policy, options: BuildOptions = {}): BuildOutput {
  const { explain, name = 'privacy', ...render } = options;
  const own = policyLanguage(given);
  const language: LanguageCode = render.language ?? own;
  // The company's text in this language, where the file gives it as a map by language.
  const policy = localize(writtenOf(given), language, own);
  const versions = policyLanguages(policy);
  if (!versions.includes(language)) versions.push(language);
  const page = catalogOf(language).page;
  const model = normalize(policy);
  const rendered = renderMarkdown(model, render);
  const typeset = catalogOf(language).typography;
  const md = typeset === undefined ? keepCitationsTogether(rendered) : typeset(keepCitationsTogether(rendered));
  // Read once: both derived formats render the same tokens, and neither changes them.
  const document = parseMarkdown(md, PAGE_IDS);
  const summary = policy.policy?.summary;
  return {
    md,
    html: documentToHtml(document, {
      title: pageTitle(policy.policy?.title ?? page.title, model.companyName),
      lang: catalogOf(language).code,
      labels: page,
      ...(versions.length > 1
        ? {
            versions: {
              label: page.languages,
              links: versions.map((lang) => ({
                lang: LANGUAGES[lang].code,
                name: LANGUAGES[lang].name,
                href: languageFileName(name, lang, own, 'html'),
                current: lang === language,
              })),
            },
          }
        : {}),
      keyPoints: policy.policy?.key_points !== false,
      ...(summary === undefined ? {} : { description: summary }),
      ...(policy.controller.website === undefined ? {} : { home: { name: model.companyName, url: policy.controller.website } }),
    }),
    txt: documentToText(document),
    ...stale(staleClauses(language, own, render.overrides)),
    ...untranslatedCount(given, language, own),
    ...(explain === undefined || explain === false
      ? {}
      : { explain: explainPolicy(policy, rendered, { ...render, language, ...(explain === true ? {} : explain) }) }),
  };
}

/**
 * The browser tab's title, for bookmarks, history and search results: the policy's title with
 * whose policy it is, unless the title already says ("Privacy Policy \u2013 Sessionly").
 */
function pageTitle(title: string, company: string): string {
  return title.toLowerCase().includes(company.toLowerCase()) ? title : `${title} \u2013 ${company}`;
}

/** The clauses written in `language` that record an older English than the one in use (docs/translating.md). */
function staleClauses(language: LanguageCode, own: LanguageCode, overrides: Readonly<Record<string, string>> | undefined): string[] {
  if (language === 'en') return [];
  const translated = overridesFor(overrides, language, own);
  const builtIn = (clausePack(language).STALE ?? []).filter((name) => !Object.hasOwn(translated, name));
  const english = overridesFor(overrides, 'en', own);
  const company = staleOverrides(translated, english, clausePack('en').SOURCE_HASHES ?? {}).map((name) => `${language}/${name}`);
  return [...builtIn, ...company];
}

function untranslatedCount(given: Policy, language: LanguageCode, own: LanguageCode): { untranslated?: number } {
  if (language === own) return {};
  const count = untranslated(given, [language], own).length;
  return count === 0 ? {} : { untranslated: count };
}

function stale(names: string[]): { stale?: string[] } {
  return names.length === 0 ? {} : { stale: names };
}
