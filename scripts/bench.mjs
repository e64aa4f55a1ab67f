// `npm run bench`: how policyc's cost compares with Node's own start-up, and whether it meets the
// targets of issues 9 and 23. Cold runs are separate processes, measured side by side: each round
// runs every command once, in turn, on this Node (the targets are Node 20's) and on Node 22 (found
// by nodeTwentyTwo), so a burst of load on the machine hits them all alike. In-process
// rates run in a child process with V8's helper threads off, so they are the rate of one core.
// BENCHMARKS.md records the figures and how to read them.
import { spawnSync } from 'node:child_process';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin/policyc.js');
const markedCli = join(root, 'node_modules/marked/bin/marked.js');

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
/** Rounds of cold runs: each command runs once per round; the first two rounds only warm the disk cache. */
const ROUNDS = option('--rounds', 21);
const WARMUP_ROUNDS = 2;
/** How long each in-process rate is measured, in milliseconds. */
const RATE_MS = option('--rate-ms', 2000);
const MANY = 1000;

/**
 * A Node 22 binary to run the cold commands on beside this one: $POLICYC_NODE22, else the one
 * `npm i --prefix node_modules/.cache/node22 node@22` installs (as .ci/run does): its path and
 * version, or the reason there is none (no such file, or not Node 22).
 */
function nodeTwentyTwo() {
  const fromEnv = process.env.POLICYC_NODE22;
  const path = fromEnv || join(root, 'node_modules/.cache/node22/node_modules/node/bin/node');
  const where = fromEnv ? `POLICYC_NODE22 (${fromEnv})` : path.slice(root.length);
  if (!statSync(path, { throwIfNoEntry: false })?.isFile()) return { reason: `no Node 22 binary at ${where}` };
  const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  if (!version.startsWith('v22.')) return { reason: `${where} is Node ${version || '(it did not run)'}, not Node 22` };
  return { path, version };
}

// ---------------------------------------------------------------------------------------------
// Inputs

/**
 * The example the cold runs and the warm rates use, named rather than found, so that a new or
 * grown example does not silently change what the figures in BENCHMARKS.md measure. Hetzner is a
 * real policy, the largest example (7 December 2026), and reports 12 warnings with code frames, as
 * a real file with findings does. The first sessions measured sessionlinked, whose validate and
 * build the cold runs report beside it for comparison. `--example <name>` measures another.
 */
const COLD_EXAMPLE = process.argv.includes('--example') ? process.argv[process.argv.indexOf('--example') + 1] : 'hetzner';
const EARLIER_EXAMPLE = 'sessionlinked';

function fail(message) {
  throw new Error(message);
}

