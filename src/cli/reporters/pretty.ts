import { codeFrameColumns } from '@babel/code-frame';
import { countBySeverity, type Diagnostic } from '../../diagnostics.js';
import { palette } from '../color.js';
import { CONTEXT } from './framed-lines.js';
import { escapeForTerminal as inert } from '../terminal.js';
import type { Reporter } from './types.js';

/** Longer lines are cut to a window around the offending column. */
const WIDTH = 120;

/**
 * For people, like ESLint and Redocly: `privacy.yaml:42:15 error message (code)`, the source
 * around it with the offending node underlined, then the hint; a summary line at the end.
 */
export const formatPretty: Reporter = (diagnostics, context = {}) => {
  const c = palette(context.color ?? false);
  const lines = new Map<string, readonly string[]>();
  const linesOf = (file: string): readonly string[] | undefined => {
    const text = context.sources?.get(file);
    if (text === undefined || typeof text !== 'string') return text;
    const cached = lines.get(file);
    if (cached) return cached;
    const split = text.split(/\r?\n/);
    // A final newline ends the last line; it does not start another.
    if (split.length > 1 && split[split.length - 1] === '') split.pop();
    lines.set(file, split);
    return split;
  };

  const blocks = diagnostics.map((d) => {
    // Colour is escape sequences of policyc's own: what came from the input is escaped first.
    const where = inert(d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file);
    const severity = d.severity === 'error' ? c.red('error') : c.yellow('warning');
    const out = [`${c.bold(where)} ${severity} ${inert(d.message)} ${c.dim(`(${inert(d.code)})`)}`];
    const source = d.line > 0 ? linesOf(d.file) : undefined;
    if (source) out.push(frame(source, d));
    // A hint of several lines (one per missing key) keeps its indent on each.
    if (d.hint) for (const line of d.hint.split('\n')) out.push(`  ${c.cyan(inert(line))}`);
    if (d.docsUrl) out.push(`  ${c.dim(`See ${inert(d.docsUrl)}`)}`);
    return out.join('\n');
  });

  const { errors, warnings } = countBySeverity(diagnostics);
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'})`;
  return `${blocks.join('\n\n')}\n\n${errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary)}\n`;
};

/** The code frame, from a window of the file so a 1 MB line or a 10 MB file costs nothing. */
function frame(source: readonly string[], d: Diagnostic): string {
  const first = Math.max(1, d.line - CONTEXT);
  const last = Math.min(source.length, d.line + CONTEXT);
  let column = d.column;
  let endColumn = d.endLine === d.line ? d.endColumn : undefined;
  const excerpt: string[] = [];
  for (let n = first; n <= last; n++) {
    const line = printable(source[n - 1] ?? '');
    if (line.length <= WIDTH) {
      excerpt.push(line);
      continue;
    }
    // Centre long lines on the column of interest (only the offending line has one).
    const start = n === d.line ? Math.max(0, Math.min(column - 1 - WIDTH / 2, line.length - WIDTH)) : 0;
    const cut = `${start > 0 ? '…' : ''}${line.slice(start, start + WIDTH)}${start + WIDTH < line.length ? '…' : ''}`;
    if (n === d.line) {
      const shift = start - (start > 0 ? 1 : 0);
      column -= shift;
      if (endColumn !== undefined) endColumn = Math.min(endColumn - shift, cut.length + 1);
    }
    excerpt.push(cut);
  }
  // With `startLine`, code-frame takes positions in the file's own line numbers.
  const location = { start: { line: d.line, column }, ...(endColumn !== undefined && endColumn > column ? { end: { line: d.line, column: endColumn } } : {}) };
  return codeFrameColumns(excerpt.join('\n'), location, { highlightCode: false, linesAbove: CONTEXT, linesBelow: CONTEXT, startLine: first });
}

/**
 * Control characters from the file shown as their visible Unicode pictures (one character for
 * one, so columns stay true): a hostile file cannot drive the terminal, and a stray U+0007 the
 * loader complains about is there to see. C1 controls and bidi overrides show as U+FFFD.
 */
function printable(line: string): string {
  return line.replace(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}
