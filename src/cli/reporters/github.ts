import type { Diagnostic } from '../../diagnostics.js';
import type { Reporter } from './types.js';

/**
 * GitHub Actions workflow commands, one per diagnostic, which GitHub shows as annotations on the
 * pull request's diff: `::error file=privacy.yaml,line=42,col=15,title=…::message`.
 */
export const formatGithub: Reporter = (diagnostics) => diagnostics.map(command).join('');

function command(d: Diagnostic): string {
  const properties: Array<[string, string | number]> = [['file', d.file]];
  if (d.line > 0) {
    properties.push(['line', d.line], ['col', d.column]);
    if (d.endLine !== undefined && d.endColumn !== undefined) properties.push(['endLine', d.endLine], ['endColumn', d.endColumn]);
  }
  properties.push(['title', `policyc ${d.code}`]);
  const text = d.hint ? `${d.message}\n${d.hint}` : d.message;
  return `::${d.severity} ${properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(text)}\n`;
}

/** As in @actions/core: the message may not contain raw %, CR or LF. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Property values additionally may not contain the separators ':' and ','. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