/** The examples by size. */
function examples() {
  return readdirSync(join(root, 'examples'))
    .map((name) => join(root, 'examples', name, 'privacy.yaml'))
    .filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile())
    .map((file) => {
      const value = parseDocument(readFileSync(file, 'utf8')).toJS();
      const entries = ['data_categories', 'purposes', 'subprocessors', 'retention'].reduce((sum, key) => sum + (value[key]?.length ?? 0), 0);
      return { file, bytes: statSync(file).size, lines: readFileSync(file, 'utf8').split('\n').length, entries };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

/**
 * The policy with every list of entries repeated `times` times. Copy n renames what must stay
 * unique (ids, subprocessor names) and points its references at the copies of its own
 * categories, so the result is as valid as the original and each copy is a real entry.
 */
function scaled(source, times) {
  const document = parseDocument(source);
  const policy = document.toJS();
  const renamed = (id, n) => (n === 0 ? id : `${id}_${n}`);
  const refs = (entry, n) => (Array.isArray(entry.data_categories) ? { data_categories: entry.data_categories.map((id) => renamed(id, n)) } : {});
  const copies = (list, copy) => (list ? Array.from({ length: times }, (_, n) => list.map((entry) => copy(entry, n))).flat() : list);
  const out = {
    ...policy,
    data_categories: copies(policy.data_categories, (c, n) => ({ ...c, id: renamed(c.id, n), name: n === 0 ? c.name : `${c.name} (${n})` })),
    purposes: copies(policy.purposes, (p, n) => ({ ...p, id: renamed(p.id, n), name: n === 0 ? p.name : `${p.name} (${n})`, ...refs(p, n) })),
    subprocessors: copies(policy.subprocessors, (s, n) => ({ ...s, name: n === 0 ? s.name : `${s.name} (${n})`, ...refs(s, n) })),
    retention: copies(policy.retention, (r, n) => ({ ...r, ...(r.label && n > 0 ? { label: `${r.label} (${n})` } : {}), ...refs(r, n) })),
  };
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return stringify(out);
}

function stringify(value) {
  const document = parseDocument('{}');
  // Written out in full, like a hand-written policy: no anchors or aliases for repeated values.
  document.contents = document.createNode(value, { aliasDuplicateObjects: false });
  return document.toString({ lineWidth: 0 });
}

/** A later version of `source`: a new subprocessor, a longer retention period, a new date. */
function modified(source) {
  const policy = parseDocument(source).toJS();
  const [first] = policy.subprocessors;
  policy.subprocessors = [...policy.subprocessors, { ...first, name: 'Bench Analytics Ltd', purpose: 'Product analytics' }];
  policy.retention = policy.retention.map((entry, i) =>
    i === policy.retention.findIndex((e) => /^P\d+D$/.test(String(e.period))) ? { ...entry, period: 'P400D' } : entry,
  );
  policy.effective_date = '2026-12-01';
  return stringify(policy);
}

/** `count` different small policies: the complete test fixture under other names and numbers. */
function manyPolicies(dir, count) {
  const template = parseDocument(readFileSync(join(root, 'tests/fixtures/good/complete.yaml'), 'utf8')).toJS();
  const files = [];
  for (let i = 1; i <= count; i++) {
    const name = `Company ${i} Ltd`;
    const domain = `company${i}.example`;
    const policy = {
      ...template,
      controller: { ...template.controller, name, trading_name: `Company ${i}`, email: `hello@${domain}`, website: `https://${domain}` },
      children: { ...template.children, min_age: 13 + (i % 6) },
      retention: template.retention.map((entry) => (entry.period === 'P90D' ? { ...entry, period: `P${30 + (i % 300)}D` } : entry)),
      contact: { ...template.contact, email: `privacy@${domain}` },
    };
    const file = join(dir, `policy-${String(i).padStart(4, '0')}.yaml`);
    writeFileSync(file, stringify(policy));
    files.push(file);
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
// Measuring

/**
 * The temporary folder of every run, and with it the compile caches' (src/cli/launch.ts): the
 * bench's own, so that other runs of policyc on a shared machine (a test suite writing caches of
 * other builds) cannot prune the caches it measures.
 */
let runTmp = tmpdir();

function run(args, what, env = {}, node = process.execPath) {
  const start = process.hrtime.bigint();
  const result = spawnSync(node, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TMPDIR: runTmp, NO_COLOR: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${what} exited with ${result.status}:\n${result.stderr}`);
  return ms;
}

const sorted = (values) => [...values].sort((a, b) => a - b);
const quantile = (values, q) => {
  const s = sorted(values);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const median = (values) => {
  const s = sorted(values);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Cold runs, round-robin: returns the times of each command by its key, warm-up rounds dropped. */
function cold(commands) {
  const times = new Map(commands.map((c) => [c.key, []]));
  for (let round = 0; round < ROUNDS + WARMUP_ROUNDS; round++) {
    for (const command of commands) {
      const ms = run(command.args, command.key, command.env, command.node);
      if (round >= WARMUP_ROUNDS) times.get(command.key).push(ms);
    }
    process.stderr.write(`\r  cold runs: round ${round + 1} of ${ROUNDS + WARMUP_ROUNDS}`);
  }
  process.stderr.write('\n');
  return times;
}

/** Runs the in-process part in a child with one V8 thread and returns what it reports. */
function inChild(task) {
  const result = spawnSync(process.execPath, ['--single-threaded', fileURLToPath(import.meta.url), '--child', JSON.stringify(task)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`in-process benchmark failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** In the child: rates and times of the API, after the JIT has warmed up. */
async function child(task) {
  const api = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const rate = (fn) => {
    for (let i = 0; i < 30; i++) fn();
    let n = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < task.rateMs) {
      fn();
      n++;
      elapsed = performance.now() - start;
    }
    return (n * 1000) / elapsed;
  };
  const out = { rates: [], sizes: [] };
  for (const { label, file } of task.rates) {
    const source = readFileSync(file, 'utf8');
    const checked = api.validate(source, file);
    if (!checked.valid) throw new Error(`${file} is not valid`);
    out.rates.push({
      label,
      build: rate(() => api.build(source, { file })),
      validate: rate(() => api.validate(source, file)),
      render: rate(() => api.build(checked.policy)),
    });
  }
  // Size against time: the sizes alternate round by round, like the cold runs.
  const sources = task.sizes.map(({ file }) => readFileSync(file, 'utf8'));
  sources.forEach((source) => api.build(source));
  const times = task.sizes.map(() => []);
  for (let round = 0; round < task.sizeRounds; round++) {
    sources.forEach((source, i) => {
      // Small inputs repeat, so each sample is long enough for the timer to see.
      const repeat = Math.max(1, Math.round(task.sizes[i].repeat));
      const start = performance.now();
      for (let r = 0; r < repeat; r++) api.build(source);
      times[i].push((performance.now() - start) / repeat);
    });
  }
  out.sizes = task.sizes.map(({ label, bytes, entries }, i) => ({ label, bytes, entries, ms: median(times[i]) }));
  process.stdout.write(JSON.stringify(out));
}

// ---------------------------------------------------------------------------------------------
// Report

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

function table(header, rows) {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => `| ${cells.map((cell, c) => String(cell).padEnd(widths[c])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function machine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return `${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} free), Node ${process.version}, ${process.platform}`;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'policyc-bench-'));
  runTmp = join(work, 'tmp');
  mkdirSync(runTmp);
  try {
    const startedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const loadBefore = load();
    const node22 = nodeTwentyTwo();
    console.log(
      `policyc benchmark, ${startedAt}\n${machine()}\n${node22.path ? `Node ${node22.version.slice(1)} beside it: ${node22.path}` : `Node 22: none (${node22.reason})`}\nload average (1, 5, 15 min) at start: ${loadBefore}\n`,
    );

    const all = examples();
    const pinned = (name) => all.find((e) => e.file === join(root, 'examples', name, 'privacy.yaml')) ?? fail(`no example named ${name}`);
    const example = pinned(COLD_EXAMPLE);
    const earlier = pinned(EARLIER_EXAMPLE);
    console.log(
      table(
        ['example', 'bytes', 'lines', 'entries'],
        all.map((e) => [e.file.slice(root.length), e.bytes, e.lines, e.entries]),
      ),
    );
    console.log(
      `\nThe example the cold runs use: ${example.file.slice(root.length)} (and, beside it, ${earlier.file.slice(root.length)}, which earlier sessions measured)\n`,
    );

    const out = join(work, 'out');
    const later = join(work, 'later.yaml');
    writeFileSync(later, modified(readFileSync(example.file, 'utf8')));
    run([bin, 'build', example.file, '-o', out], 'build');
    const commands = [
      { name: 'node -e 0', args: ['-e', '0'], what: 'the floor: Node starting and exiting' },
      { name: 'policyc --version', args: [bin, '--version'] },
      { name: 'policyc validate', args: [bin, 'validate', example.file], target: 1.4 },
      { name: 'policyc build', args: [bin, 'build', example.file, '-o', out], target: 1.9, what: 'md, html and txt' },
      { name: `policyc validate (${EARLIER_EXAMPLE})`, args: [bin, 'validate', earlier.file] },
      { name: `policyc build (${EARLIER_EXAMPLE})`, args: [bin, 'build', earlier.file, '-o', `${out}-earlier`] },
      { name: 'policyc diff', args: [bin, 'diff', example.file, later, '--notice-date', '2026-12-01'], what: 'the example against a changed copy' },
      // The first run after an install or upgrade, before any compile cache (src/cli/launch.ts).
      { name: 'validate, no compile cache', args: [bin, 'validate', example.file], env: { NODE_DISABLE_COMPILE_CACHE: '1' } },
      { name: 'build, no compile cache', args: [bin, 'build', example.file, '-o', out], env: { NODE_DISABLE_COMPILE_CACHE: '1' } },
      { name: 'marked (peer)', args: [markedCli, '-i', join(out, 'privacy.md'), '-o', join(work, 'peer.html')], what: 'marked CLI: privacy.md to HTML' },
    ];
    // Each command on this Node and, beside it in the same rounds, on Node 22.
    const runs = commands.flatMap((c) => [{ ...c, key: c.name }, ...(node22.path ? [{ ...c, key: `${c.name} (Node 22)`, node: node22.path }] : [])]);
    const times = cold(runs);
    const floor = median(times.get('node -e 0'));
    const floor22 = node22.path && median(times.get('node -e 0 (Node 22)'));
    const results = [];
    console.log(
      `\nCold runs: ${ROUNDS} per command and Node, interleaved round by round (plus ${WARMUP_ROUNDS} warm-up rounds). Each is a new process; policyc's start from the compile cache its previous run left, except the two marked "no compile cache", which are the first run after an install or upgrade. The targets are Node 20's${process.versions.node.startsWith('20.') ? '' : `, and this is Node ${process.version}`}.\n`,
    );
    console.log(
      table(
        [
          'command',
          `Node ${process.versions.node}: median ms`,
          'p90 ms',
          '× floor',
          'target',
          'result',
          ...(node22.path ? [`Node ${node22.version.slice(1)}: median ms`, '× floor'] : []),
        ],
        commands.map((c) => {
          const t = times.get(c.name);
          const ratio = median(t) / floor;
          if (c.target)
            results.push({ name: `cold ${c.name.replace('policyc ', '')} ≤ ${c.target}× floor (Node ${process.versions.node})`, ok: ratio <= c.target });
          const t22 = node22.path ? times.get(`${c.name} (Node 22)`) : undefined;
          return [
            c.name,
            fmt(median(t)),
            fmt(quantile(t, 0.9)),
            `${ratio.toFixed(2)}×`,
            c.target ? `≤ ${c.target}×` : '',
            c.target ? verdict(ratio <= c.target) : '',
            ...(t22 ? [fmt(median(t22)), `${(median(t22) / floor22).toFixed(2)}×`] : []),
          ];
        }),
      ),
    );
    if (!node22.path)
      console.log(
        `\nNode 22 not measured: ${node22.reason}. Set POLICYC_NODE22 to a Node 22 binary, or install one with \`npm i --prefix node_modules/.cache/node22 node@22\`.`,
      );

    // 1,000 files in one run.
    const many = join(work, 'many');
    mkdirSync(many);
    const files = manyPolicies(many, MANY);
    const manyTimes = [0, 1, 2].map(() => run([bin, 'build', ...files, '-o', join(work, 'many-out')], `build of ${MANY} files`));
    const written = readdirSync(join(work, 'many-out')).length;
    if (written !== MANY * 3) throw new Error(`build of ${MANY} files wrote ${written} files`);
    const manyMs = median(manyTimes);
    results.push({ name: `${MANY} files in one build ≤ 2 s`, ok: manyMs <= 2000 });
    console.log(
      `\n${MANY} policy files (the complete test fixture, renamed and varied; ${statSync(files[0]).size} bytes each) in one \`policyc build\`: median of 3 runs ${fmt(manyMs)} ms (${fmt(manyMs / MANY)} ms per policy, ${(MANY / (manyMs / 1000)).toFixed(0)} policies/s); target ≤ 2000 ms: ${verdict(manyMs <= 2000)}`,
    );

    // In-process: rates, and time against size. The series grows the largest example whose 100×
    // copy policyc still accepts: beyond its input bounds (#16) there is no time to measure.
    const accepted = (text) => {
      const file = join(work, 'scaled-probe.yaml');
      writeFileSync(file, text);
      return spawnSync(process.execPath, [bin, 'validate', '--quiet', file]).status === 0;
    };
    const sizeBase = all.find((example) => accepted(scaled(readFileSync(example.file, 'utf8'), 100))) ?? all[all.length - 1];
    console.log(`\nThe size series grows ${sizeBase.file.slice(root.length)}, the largest example whose 100× copy is within policyc's input bounds.`);
    const sizeFiles = [1, 10, 100].map((times) => {
      const file = join(work, `scaled-${times}.yaml`);
      const text = scaled(readFileSync(sizeBase.file, 'utf8'), times);
      writeFileSync(file, text);
      return { label: times === 1 ? 'base' : `${times}×`, file, bytes: Buffer.byteLength(text), entries: sizeBase.entries * times, repeat: 20 / times };
    });
    const measured = inChild({
      rateMs: RATE_MS,
      rates: [
        { label: example.file.slice(root.length), file: example.file },
        { label: `${files[0].slice(work.length + 1)} (one of the ${MANY})`, file: files[0] },
      ],
      sizes: sizeFiles,
      sizeRounds: 7,
    });
    console.log('\nWarm, in process, one core (`node --single-threaded`, dist/index.js), policies per second:\n');
    console.log(
      table(
        ['input', 'build(source) → md, html, txt', 'validate(source) only', 'build(policy): render only', 'target', 'result'],
        measured.rates.map((r, i) => [
          r.label,
          r.build.toFixed(0),
          r.validate.toFixed(0),
          r.render.toFixed(0),
          i === 0 ? '≥ 2000/s' : '',
          i === 0 ? verdict(r.build >= 2000) : '',
        ]),
      ),
    );
    results.push({ name: 'warm in-process build ≥ 2000 policies/s', ok: measured.rates[0].build >= 2000 });

    const base = measured.sizes[0];
    console.log(
      `\nCost against size: that example with every list of entries (data categories, purposes, subprocessors, retention) repeated; build(source) in process, median of 7.\n`,
    );
    console.log(
      table(
        ['policy', 'entries', 'bytes', 'ms', '× base', 'target', 'result'],
        measured.sizes.map((s, i) => {
          const ratio = s.ms / base.ms;
          const limit = [undefined, 12, 120][i];
          if (limit) results.push({ name: `${s.label} entries ≤ ${limit}× the base's time`, ok: ratio <= limit });
          return [s.label, s.entries, s.bytes, fmt(s.ms), `${ratio.toFixed(2)}×`, limit ? `≤ ${limit}×` : '', limit ? verdict(ratio <= limit) : ''];
        }),
      ),
    );

    console.log(`\nload average at end: ${load()}\n`);
    console.log(
      table(
        ['target', 'result'],
        results.map((r) => [r.name, verdict(r.ok)]),
      ),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(JSON.parse(process.argv[3]));
else await main();
