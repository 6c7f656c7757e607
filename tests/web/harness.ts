import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createWebMount, type WebOptions } from '../../adapters/web/index.js';
import { loadConfig } from '../../src/config/config.js';
import { fixedClock } from '../../src/core/clock.js';
import type { Core } from '../../src/core/core.js';
import { silentLogger } from '../../src/core/logger.js';
import { createApp } from '../../src/server/app.js';

export const KNOWLEDGE_DIR = path.resolve(import.meta.dirname, '../../knowledge');

export type Running = { url: string; close(): Promise<void> };

/** The shared app with the web pages mounted, listening on 127.0.0.1 on a free port. */
export async function startWeb(
  core: Core,
  options: WebOptions = {},
  env: Record<string, string> = {},
): Promise<Running> {
  const config = loadConfig({ UTBLICK_KNOWLEDGE_DIR: KNOWLEDGE_DIR, ...env });
  const context = { config, core, clock: fixedClock('2026-11-26T09:00:00Z'), logger: silentLogger };
  const app = await createApp(
    context,
    () => ({ documents: 1, passages: 1, indexedAt: '2026-11-26T09:00:00Z', indexMs: 1, skipped: [] }),
    [createWebMount(options)],
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
