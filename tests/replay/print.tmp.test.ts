import { it } from 'vitest';
import { scoreReplay, summarize } from './score.js';
it('prints', () => {
  const s = scoreReplay('github');
  const out: string[] = [];
  for (const p of s) {
    out.push(`== ${p.from} -> ${p.to}`);
    for (const c of p.changes) out.push(`  [${c.level}] ${c.kind} ${c.path}: ${c.summary}${(c.details ?? []).map((d) => `\n        - ${d}`).join('')}`);
    for (const m of p.missed) out.push(`  MISSED (${m.level}; found ${m.found.join(',') || 'nothing'}): ${m.what}`);
    for (const n of p.noise) out.push(`  NOISE: ${n.kind} ${n.path}`);
  }
  out.push(JSON.stringify(summarize(s)));
  console.log(out.join('\n'));
});
