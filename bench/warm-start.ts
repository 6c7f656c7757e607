import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../src/core/clock.js';
import { KnowledgeBase } from '../src/runtime/knowledge-base.js';
import { childResult } from './child-result.js';
import { generateCorpus } from './corpus.js';

/**
 * `npx tsx bench/warm-start.ts --docs N [--seed S] [--warm-only] [--prepare-only]`: the whole process started again after a deploy. A
 * first process opens the knowledge base over the generated folder with a document cache and a persisted
 * index (`cacheDir`, `indexDir`, as the server can) and saves both; a second, fresh process opens it again
 * from them. Each reports, from its own start (Node's time origin, so module loading counts), the wall and
 * CPU time until the first question is answered, and RSS after a forced GC.
 */
type Result = {
  phase: string;
  ready_ms: number;
  ready_cpu_ms: number;
  saved_ms: number;
  rss_mb: number;
  heap_mb: number;
  documents: number;
  passages: number;
};

const option = (argv: string[], name: string) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
};

async function child(dir: string, phase: string) {
  const work = path.join(dir, '.warm-start');
  const kb = await KnowledgeBase.open({
    dir,
    maxFileBytes: 10_000_000,
    clock: systemClock,
    timeZone: 'Europe/Stockholm',
    cacheDir: path.join(work, 'documents'),
    indexDir: path.join(work, 'index'),
  });
  kb.snapshot.engine.answer('Vem ansvarar för bevakning och påverkan?');
  const readyMs = performance.now();
  const cpu = process.cpuUsage();
  const beforeSave = performance.now();
  await kb.saved();
  const savedMs = performance.now() - beforeSave;
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const result: Result = {
    phase,
    ready_ms: Math.round(readyMs),
    ready_cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
    saved_ms: Math.round(savedMs),
    rss_mb: Math.round(m.rss / 2 ** 20),
    heap_mb: Math.round(m.heapUsed / 2 ** 20),
    documents: kb.snapshot.documents.length,
    passages: kb.snapshot.index.size,
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

function spawnChild(dir: string, phase: string): Promise<Result> {
  const script = fileURLToPath(import.meta.url);
  const args = ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', script];
  args.push('--child', phase, '--dir', dir);
  return childResult<Result>(args, phase);
}

async function main() {
  const argv = process.argv.slice(2);
  const phase = option(argv, 'child');
  if (phase) return child(option(argv, 'dir')!, phase);
  const docs = Number(option(argv, 'docs') ?? 1000);
  const seed = Number(option(argv, 'seed') ?? 1);
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const corpus = await generateCorpus(docs, seed, log);
  if (argv.includes('--prepare-only')) return;
  // --warm-only starts again from what an earlier run saved, to measure a change to the warm path alone.
  let cold: Result | undefined;
  if (!argv.includes('--warm-only')) {
    log('warm-start: first start (reads every file, builds the index, saves both) …');
    cold = await spawnChild(corpus.dir, 'first');
  }
  log('warm-start: second start (document cache and saved index) …');
  const warm = await spawnChild(corpus.dir, 'warm');
  for (const r of cold ? [cold, warm] : [warm]) {
    process.stdout.write(
      `${r.phase}: ${r.documents} documents, ${r.passages} passages; ready (first question answered) ` +
        `${r.ready_ms} ms wall, ${r.ready_cpu_ms} ms CPU from process start; saving ${r.saved_ms} ms; ` +
        `RSS after GC ${r.rss_mb} MB, heap ${r.heap_mb} MB\n`,
    );
  }
  const met = warm.ready_ms < 5000 ? 'met' : warm.ready_cpu_ms < 5000 ? 'met on CPU only' : 'not met';
  process.stdout.write(
    `goal: whole-process warm start under 5 s at ${docs.toLocaleString('en')} documents: ${warm.ready_ms} ms wall, ` +
      `${warm.ready_cpu_ms} ms CPU: ${met}\n`,
  );
  process.stdout.write(`${JSON.stringify({ docs, first: cold, warm })}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`warm-start: ${error.stack ?? error.message}\n`);
  process.exitCode = 1;
});
