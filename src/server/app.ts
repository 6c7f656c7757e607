import express, { type NextFunction, type Request, type Response } from 'express';
import { describeErrorText } from '../observability/error-description.js';
import { createPrometheusMetrics, type PrometheusMetrics } from '../observability/prometheus.js';
import { requestId } from '../observability/request-id.js';
import type { AdapterContext, Mount } from '../platform/adapter.js';
import type { StoreHealth } from '../registry/store.js';
import { metricsRoute } from './metrics-route.js';

/** What `GET /healthz` reports about the knowledge index (DESIGN.md contract). */
export type KnowledgeStatus = {
  documents: number;
  passages: number;
  indexedAt: string;
  indexMs: number;
  skipped: { file: string; reason: string }[];
};

export async function createApp(
  context: AdapterContext,
  knowledgeStatus: () => KnowledgeStatus,
  mounts: Mount[],
  options: { metrics?: PrometheusMetrics; database?: () => StoreHealth } = {},
): Promise<express.Express> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(requestId(context.logger));

  const metrics = options.metrics ?? indexOnlyMetrics(context, knowledgeStatus);
  app.get('/metrics', metricsRoute(metrics, context.config.metricsToken));

  // A load balancer takes an instance out while its database is away (503 with the reason); questions
  // are still answered there for whoever reaches it.
  app.get('/healthz', (_req, res) => {
    const status = knowledgeStatus();
    const database = options.database?.();
    if (database && !database.ok) {
      res.status(503).json({ status: 'unavailable', reason: database.reason, ...status, database });
      return;
    }
    res.json({ status: 'ok', ...status, ...(database ? { database } : {}) });
  });

  for (const mount of mounts) await mount(app, context);

  // Last: whatever a route did not handle becomes a plain sentence, never a stack trace.
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = httpStatusOf(error);
    if (status >= 500) {
      context.logger.error('request failed', {
        error: describeErrorText(error),
      });
    }
    res
      .status(status)
      .type('text/plain; charset=utf-8')
      .send(
        status >= 500
          ? 'Något gick fel i Utblick. / Something went wrong in Utblick.\n'
          : 'Begäran kunde inte läsas. / The request could not be read.\n',
      );
  });
  return app;
}

/** An app built without a runtime's metrics still serves /metrics: the index gauges and the process. */
function indexOnlyMetrics(
  context: AdapterContext,
  knowledgeStatus: () => KnowledgeStatus,
): PrometheusMetrics {
  const metrics = createPrometheusMetrics();
  metrics.watchIndex(knowledgeStatus, context.clock);
  return metrics;
}

function httpStatusOf(error: unknown): number {
  const status =
    (error as { status?: unknown; statusCode?: unknown } | null)?.status ??
    (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
