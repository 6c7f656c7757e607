import { createSlackMount } from '../adapters/slack/index.js';
import { mountTeams } from '../adapters/teams/index.js';
import { loadConfig } from '../src/config/config.js';
import { systemClock } from '../src/core/clock.js';
import type { Logger } from '../src/core/logger.js';
import { createRuntime, startServer } from '../src/server/bootstrap.js';

/**
 * The bot server for bench/load.ts: the real runtime with the Slack and Teams adapters, configured from the
 * environment (run with --expose-gc). Every few seconds it prints `MEM {…}` with its memory after a full
 * garbage collection, the errors it logged and the stray rejections it saw.
 */
let errors = 0;
let strays = 0;
const logger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error: () => {
    errors += 1;
  },
};
process.on('unhandledRejection', () => {
  strays += 1;
});
process.on('uncaughtException', () => {
  strays += 1;
});

const config = loadConfig(process.env);
const runtime = await createRuntime(config, systemClock, logger);
const running = await startServer(runtime, [createSlackMount({ webApiRetries: 0 }), mountTeams]);
const gc = (globalThis as { gc?: () => void }).gc;
const sample = () => {
  gc?.();
  const m = process.memoryUsage();
  process.stdout.write(
    `MEM ${JSON.stringify({ at: Date.now(), rss: m.rss, heapUsed: m.heapUsed, errors, strays, gc: Boolean(gc) })}\n`,
  );
};
const timer = setInterval(sample, Number(process.env.LOAD_SAMPLE_MS ?? 5000));
process.stdout.write(`LISTENING ${running.url}\n`);
sample();
process.once('SIGTERM', async () => {
  clearInterval(timer);
  sample();
  await running.close();
  runtime.store.close();
  process.exit(0);
});
