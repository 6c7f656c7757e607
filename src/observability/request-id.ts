import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../core/logger.js';
import { requestIdFrom, runInRequest } from '../core/request-context.js';

export const REQUEST_ID_HEADER = 'X-Request-Id';
/** Polled every few seconds by monitoring: their access lines are debug, not info. */
const QUIET_PATHS = new Set(['/healthz', '/metrics']);

/**
 * Gives every request an id (the caller's `X-Request-Id` when sane, else a new UUID), echoes it in the
 * response, and runs the rest of the chain inside it, so that every log line written while handling
 * the request carries `reqId`. One line per request at the end: method, path, status and
 * milliseconds; never the query string (it may hold a token) or a body.
 */
export function requestId(logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const reqId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader(REQUEST_ID_HEADER, reqId);
    const started = process.hrtime.bigint();
    runInRequest(reqId, () => {
      // 'close', not 'finish': it also fires when the client goes away before the response is complete.
      res.once('close', () =>
        logger[QUIET_PATHS.has(req.path) ? 'debug' : 'info']('request', {
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
          ...(res.writableFinished ? {} : { aborted: true }),
        }),
      );
      next();
    });
  };
}
