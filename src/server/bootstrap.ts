import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type express from 'express';
import type { Config } from '../config/config.js';
import type { Clock } from '../core/clock.js';
import type { Core } from '../core/core.js';
import type { Logger } from '../core/logger.js';
import { createRateLimiter } from '../core/rate-limit.js';
import { createPrometheusMetrics, type PrometheusMetrics } from '../observability/prometheus.js';
import type { Mount } from '../platform/adapter.js';
import { openStore } from '../registry/open-store.js';
import { type Store, StoreClosedError, StoreUnavailableError } from '../registry/store.js';
import { composeCore } from '../runtime/compose-core.js';
import { knowledgeSource } from '../runtime/create-core.js';
import { KnowledgeBase } from '../runtime/knowledge-base.js';
import { createApp } from './app.js';

export type Runtime = {
  config: Config;
  clock: Clock;
  logger: Logger;
  store: Store;
  knowledge: KnowledgeBase;
  core: Core;
  /** This server's metrics (its own registry), served at `GET /metrics`. */
  metrics: PrometheusMetrics;
};

/** Builds everything the server and the CLI share: the store, the knowledge base and the core. */
export async function createRuntime(config: Config, clock: Clock, logger: Logger): Promise<Runtime> {
  mkdirSync(config.dataDir, { recursive: true });
  const store = openStore(config, { logger, retry: true });
  // PostgreSQL away at start is no reason to stop: questions are answered from the local index,
  // /healthz says 503 with the reason, and the store keeps trying. A database it must not use (from a
  // newer Utblick, refused credentials) stops the start.
  await store.ready().catch((error: unknown) => {
    if (!(error instanceof StoreUnavailableError)) throw error;
  });
  const knowledge = await KnowledgeBase.open({
    dir: config.knowledgeDir,
    maxFileBytes: config.maxFileBytes,
    indexConfidential: config.indexConfidential,
    clock,
    timeZone: config.timeZone,
    indexDir: path.join(config.dataDir, 'index'),
    cacheDir: path.join(config.dataDir, 'documents'),
  });
  const metrics = createPrometheusMetrics();
  metrics.watchIndex(() => knowledge.status(), clock);
  const rateLimiter = createRateLimiter({ ...config.rateLimit, clock });
  const { core, commands } = composeCore({
    config,
    store,
    clock,
    logger,
    knowledge: knowledgeSource(knowledge),
    documents: () => knowledge.snapshot.documents,
    metrics,
    rateLimiter,
  });
  await syncDocumentsWhenReachable(commands.syncDocuments, logger);
  return { config, clock, logger, store, knowledge, core, metrics };
}

/**
 * The referral register follows the documents at start. With the database away, the sync is tried
 * again (with backoff) until it gets through, so that referrals in documents that arrived meanwhile
 * still enter the register and are reminded of; a referral command or a re-index syncs too.
 */
async function syncDocumentsWhenReachable(sync: () => Promise<void>, logger: Logger): Promise<void> {
  let attempt = 0;
  const run = async (): Promise<void> => {
    try {
      await sync();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || error instanceof StoreClosedError) throw error;
      attempt += 1;
      const wait = Math.min(5_000 * 2 ** (attempt - 1), 60_000);
      if (attempt === 1)
        logger.warn('referral register not yet synced with the documents: database unavailable');
      setTimeout(() => void run().catch(() => undefined), wait).unref();
    }
  };
  await run();
}

export type RunningServer = {
  app: express.Express;
  server: Server;
  url: string;
  close(): Promise<void>;
};

export async function startServer(runtime: Runtime, mounts: Mount[]): Promise<RunningServer> {
  const { config, core, clock, logger, knowledge, metrics, store } = runtime;
  const app = await createApp({ config, core, clock, logger }, () => knowledge.status(), mounts, {
    metrics,
    database: () => store.health(),
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;
  return {
    app,
    server,
    url,
    close: () => closeGracefully(server),
  };
}

/**
 * Stops accepting connections and lets requests in flight finish; keep-alive connections are closed
 * as soon as they are idle (a client holding one open would otherwise keep the server alive). Resolves
 * when the last connection has ended.
 */
export function closeGracefully(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    if (!server.listening) return resolve();
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    server.close(() => {
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}
