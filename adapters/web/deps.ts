import type { Request, RequestHandler, Response } from 'express';
import { describeErrorText } from '../../src/observability/error-description.js';
import type { AdapterContext } from '../../src/platform/adapter.js';
import type { RegisterReader } from './registers.js';
import { sendProblem } from './request.js';
import type { SessionStore } from './session.js';

/** What the web routes share: the adapter context, the sessions, and (optionally) the registers. */
export type WebDeps = AdapterContext & {
  sessions: SessionStore;
  registers: RegisterReader | undefined;
};

/**
 * Runs a route and turns any failure into a page that says so in the user's language. Only the error's
 * name is logged: messages may carry what a person typed.
 */
export function route(
  deps: WebDeps,
  fn: (req: Request, res: Response) => Promise<void> | void,
): RequestHandler {
  return async (req, res) => {
    try {
      await fn(req, res);
    } catch (error) {
      deps.logger.error('web request failed', {
        route: req.route?.path ?? req.path,
        error: describeErrorText(error),
      });
      if (!res.headersSent) sendProblem(req, res, 500, deps.sessions.langOf(req), 'failed');
    }
  };
}
