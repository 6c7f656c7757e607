import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childResult } from './child-result.js';
import { generateCorpus } from './corpus.js';

/**
 * `npx tsx bench/warm-start.ts --docs N [--seed S] [--warm-only] [--prepare-only] [--compiled]`: the whole
 * process started again after a deploy. A first process opens the knowledge base over the generated folder
 * with a document cache and a persisted index (`cacheDir`, `indexDir`, as the server can) and saves both; a
 * second, fresh process opens it again from them. Each reports, from its own start (Node's time origin, so
 * module loading counts), the wall and CPU time until the first question is answered, and RSS after a
 * forced GC. The processes run the sources under tsx, or with `--compiled` the build in `dist/` (built
 * first) under plain Node, as `npm start` does; the two keep document caches of their own, since the
 * extractor's fingerprint is taken from the code each runs.
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

const here = path.dirname(fileURLToPath(import.meta.url));

function spawnChild(dir: string, phase: string, compiled: boolean): Promise<Result> {
  const script = path.join(here, 'warm-start-child.mjs');
  const args = ['--expose-gc', '--max-old-space-size=8192'];
  if (compiled) args.push(script, '--compiled');
  else args.push('--import', 'tsx', script);
  args.push('--child', phase, '--dir', dir);
  return childResult<Result>(args, phase);
}

/** Compiles the sources into `dist/`, as `npm run build` does. */
function build(log: (s: string) => void) {
  log('warm-start: building dist/ …');
  const tsc = path.join(here, '..', 'node_modules', 'typescript', 'bin', 'tsc');
  const built = spawnSync(process.execPath, [tsc, '-p', path.join(here, '..', 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('the build failed');
}

async function main() {
  const argv = process.argv.slice(2);
  const docs = Number(option(argv, 'docs') ?? 1000);
  const seed = Number(option(argv, 'seed') ?? 1);
  const compiled = argv.includes('--compiled');
  const mode = compiled ? 'compiled, plain Node' : 'sources, tsx';
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const corpus = await generateCorpus(docs, seed, log);
  if (argv.includes('--prepare-only')) return;
  if (compiled) build(log);
  // --warm-only starts again from what an earlier run saved, to measure a change to the warm path alone.
  let cold: Result | undefined;
  if (!argv.includes('--warm-only')) {
    log(`warm-start: first start (${mode}; reads every file, builds the index, saves both) …`);
    cold = await spawnChild(corpus.dir, 'first', compiled);
  }
  log(`warm-start: second start (${mode}; document cache and saved index) …`);
  const warm = await spawnChild(corpus.dir, 'warm', compiled);
  for (const r of cold ? [cold, warm] : [warm]) {
    process.stdout.write(
      `${r.phase} (${mode}): ${r.documents} documents, ${r.passages} passages; ready (first question answered) ` +
        `${r.ready_ms} ms wall, ${r.ready_cpu_ms} ms CPU from process start; saving ${r.saved_ms} ms; ` +
        `RSS after GC ${r.rss_mb} MB, heap ${r.heap_mb} MB\n`,
    );
  }
  const met = warm.ready_ms < 5000 ? 'met' : warm.ready_cpu_ms < 5000 ? 'met on CPU only' : 'not met';
  const rss = warm.rss_mb < 1200 ? 'met' : 'not met';
  process.stdout.write(
    `goal: whole-process warm start under 5 s at ${docs.toLocaleString('en')} documents (${mode}): ` +
      `${warm.ready_ms} ms wall, ${warm.ready_cpu_ms} ms CPU: ${met}; RSS after GC under 1.2 GB: ` +
      `${warm.rss_mb} MB: ${rss}\n`,
  );
  process.stdout.write(
    `${JSON.stringify({ docs, mode: compiled ? 'compiled' : 'tsx', first: cold, warm })}\n`,
  );
}

main().catch((error: Error) => {
  process.stderr.write(`warm-start: ${error.stack ?? error.message}\n`);
  process.exitCode = 1;
});
