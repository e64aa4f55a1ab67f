import { escapeHtml } from '../render/entities.js';
import type { SubprocessorModel } from '../model/normalize.js';
import { escapeMarkdown } from '../render/helpers/markdown.js';
import { transferMechanismShort } from '../render/helpers/transfers.js';
import type { TransferLawId } from '../law/index.js';

/** A table of plain-text cells, written as CSV, Markdown or HTML: the one shape the record-like exports share. */
export interface Table {
  columns: readonly string[];
  rows: ReadonlyArray<readonly string[]>;
}

/** What an empty cell says in Markdown and HTML: nothing is stated there. */
export const NOT_STATED = '—';

/**
 * RFC 4180 CSV: CRLF after every record, a field quoted when it holds a comma, a quote, CR or LF,
 * quotes doubled. Safe to open in a spreadsheet: a cell that starts with = + - @ (or a tab or CR,
 * which some spreadsheets skip before reading a formula) is prefixed with an apostrophe, so it is
 * shown as text and never run as a formula (OWASP, "CSV Injection").
 */
export function toCsv(table: Table): string {
  return [table.columns, ...table.rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

export function csvField(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A GitHub-flavoured Markdown table; every value is escaped, so it shows as typed. */
export function toMarkdownTable(table: Table): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((cell) => (cell === '' ? NOT_STATED : escapeMarkdown(cell))).join(' | ')} |`;
  return [line(table.columns), `|${table.columns.map(() => ' --- |').join('')}`, ...table.rows.map(line)].join('\n');
}

/** An HTML table; every value is escaped text. */
export function toHtmlTable(table: Table, caption?: string): string {
  const head = table.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
  const body = table.rows
    .map((row) => `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row">${htmlCell(cell)}</th>` : `<td>${htmlCell(cell)}</td>`)).join('')}</tr>`)
    .join('\n');
  return `<table>\n${caption === undefined ? '' : `<caption>${escapeHtml(caption)}</caption>\n`}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function htmlCell(cell: string): string {
  return cell === '' ? `<span aria-label="not stated">${NOT_STATED}</span>` : escapeHtml(cell).replace(/\n/g, '<br>');
}

/** A standalone HTML page around some escaped body HTML: no scripts, no outside resources. */
export function htmlPage(title: string, language: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: #f3f3f3; }
caption { text-align: left; font-weight: 600; padding: 0.5rem 0; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * What a provider's transfers rest on, as the model derives it for the declared laws and the
 * effective date: nothing to say inside their territory, the adequacy decision, or the stated
 * safeguards (its own, else the policy-wide ones); empty when none is stated.
 */
export function safeguardCell(s: SubprocessorModel, laws: readonly TransferLawId[]): string {
  if (s.transfer === 'inside') return '';
  if (s.transfer === 'adequate') return transferMechanismShort('adequacy');
  return s.safeguards.map((m) => transferMechanismShort(m, laws)).join(', ');
}
