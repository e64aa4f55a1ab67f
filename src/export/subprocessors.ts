import { countryName } from '../model/countries.js';
import { scopedProducts, type PolicyModel, type SubprocessorModel } from '../model/normalize.js';
import { escapeHtml } from '../render/entities.js';
import { formatDate } from '../render/helpers/date.js';
import { escapeMarkdown } from '../render/helpers/markdown.js';
import { htmlPage, safeguardCell, toHtmlTable, toMarkdownTable, type Table } from './table.js';

export type SubprocessorFormat = 'md' | 'html' | 'json';

/**
 * The date the list last changed, and what that date is: the effective date of the version that
 * last changed it (from git history), or, without history, the effective date of this version.
 */
export interface ListDate {
  date: string;
  from: 'history' | 'effective_date';
}

/** The subprocessor list as a page of its own: each provider, what it does, the data, where, under which safeguard. */
export function exportSubprocessors(model: PolicyModel, format: SubprocessorFormat, changed: ListDate): string {
  if (format === 'json') return `${JSON.stringify(subprocessorJson(model, changed), null, 2)}\n`;
  const title = `Subprocessors of ${model.companyName}`;
  const date = formatDate(changed.date, model.source.policy?.date_style);
  const intro = model.collectsNothing
    ? `${model.companyName} collects no personal data, so no subprocessor processes any on its behalf.`
    : model.subprocessors.length === 0
      ? `${model.companyName} names no subprocessors.`
      : `${model.companyName} uses these service providers to process personal data.`;
  const when = changed.from === 'history' ? `Last changed: ${date}.` : `As of ${date}.`;
  const table = subprocessorTable(model);
  if (format === 'md') {
    return `# ${escapeMarkdown(title)}\n\n${escapeMarkdown(intro)}\n\n${escapeMarkdown(when)}\n${table.rows.length === 0 ? '' : `\n${toMarkdownTable(table)}\n`}`;
  }
  const body = `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(intro)}</p>\n<p>${escapeHtml(when)}</p>${table.rows.length === 0 ? '' : `\n${toHtmlTable(table)}`}`;
  return htmlPage(title, 'en', body);
}

function subprocessorTable(model: PolicyModel): Table {
  // A provider that works for some products only: each row says for which (the policy lists them per product).
  if (model.subprocessors.some((s) => s.products !== undefined)) {
    return {
      columns: ['Provider', 'Products', 'What it does', 'Data', 'Location', 'Safeguard'],
      rows: model.subprocessors.map((s) => [
        s.name,
        productCell(model, s),
        s.purpose,
        dataNames(model, s).join(', '),
        location(s),
        safeguardCell(s, model.transferLaws),
      ]),
    };
  }
  return {
    columns: ['Provider', 'What it does', 'Data', 'Location', 'Safeguard'],
    rows: model.subprocessors.map((s) => [s.name, s.purpose, dataNames(model, s).join(', '), location(s), safeguardCell(s, model.transferLaws)]),
  };
}

function productCell(model: PolicyModel, s: SubprocessorModel): string {
  const names = scopedProducts(model, s.products).map((product) => product.name);
  return names.length === 0 ? 'All products' : names.join(', ');
}

function dataNames(model: PolicyModel, s: SubprocessorModel): string[] {
  return (s.data_categories ?? []).map((id) => model.categories.get(id)?.name ?? id);
}

/** The countries and region the file names; empty (shown as not stated) when it names neither. */
function location(s: SubprocessorModel): string {
  const countries = s.locations.map(countryName).join(', ');
  if (s.region === undefined) return countries;
  return countries === '' ? s.region : `${countries} (${s.region})`;
}

function subprocessorJson(model: PolicyModel, changed: ListDate) {
  return {
    company: model.companyName,
    last_changed: changed.from === 'history' ? changed.date : null,
    effective_date: model.source.effective_date,
    // An empty list says no provider is named; this says there is no data for one to receive.
    collects_personal_data: !model.collectsNothing,
    subprocessors: model.subprocessors.map((s) => ({
      name: s.name,
      purpose: s.purpose,
      ...(s.category === undefined ? {} : { category: s.category }),
      ...(s.products === undefined ? {} : { products: s.products }),
      role: s.role ?? 'processor',
      data_categories: (s.data_categories ?? []).map((id) => ({ id, name: model.categories.get(id)?.name ?? id })),
      ...(s.location === undefined ? {} : { locations: s.locations }),
      ...(s.region === undefined ? {} : { region: s.region }),
      transfer: s.transfer,
      safeguards: s.safeguards,
      ...(s.url === undefined ? {} : { url: s.url }),
    })),
  };
}
