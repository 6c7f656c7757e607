import { App, type Authorize, ExpressReceiver, webApi } from '@slack/bolt';
import type { Config } from '../../src/config/config.js';
import type { Logger } from '../../src/core/logger.js';
import type { AdapterContext, Mount } from '../../src/platform/adapter.js';
import { createBoltLogger, describe } from './bolt-logger.js';
import { registerGuards } from './guards.js';
import { registerActionHandlers } from './handlers/actions.js';
import { registerCommandHandlers } from './handlers/commands.js';
import { registerHomeHandler } from './handlers/home.js';
import { registerMessageHandlers } from './handlers/messages.js';
import { registerViewHandlers } from './handlers/views.js';
import type { SlackDeps } from './slack-context.js';
import { UserGroups } from './user-groups.js';
import { UserProfiles } from './user-profiles.js';

export const SLACK_EVENTS_PATH = '/slack/events';

export type SlackMountOptions = {
  /** Web API retries for interactive replies (a reply late by minutes helps nobody). Tests use 0. */
  webApiRetries?: number;
  /** Receives the Bolt app once mounted (tests and Socket Mode shutdown). */
  onApp?: (app: App) => void;
};

/**
 * Mounts the Slack adapter: HTTP mode at POST /slack/events on the shared app (Bolt's ExpressReceiver
 * reads the raw body itself and verifies the signature), or Socket Mode when an app token is set.
 * Without a bot token, Slack is simply off.
 */
export function createSlackMount(options: SlackMountOptions = {}): Mount {
  return async (expressApp, context: AdapterContext) => {
    const { config, logger } = context;
    const { botToken, appToken, signingSecret } = config.slack;
    if (!botToken) {
      logger.info('slack: no SLACK_BOT_TOKEN, Slack adapter not started');
      return;
    }
    const boltLogger = createBoltLogger(logger);
    const clientOptions = webClientOptions(config, options.webApiRetries ?? 2);
    const authorize = lazyAuthorize(botToken, clientOptions, logger);
    const app = appToken
      ? new App({ socketMode: true, appToken, authorize, logger: boltLogger, clientOptions })
      : new App({
          receiver: new ExpressReceiver({
            signingSecret: signingSecret ?? '',
            endpoints: SLACK_EVENTS_PATH,
            app: expressApp,
            logger: boltLogger,
            // Acknowledge first, work after: Slack needs the HTTP 200 within 3 seconds.
            processBeforeResponse: false,
          }),
          authorize,
          logger: boltLogger,
          clientOptions,
        });
    const adminRefs = [...config.admins, ...config.bodyAdmins.flatMap((entry) => entry.ids)];
    const deps: SlackDeps = {
      core: context.core,
      logger,
      profiles: new UserProfiles(context.clock),
      groups: new UserGroups(adminRefs, context.clock, logger),
      allowedTeams: config.slack.allowedTeams,
    };
    registerGuards(app, config.slack.allowedTeams, context.clock, logger);
    registerMessageHandlers(app, deps);
    registerCommandHandlers(app, deps);
    registerActionHandlers(app, deps);
    registerViewHandlers(app, deps);
    registerHomeHandler(app, deps);
    app.error(async (error) => {
      logger.error('slack: unhandled error', describe(error));
    });
    if (appToken) {
      // Connect in the background: the server (web chat, Teams, health) must not wait for Slack, and the
      // Socket Mode client keeps reconnecting by itself after network trouble.
      app.start().then(
        () => logger.info('slack: connected over Socket Mode'),
        (error: unknown) =>
          logger.error(
            'slack: Socket Mode could not connect; check SLACK_APP_TOKEN (xapp-…, scope connections:write)',
            describe(error),
          ),
      );
    } else {
      logger.info(`slack: listening at POST ${SLACK_EVENTS_PATH}`);
    }
    options.onApp?.(app);
  };
}

/** The adapter the server mounts. */
export const mountSlack: Mount = createSlackMount();

function webClientOptions(config: Config, retries: number): webApi.WebClientOptions {
  return {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    retryConfig: { retries },
  };
}

/**
 * One workspace, one bot token. The bot's own ids come from `auth.test` on the first request instead
 * of at construction, so the server starts offline; a failed lookup is tried again on the next request.
 */
function lazyAuthorize(
  botToken: string,
  clientOptions: webApi.WebClientOptions,
  logger: Logger,
): Authorize<boolean> {
  const client = new webApi.WebClient(botToken, { ...clientOptions, logger: createBoltLogger(logger) });
  let identity: Promise<{ botId: string; botUserId: string }> | undefined;
  return async () => {
    identity ??= client.auth
      .test()
      .then((result) => ({ botId: result.bot_id ?? '', botUserId: result.user_id ?? '' }));
    try {
      return { botToken, ...(await identity) };
    } catch (error) {
      identity = undefined;
      throw error;
    }
  };
}
