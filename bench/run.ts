import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { bankScale, prepareBankScale, scaleJson, scaleTable } from './bank-scale.js';
import { childResult } from './child-result.js';
import { type Corpus, prepareCorpus, readDocuments } from './corpus.js';
import { type EngineResult, indexDirOf, runMiniSearch, runUtblick } from './engines.js';
import { runSameAnswers } from './same-answers.js';

/**
 * `npm run bench -- --docs N [--seed S] [--budget-ms B] [--settle-rounds R]`: Utblick's index and a MiniSearch baseline on the same
 * passages, each engine in a child process of its own so that memory figures are not mixed. Prints a table
 * and, last, one JSON line. `--child ENGINE --documents FILE --dir DIR` is the child's entry.
 * `npm run bench -- --bank-scale [--sizes 1000,10000] [--seed S] [--prepare-only]`: the question bank on its small corpus and
 * with its documents among generated ones (bench/bank-scale.ts).
 * `npm run bench -- --same-answers [--sizes 10000] [--seed S]`: the bounded and the exhaustive candidate
 * sources answer the bank's and the dev questions alike on that corpus (bench/same-answers.ts).
 */
type Args = {
  docs: number;
  seed: number;
  budgetMs: number;
  skipMetadata: boolean;
  settleRounds: number;
  child?: string;
  documents?: string;
  bank?: string;
  dir?: string;
  /** Comma-separated subset of utblick,utblick-warm,minisearch. */
  engines?: string;
};

function parseArgs(argv: string[]): Args {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const docs = Number(value('docs') ?? 1000);
  if (!Number.isInteger(docs) || docs < 1)
    throw new Error('--docs takes a whole number of documents, e.g. --docs 1000');
  return {
    docs,
    seed: Number(value('seed') ?? 1),
    budgetMs: Number(value('budget-ms') ?? 20_000),
    settleRounds: Number(value('settle-rounds') ?? 60),
    // Beyond 20,000 documents a metadata question takes minutes (see engines.ts); --with-metadata forces them.
    skipMetadata: argv.includes('--skip-metadata') || (docs >= 20_000 && !argv.includes('--with-metadata')),
    child: value('child'),
    documents: value('documents'),
    bank: value('bank'),
    dir: value('dir'),
    engines: value('engines'),
  };
}

async function child(args: Args) {
  const started = performance.now();
  const documents = await readDocuments(args.documents!);
  const bank = await readDocuments(args.bank!);
  const documentsMs = Math.round(performance.now() - started);
  const options = {
    budgetMs: args.budgetMs,
    skipMetadata: args.skipMetadata,
    settleRounds: args.settleRounds,
  };
  const result =
    args.child === 'minisearch'
      ? await runMiniSearch(documents, bank, options)
      : await runUtblick(documents, bank, indexDirOf(args.dir!), options, args.child === 'utblick-warm');
  process.stdout.write(`RESULT ${JSON.stringify({ ...result, documents_ms: documentsMs })}\n`);
}

function spawnChild(engine: string, args: Args, corpus: Corpus): Promise<EngineResult> {
  const script = fileURLToPath(import.meta.url);
  const childArgs = ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', script];
  childArgs.push(
    '--child',
    engine,
    '--documents',
    corpus.documentsFile,
    '--bank',
    corpus.bankFile,
    '--dir',
    corpus.dir,
    '--budget-ms',
    String(args.budgetMs),
    '--settle-rounds',
    String(args.settleRounds),
  );
  if (args.skipMetadata) childArgs.push('--skip-metadata');
  return childResult<EngineResult>(childArgs, engine);
}

const pair = (wall: number | undefined, cpu: number | undefined) =>
  wall === undefined ? undefined : `${wall} / ${cpu}`;

function table(rows: [string, ...(string | number | undefined)[]][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '–').length)));
  return rows.map((r) => r.map((cell, c) => String(cell ?? '–').padEnd(widths[c]!)).join('  ')).join('\n');
}

const fixed = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(3));
const metOrNot = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'not met');
const atMost = (value: number | undefined, limit: number) =>
  value === undefined || Number.isNaN(value) ? null : value <= limit;

/**
 * Issue 18's goals, each judged on this run (query times on CPU and on the wall clock; the machine is
 * shared, so the wall clock also counts waiting for a core). A goal stated for another corpus size is
 * still shown, marked with the size it is stated for.
 */
