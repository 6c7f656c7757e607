import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createWebMount, storeRegisters } from '../../adapters/web/index.js';
import { loadConfig } from '../../src/config/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { createRuntime, type Runtime, startServer } from '../../src/server/bootstrap.js';

export const KNOWLEDGE_DIR = path.resolve(import.meta.dirname, '../../knowledge');
/** A fixed "now" (a Thursday) so that deadlines and working days never depend on today's date. */
export const NOW = '2026-11-26T09:00:00Z';

export type Running = { url: string; runtime: Runtime; close(): Promise<void> };

/**
 * The real server as `npm start` builds it (bundled knowledge, real core, SQLite store in a fresh
 * directory) with the web pages mounted, on 127.0.0.1 and a free port.
 */
export async function startWeb(env: Record<string, string> = {}): Promise<Running> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'utblick-web-'));
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    UTBLICK_KNOWLEDGE_DIR: KNOWLEDGE_DIR,
    UTBLICK_DATA_DIR: dataDir,
    ...env,
  });
  const runtime = await createRuntime(config, fixedClock(NOW), silentLogger);
  const registers = storeRegisters(runtime.store, runtime.clock, config.timeZone);
  const running = await startServer(runtime, [createWebMount({ registers })]);
  return {
    url: running.url,
    runtime,
    async close() {
      await running.close();
      runtime.store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
