import { normalize } from './model/normalize.js';
import type { Policy } from './model/policy.generated.js';
import { documentToHtml, PAGE_IDS } from './render/html.js';
import { renderMarkdown, type RenderOptions } from './render/markdown.js';
import { parseMarkdown } from './render/marked-safe.js';
import { explainPolicy, type ExplainOptions, type Explanation } from './render/provenance/explain.js';
import { documentToText } from './render/text.js';
import { keepCitationsTogether } from './render/typography.js';

export type Format = 'md' | 'html' | 'txt';

/** Every output format, in the order they are written and reported. */
export const FORMATS: readonly Format[] = ['md', 'html', 'txt'];

export interface BuildOptions extends RenderOptions {
  /**
   * Also trace every sentence to its source (`--explain`): true, or the line of a path in the
   * YAML (a source map's `locate`), so sources from the file carry their line.
   */
  explain?: boolean | Pick<ExplainOptions, 'lineOf'>;
}

export type BuildOutput = Record<Format, string> & {
  /** Each sentence with its sources, when `explain` was asked for. */
  explain?: Explanation;
};

/** The clauses are English; the page says so. */
const LANG = 'en';

/**
 * Compile a validated policy into its documents. Pure: no disk, clock or environment; overrides
 * arrive as values, read by the caller. HTML and text are both derived from the Markdown, so the
 * three always say the same thing.
 */
export function buildPolicy(policy: Policy, options: BuildOptions = {}): BuildOutput {
  const { explain, ...render } = options;
  const model = normalize(policy);
  const rendered = renderMarkdown(model, render);
  const md = keepCitationsTogether(rendered);
  // Read once: both derived formats render the same tokens, and neither changes them.
  const document = parseMarkdown(md, PAGE_IDS);
  const summary = policy.policy?.summary;
  return {
    md,
    html: documentToHtml(document, {
      title: pageTitle(model.title, model.companyName),
      lang: LANG,
      keyPoints: policy.policy?.key_points !== false,
      ...(summary === undefined ? {} : { description: summary }),
      ...(policy.controller.website === undefined ? {} : { home: { name: model.companyName, url: policy.controller.website } }),
    }),
    txt: documentToText(document),
    ...(explain === undefined || explain === false ? {} : { explain: explainPolicy(policy, rendered, { ...render, ...(explain === true ? {} : explain) }) }),
  };
}

/**
 * The browser tab's title, for bookmarks, history and search results: the policy's title with
 * whose policy it is, unless the title already says ("Privacy Policy \u2013 Sessionly").
 */
function pageTitle(title: string, company: string): string {
  return title.toLowerCase().includes(company.toLowerCase()) ? title : `${title} \u2013 ${company}`;
}
