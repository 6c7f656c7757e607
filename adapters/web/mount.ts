import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { describeErrorText } from '../../src/observability/error-description.js';
import type { Mount } from '../../src/platform/adapter.js';
import { localAccess } from '../../src/platform/local-access.js';
import { CLIENT_SCRIPT } from './assets/client-script.js';
import { ICON_SVG } from './assets/icon.js';
import { STYLE } from './assets/style.js';
import { chatRoutes } from './chat-routes.js';
import type { WebDeps } from './deps.js';
import { formRoutes } from './form-routes.js';
import { overviewRoutes } from './overview-routes.js';
import type { RegisterReader } from './registers.js';
import { sendProblem } from './request.js';
import { SessionStore } from './session.js';
import { ticketsRoutes } from './tickets-page.js';

/** `default-src 'self'`: nothing inline, nothing from elsewhere, no framing, forms only to this server. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  });
  next();
};

const PATHS = [
  '/',
  '/ask',
  '/action',
  '/forms/:id',
  '/overview',
  '/overview/memberships.csv',
  '/assets/:file',
];

function asset(type: string, body: string): RequestHandler {
  return (_req, res) => {
    res.type(type).set('Cache-Control', 'no-cache').send(body);
  };
}

export type WebOptions = {
  /** Read access to the registers for the overview's tables and the CSV export (see registers.ts). */
  registers?: RegisterReader;
};

/**
 * The web chat and the overview of the registers, on the shared app. Only these paths get the local
 * access rule, the security headers and a form parser, so Slack's raw-body route and Teams' endpoint
 * are untouched.
 */
export function createWebMount(options: WebOptions = {}): Mount {
  return (app, context) => {
    const deps: WebDeps = { ...context, sessions: new SessionStore(), registers: options.registers };
    const router = express.Router();
    router.all(PATHS, localAccess(context.config.webToken), securityHeaders);
    router.post(PATHS, express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 100 }));

    router.get('/assets/utblick.css', asset('text/css; charset=utf-8', STYLE));
    router.get('/assets/utblick.js', asset('text/javascript; charset=utf-8', CLIENT_SCRIPT));
    router.get('/assets/icon.svg', asset('image/svg+xml', ICON_SVG));
    chatRoutes(router, deps);
    formRoutes(router, deps);
    overviewRoutes(router, deps);
    ticketsRoutes(router, deps);

    // A body the parser refused (too large, malformed) gets a sentence, not a stack trace.
    router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
      if (res.headersSent) return next(error);
      deps.logger.warn('web request refused', {
        route: req.path,
        error: describeErrorText(error),
      });
      const status = (error as { status?: number }).status;
      const lang = deps.sessions.langOf(req);
      if (status === 413) return sendProblem(req, res, 413, lang, 'tooLong');
      sendProblem(req, res, status && status >= 400 && status < 500 ? status : 500, lang, 'failed');
    });
    app.use(router);
  };
}

export const mountWeb: Mount = createWebMount();
