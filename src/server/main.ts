import { createWebMount, storeRegisters } from '../../adapters/web/index.js';
import { ConfigError, loadConfig } from '../config/config.js';
import { systemClock } from '../core/clock.js';
import { createLogger } from '../core/logger.js';
import { watchKnowledge } from '../knowledge/watcher.js';
import { createDeliveryAdapters } from '../notify/platforms.js';
import { startScheduler } from '../notify/scheduler.js';
import { startRetention } from '../privacy/retention.js';
import { createRuntime, startServer } from './bootstrap.js';
import { DELIVERY_FACTORIES, MOUNTS } from './platforms.js';
import { announceReindexedReferrals } from './reindex-announcer.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const runtime = await createRuntime(config, systemClock, logger);
  // The web pages come last: they serve `/`, and need the store for the overview and CSV export.
  const web = createWebMount({ registers: storeRegisters(runtime.store, runtime.clock, config.timeZone) });
  const running = await startServer(runtime, [...MOUNTS, web]);
  const watcher = watchKnowledge(runtime.knowledge, logger);
  const adapters = await createDeliveryAdapters(config, logger, DELIVERY_FACTORIES);
  const scheduler = startScheduler(runtime, adapters);
  const retention = startRetention(runtime);
  announceReindexedReferrals(runtime, adapters);
  const status = runtime.knowledge.status();
  logger.info('utblick started', {
    url: running.url,
    documents: status.documents,
    passages: status.passages,
    indexMs: status.indexMs,
    skipped: status.skipped.length,
  });
  process.stdout.write(
    `Utblick is running on http://localhost:${config.port}/ (${status.documents} documents)\n`,
  );
  const stop = async () => {
    await watcher.close();
    await scheduler.stop();
    await retention.stop();
    await running.close();
    runtime.store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Utblick could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
