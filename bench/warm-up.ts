import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { percentiles } from './queries.js';
import { mixEngine, option } from './question-times.js';

/**
 * `npx tsx bench/warm-up.ts --docs N [--rounds R] [--window W] [--seed S]`: how the answer latency of the bench's
 * mix settles as the process runs. Answers the mix R times (100) after one pass to warm up, as the bench does,
 * and prints per window of W rounds (20) the CPU and wall p50 and p99, and the CPU of the main thread beside
 * that of the process's other threads (V8's compiler and GC helpers; read from /proc, so Linux only). The
 * bench times some twenty rounds after one pass, while V8 still recompiles the answer code on its helper
 * threads, and process CPU counts that work in whichever answers it overlaps. Uses the index `npm run bench`
 * saved, as question-times.ts does.
 */

/** CPU milliseconds per thread of this process, by thread id (empty where /proc is not there). */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  let tasks: string[] = [];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  for (const task of tasks) {
    try {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(task, (Number(fields[11]) + Number(fields[12])) * tick);
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return out;
}

async function main() {
  const argv = process.argv.slice(2);
  const docs = Number(option(argv, 'docs') ?? 10_000);
  const rounds = Number(option(argv, 'rounds') ?? 100);
  const window = Number(option(argv, 'window') ?? 20);
  const seed = Number(option(argv, 'seed') ?? 1);
  const { engine, index, mix } = await mixEngine(docs, seed, (s) => process.stderr.write(`${s}\n`));
  const main = String(process.pid);
  process.stdout.write(`${docs} documents, ${index.size} passages, ${mix.length} questions a round\n`);
  for (let from = 0; from < rounds; from += window) {
    const cpu: number[] = [];
    const wall: number[] = [];
    const before = threadCpu();
    for (let r = from; r < Math.min(rounds, from + window); r++) {
      for (const q of mix) {
        const started = performance.now();
        const used = process.cpuUsage();
        engine.answer(q);
        const spent = process.cpuUsage(used);
        cpu.push((spent.user + spent.system) / 1000);
        wall.push(performance.now() - started);
      }
    }
    let own = 0;
    let others = 0;
    for (const [task, ms] of threadCpu()) {
      const delta = ms - (before.get(task) ?? 0);
      if (task === main) own += delta;
      else others += delta;
    }
    const c = percentiles(cpu);
    const w = percentiles(wall);
    process.stdout.write(
      `rounds ${from + 1}–${Math.min(rounds, from + window)}: CPU p50 ${c.p50} ms, p99 ${c.p99} ms; wall p50 ${w.p50} ms,` +
        ` p99 ${w.p99} ms; main thread ${Math.round(own)} ms CPU, other threads ${Math.round(others)} ms\n`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: Error) => {
    process.stderr.write(`warm-up: ${error.stack ?? error.message}\n`);
    process.exitCode = 1;
  });
}
