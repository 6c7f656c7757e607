import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { PrometheusMetrics } from '../observability/prometheus.js';
import { isLocalRequest } from '../platform/local-access.js';

function sameSecret(presented: string, expected: string): boolean {
  const left = Buffer.from(presented);
  const right = Buffer.from(expected);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * `GET /metrics`: the local-access rule of the web pages (loopback without proxy headers), and, when
 * `UTBLICK_METRICS_TOKEN` is set, any scraper that presents it as `Authorization: Bearer …`. The web
 * token is deliberately not accepted, so that the two secrets can be handed out separately.
 */
export function metricsRoute(metrics: PrometheusMetrics, token: string | undefined): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const auth = req.headers.authorization;
    const bearer = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
    const allowed =
      isLocalRequest(req) || (token !== undefined && bearer !== undefined && sameSecret(bearer, token));
    if (!allowed) {
      res
        .status(403)
        .type('text/plain; charset=utf-8')
        .send(
          'Mätvärdena visas bara för anrop från den här datorn, eller med UTBLICK_METRICS_TOKEN som bearer-token.\n' +
            'Metrics are only shown to requests from this computer, or with UTBLICK_METRICS_TOKEN as a bearer token.\n',
        );
      return;
    }
    try {
      const body = await metrics.render();
      res.status(200).type(metrics.contentType).send(body);
    } catch (error) {
      next(error);
    }
  };
}