function goalLines(docs: number, u: EngineResult, w: EngineResult, m: EngineResult): string[] {
  const at = (size: number) => (docs === size ? '' : ` [stated at ${size.toLocaleString('en')} documents]`);
  const n = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : String(x));
  const both = (a: boolean | null, b: boolean | null) =>
    a === null || b === null
      ? metOrNot(a ?? b)
      : a && b
        ? 'met'
        : a
          ? 'met on CPU only'
          : b
            ? 'met on the wall clock only'
            : 'not met';
  const tenth = (ours: number | undefined, theirs: number | undefined) =>
    ours === undefined || theirs === undefined ? null : atMost(ours, theirs / 10);
  const s = u.settled;
  const settled = s
    ? [
        `goal, settled process (after ${s.settle_rounds} more rounds): p50 at most a tenth of MiniSearch's${at(10_000)}: ` +
          `CPU ${n(s.cpu_p50_ms)} vs ${n(m.cpu_p50_ms)} ms, wall ${n(s.p50_ms)} vs ${n(m.p50_ms)} ms: ` +
          both(tenth(s.cpu_p50_ms, m.cpu_p50_ms), tenth(s.p50_ms, m.p50_ms)),
        `goal, settled process: p99 under 10 ms${at(10_000)}: CPU ${n(s.cpu_p99_ms)} ms, wall ${n(s.p99_ms)} ms: ` +
          both(atMost(s.cpu_p99_ms, 10), atMost(s.p99_ms, 10)),
      ]
    : [];
  return [
    `goal: p50 at most a tenth of MiniSearch's${at(10_000)}: CPU ${n(u.cpu_p50_ms)} vs ${n(m.cpu_p50_ms)} ms, ` +
      `wall ${n(u.p50_ms)} vs ${n(m.p50_ms)} ms: ${both(tenth(u.cpu_p50_ms, m.cpu_p50_ms), tenth(u.p50_ms, m.p50_ms))}`,
    `goal: p99 under 10 ms${at(10_000)}: CPU ${n(u.cpu_p99_ms)} ms, wall ${n(u.p99_ms)} ms: ` +
      both(atMost(u.cpu_p99_ms, 10), atMost(u.p99_ms, 10)),
    ...settled,
    `goal: top-1 at least MiniSearch's${at(10_000)} on the ${u.naming ?? '–'} bank questions that name their document: ` +
      `${fixed(u.naming_top1)} vs ${fixed(m.naming_top1)}: ` +
      metOrNot(
        u.naming_top1 === undefined ||
          m.naming_top1 === undefined ||
          Number.isNaN(u.naming_top1 + m.naming_top1)
          ? null
          : u.naming_top1 >= m.naming_top1,
      ),
    `goal: build under 60 s CPU${at(50_000)}: ${n(u.build_cpu_ms)} ms: ${metOrNot(atMost(u.build_cpu_ms, 60_000))}`,
    `goal: RSS under 1.2 GB${at(50_000)}: ${n(u.rss_mb)} MB: ${metOrNot(atMost(u.rss_mb, 1_200))}`,
    `goal: warm start under 5 s${at(50_000)} (the index only: the documents are read from JSON here): ` +
      `${n(w.build_ms)} ms wall: ${metOrNot(atMost(w.build_ms, 5_000))}`,
    'goal: same answers from the bounded and the exhaustive source: see `npm run bench -- --same-answers`',
    'goal: through the Slack endpoint: not measured here (bench/slack-e2e.ts)',
  ];
}

async function runBankScale(argv: string[], log: (s: string) => void) {
  const at = argv.indexOf('--sizes');
  const sizes = (at >= 0 ? argv[at + 1]! : '1000,10000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--sizes takes whole numbers of documents, e.g. --sizes 1000,10000');
  const seedAt = argv.indexOf('--seed');
  const seed = Number(seedAt >= 0 ? argv[seedAt + 1] : 1);
  if (argv.includes('--prepare-only')) return prepareBankScale(sizes, seed, log);
  const rows = await bankScale(sizes, seed, log);
  log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
  );
  process.stdout.write(`${scaleTable(rows)}\n${scaleJson(rows, seed)}\n`);
}

