import type { TurnContext } from 'botbuilder';
import express, { type RequestHandler } from 'express';
import type { Logger } from '../../src/core/logger.js';
import type { Mount } from '../../src/platform/adapter.js';
import { localAccess } from '../../src/platform/local-access.js';
import { activityLang } from './activity-input.js';
import { createBotAdapter, isLocalMode } from './bot-adapter.js';
import { card } from './cards/card-types.js';
import { cardText } from './cards/escape.js';
import { MemberRoles } from './member-roles.js';
import { t } from './messages.js';
import { createTurnLogic, errorName, send } from './turn-logic.js';

export const TEAMS_ROUTE = '/api/messages';

/**
 * `POST /api/messages`. Local mode (no app id) answers only loopback requests without proxy headers, or
 * requests with the web token; with an app id, botbuilder refuses requests without a valid Bot Connector
 * token (401). Either way, activities from tenants outside `UTBLICK_ALLOWED_TENANTS` are refused (403).
 */
export const mountTeams: Mount = (app, { config, core, logger, clock }) => {
  const adapter = createBotAdapter(config);
  adapter.onTurnError = (context, error) => onTurnError(context, error, logger);
  const logic = createTurnLogic(core, logger, new MemberRoles(clock, logger));
  const local = isLocalMode(config);
  const guards: RequestHandler[] = local
    ? [localAccess(config.webToken), dropAuthorization]
    : [requireAuthorization(logger)];

  app.post(
    TEAMS_ROUTE,
    ...guards,
    express.json({ limit: '1mb' }),
    tenantGuard(config.allowedTenants, logger),
    async (req, res) => {
      await adapter.process(req, res, logic);
    },
  );
  logger.info('teams: endpoint mounted', { route: TEAMS_ROUTE, mode: local ? 'local' : 'bot-connector' });
};

// In local mode there is no token to check; a web token presented to pass the local-access rule must not
// be mistaken by botbuilder for a Bot Connector token.
const dropAuthorization: RequestHandler = (req, _res, next) => {
  delete req.headers.authorization;
  next();
};

// botbuilder refuses these too, but prints a stack trace to the console for each; internet scanners send
// many. Requests that carry a token are left to botbuilder to verify.
function requireAuthorization(logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (req.headers.authorization?.trim()) return next();
    logger.warn('teams: request without a Bot Connector token was refused');
    res.status(401).type('text/plain; charset=utf-8').send('Unauthorized\n');
  };
}

function tenantOf(body: unknown): string | undefined {
  const activity = body as {
    channelData?: { tenant?: { id?: unknown } };
    conversation?: { tenantId?: unknown };
  };
  const id = activity?.channelData?.tenant?.id ?? activity?.conversation?.tenantId;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

function tenantGuard(allowed: string[], logger: Logger): RequestHandler {
  const set = new Set(allowed.map((id) => id.toLowerCase()));
  return (req, res, next) => {
    if (set.size === 0) return next();
    const tenant = tenantOf(req.body);
    if (tenant && set.has(tenant.toLowerCase())) return next();
    logger.warn('teams: activity from a tenant that is not allowed was refused', {
      tenant: tenant ?? 'none',
    });
    res
      .status(403)
      .type('text/plain; charset=utf-8')
      .send('This Microsoft tenant is not allowed to use Utblick.\n');
  };
}

async function onTurnError(context: TurnContext, error: unknown, logger: Logger): Promise<void> {
  logger.error('teams: turn failed', { activityType: context.activity.type, error: errorName(error) });
  const text = t(activityLang(context.activity), 'turnFailed');
  try {
    await send(
      context,
      card([{ type: 'TextBlock', text: cardText(text), wrap: true, color: 'Attention' }], text),
      text,
    );
  } catch (sendError) {
    logger.error('teams: could not tell the user about a failed turn', { error: errorName(sendError) });
  }
}
