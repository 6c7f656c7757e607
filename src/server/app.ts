import express from 'express';
import type { Config } from '../config/config.js';
import type { Clock } from '../core/clock.js';
import type { Core } from '../core/core.js';
import type { Logger } from '../core/logger.js';

/** What `GET /healthz` reports about the knowledge index (DESIGN.md contract). */
export type KnowledgeStatus = {
  documents: number;
  passages: number;
  indexedAt: string;
  indexMs: number;
  skipped: { file: string; reason: string }[];
};

/** Everything an adapter may use. Adapters hold no business logic: they talk to the core. */
export type AdapterContext = {
  config: Config;
  core: Core;
  clock: Clock;
  logger: Logger;
};

/**
 * Mounts one adapter's routes on the shared app. Slack's receiver needs the raw body, so no global
 * JSON parser is installed here: each adapter adds the body parser its own routes need.
 */
export type Mount = (app: express.Express, context: AdapterContext) => void | Promise<void>;

export async function createApp(
  context: AdapterContext,
  knowledgeStatus: () => KnowledgeStatus,
  mounts: Mount[],
): Promise<express.Express> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);

  app.get('/healthz', (_req, res) => {
    const status = knowledgeStatus();
    res.json({ status: 'ok', ...status });
  });

  for (const mount of mounts) await mount(app, context);
  return app;
}
