import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/config.js';
import { systemClock } from '../src/core/clock.js';
import type { Input } from '../src/core/input.js';
import { silentLogger } from '../src/core/logger.js';
import { createRuntime } from '../src/server/bootstrap.js';
import { KNOWLEDGE_DIR } from './corpus.js';
import { ENGLISH_QUESTIONS, percentiles, SWEDISH_QUESTIONS } from './queries.js';

/**
 * End to end through the core's handle(), in process: the real runtime (SQLite store, knowledge base,
 * commands, answer replies) with questions from a fixed mix, `--concurrency` callers at a time for
 * `--seconds`. The Slack HTTP adapter had not landed when this was written; once it has, the same mix
 * goes through its signed endpoint with autocannon.
 * `tsx bench/e2e.ts [--knowledge DIR] [--seconds 10] [--concurrency 8]`
 */
function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

async function main() {
  const knowledgeDir = path.resolve(option('knowledge', KNOWLEDGE_DIR));
  const seconds = Number(option('seconds', '10'));
  const concurrency = Number(option('concurrency', '8'));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'utblick-e2e-'));
  try {
    // One user asks everything: measure answering, not the rate limits.
    const config = loadConfig({
      UTBLICK_KNOWLEDGE_DIR: knowledgeDir,
      UTBLICK_DATA_DIR: dataDir,
      UTBLICK_RATE_LIMIT_USER: 'off',
      UTBLICK_RATE_LIMIT_CONVERSATION: 'off',
    });
    const started = performance.now();
    const runtime = await createRuntime(config, systemClock, silentLogger);
    const startMs = Math.round(performance.now() - started);
    const mix = [...SWEDISH_QUESTIONS, ...ENGLISH_QUESTIONS];
    const input = (text: string): Input => ({ platform: 'slack', text, userId: 'slack:T1:U1', locale: 'sv' });
    for (const q of mix) await runtime.core.handle(input(q));
    const samples: number[] = [];
    let next = 0;
    const deadline = performance.now() + seconds * 1000;
    const worker = async () => {
      while (performance.now() < deadline) {
        const q = mix[next++ % mix.length]!;
        const t = performance.now();
        await runtime.core.handle(input(q));
        samples.push(performance.now() - t);
        // Let other callers in, as concurrent HTTP requests would.
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    const elapsed = (performance.now() - t0) / 1000;
    const p = percentiles(samples);
    const result = {
      via: 'core.handle (in process)',
      knowledge: knowledgeDir,
      documents: runtime.knowledge.status().documents,
      passages: runtime.knowledge.status().passages,
      start_ms: startMs,
      concurrency,
      requests: samples.length,
      qps: Math.round(samples.length / elapsed),
      p50_ms: p.p50,
      p99_ms: p.p99,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    runtime.store.close?.();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  process.stderr.write(`e2e: ${error.message}\n`);
  process.exitCode = 1;
});