async function main() {
  const log = (s: string) => process.stderr.write(`${s}\n`);
  if (process.argv.includes('--bank-scale')) return runBankScale(process.argv.slice(2), log);
  if (process.argv.includes('--same-answers')) {
    if (!(await runSameAnswers(process.argv.slice(2), log))) process.exitCode = 1;
    return;
  }
  const args = parseArgs(process.argv.slice(2));
  if (args.child) return child(args);
  const corpus = await prepareCorpus(args.docs, args.seed, log);
  if (process.argv.includes('--prepare-only')) return;
  log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
  );
  const results: Record<string, EngineResult> = {};
  const engines = (args.engines ?? 'utblick,utblick-warm,minisearch').split(',');
  for (const engine of engines) {
    log(`running ${engine} …`);
    results[engine] = await spawnChild(engine, args, corpus);
  }
  const missing = { top1: Number.NaN, naming_top1: Number.NaN } as EngineResult;
  const u = results.utblick ?? missing;
  const w = results['utblick-warm'] ?? missing;
  const m = results.minisearch ?? missing;
  const rows: [string, ...(string | number | undefined)[]][] = [
    ['', 'utblick', 'utblick (warm start)', 'minisearch'],
    ['passages', u.passages, w.passages, m.passages],
    ['build / load ms (wall)', u.build_ms, w.build_ms, m.build_ms],
    ['build / load ms (CPU)', u.build_cpu_ms, w.build_cpu_ms, m.build_cpu_ms],
    [
      'answer engine ms, wall / CPU',
      pair(u.engine_ms, u.engine_cpu_ms),
      pair(w.engine_ms, w.engine_cpu_ms),
      '',
    ],
    ['first question ms, wall / CPU', pair(u.first_ms, u.first_cpu_ms), pair(w.first_ms, w.first_cpu_ms), ''],
    ['RSS before index MB', u.base_rss_mb, w.base_rss_mb, m.base_rss_mb],
    ['RSS after index MB', u.rss_mb, w.rss_mb, m.rss_mb],
    ['heap after index MB', u.heap_mb, w.heap_mb, m.heap_mb],
    ['query p50 ms', u.p50_ms, w.p50_ms, m.p50_ms],
    ['query p95 ms', u.p95_ms, w.p95_ms, m.p95_ms],
    ['query p99 ms', u.p99_ms, w.p99_ms, m.p99_ms],
    ['query p50 ms (CPU)', u.cpu_p50_ms, w.cpu_p50_ms, m.cpu_p50_ms],
    ['query p99 ms (CPU)', u.cpu_p99_ms, w.cpu_p99_ms, m.cpu_p99_ms],
    ['queries timed', u.queries, w.queries, m.queries],
    [
      `settled: after ${u.settled?.settle_rounds ?? w.settled?.settle_rounds ?? '–'} more rounds, p50 / p99 ms`,
      u.settled && pair(u.settled.p50_ms, u.settled.p99_ms),
      w.settled && pair(w.settled.p50_ms, w.settled.p99_ms),
      '',
    ],
    [
      'settled: p50 / p99 ms (CPU)',
      u.settled && pair(u.settled.cpu_p50_ms, u.settled.cpu_p99_ms),
      w.settled && pair(w.settled.cpu_p50_ms, w.settled.cpu_p99_ms),
      '',
    ],
    [
      `top-1, ${u.naming ?? m.naming ?? '–'} bank questions naming their document`,
      fixed(u.naming_top1),
      fixed(w.naming_top1),
      fixed(m.naming_top1),
    ],
    ['dev top-1', fixed(u.top1), fixed(w.top1), fixed(m.top1)],
    ['dev declined', u.declined, w.declined, 'cannot decline'],
    ['documents read from JSON ms', u.documents_ms, w.documents_ms, m.documents_ms],
    ['index file MB / save ms', `${u.index_file_mb} / ${u.save_ms}`, '', ''],
  ];
  log(
    `corpus: ${args.docs} generated documents + the seed document + the bank's 9 documents; generated in ${corpus.generateMs} ms, loaded in ${corpus.loadMs} ms`,
  );
  if (args.skipMetadata)
    log('note: metadata questions (deadline, case officer, sender, recipients) left out of both engines');
  process.stdout.write(`${table(rows)}\n`);
  process.stdout.write(`${goalLines(args.docs, u, w, m).join('\n')}\n`);
  const pick = (r: EngineResult) => ({
    build_ms: r.build_ms,
    build_cpu_ms: r.build_cpu_ms,
    engine_ms: r.engine_ms,
    first_ms: r.first_ms,
    rss_mb: r.rss_mb,
    p50_ms: r.p50_ms,
    p95_ms: r.p95_ms,
    p99_ms: r.p99_ms,
    cpu_p50_ms: r.cpu_p50_ms,
    cpu_p99_ms: r.cpu_p99_ms,
    settled: r.settled,
    top1: Math.round(r.naming_top1 * 1000) / 1000,
    dev_top1: Math.round(r.top1 * 1000) / 1000,
  });
  process.stdout.write(
    `${JSON.stringify({ docs: args.docs, passages: u.passages, utblick: pick(u), minisearch: pick(m) })}\n`,
  );
}

main().catch((error: Error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = 1;
});
