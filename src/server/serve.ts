import { createWebMount, storeRegisters } from '../../adapters/web/index.js';
import { loadConfig } from '../config/config.js';
import { type Clock, systemClock } from '../core/clock.js';
import { createLogger } from '../core/logger.js';
import { createDeliveryAdapters } from '../notify/platforms.js';
import { type SchedulerOptions, startScheduler } from '../notify/scheduler.js';
import type { Mount } from '../platform/adapter.js';
import { startRetention } from '../privacy/retention.js';
import { watchKnowledge } from '../runtime/knowledge-watcher.js';
import { createRuntime, startServer } from './bootstrap.js';
import { createMounts, DELIVERY_FACTORIES } from './platforms.js';
import { announceReindexedReferrals } from './reindex-announcer.js';
import { Shutdown } from './shutdown.js';

export type ServeOptions = {
  env: Record<string, string | undefined>;
  cwd?: string;
  clock?: Clock;
  /** Routes mounted before the web pages (tests use a slow one). */
  extraMounts?: Mount[];
  scheduler?: Pick<SchedulerOptions, 'firstTickMs' | 'intervalMs'>;
  shutdownTimeoutMs?: number;
};

export type Served = { url: string; shutdown: Shutdown };

/**
 * Starts the whole server: HTTP (Slack, Teams, web pages, health), the knowledge watcher and the
 * notification scheduler, and installs graceful shutdown on SIGTERM/SIGINT. Everything started here
 * registers how it stops with `shutdown`; the database closes last.
 */
export async function runServer(options: ServeOptions): Promise<Served> {
  const config = loadConfig(options.env, options.cwd);
  const logger = createLogger(config.logLevel);
  const shutdown = new Shutdown({
    logger,
    ...(options.shutdownTimeoutMs !== undefined ? { timeoutMs: options.shutdownTimeoutMs } : {}),
  });
  const runtime = await createRuntime(config, options.clock ?? systemClock, logger);
  shutdown.add('database', () => runtime.store.close(), 'resource');
  // The web pages come last: they serve `/`, and need the store for the overview and CSV export.
  const web = createWebMount({ registers: storeRegisters(runtime.store, runtime.clock, config.timeZone) });
  const mounts = createMounts({
    onSlackApp: (app) => {
      if (config.slack.appToken) shutdown.add('slack socket mode', async () => void (await app.stop()));
    },
  });
  const running = await startServer(runtime, [...mounts, ...(options.extraMounts ?? []), web]);
  shutdown.add('http server', () => running.close());
  const watcher = watchKnowledge(runtime.knowledge, logger);
  shutdown.add('knowledge watcher', () => watcher.close());
  const adapters = await createDeliveryAdapters(config, logger, DELIVERY_FACTORIES);
  shutdown.add('notification scheduler', startScheduler(runtime, adapters, options.scheduler));
  shutdown.add('referral announcements', announceReindexedReferrals(runtime, adapters));
  // Background jobs start here and register how they stop: shutdown.add(name, job).
  shutdown.add('retention', startRetention(runtime));
  shutdown.listen();

  const status = runtime.knowledge.status();
  logger.info('utblick started', {
    url: running.url,
    documents: status.documents,
    passages: status.passages,
    indexMs: status.indexMs,
    skipped: status.skipped.length,
    skippedFiles: status.skipped.map((f) => `${f.file} (${f.reason})`),
  });
  process.stdout.write(
    `Utblick is running on http://localhost:${new URL(running.url).port}/ (${status.documents} documents)\n`,
  );
  return { url: running.url, shutdown };
}
