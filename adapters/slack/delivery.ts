import { webApi } from '@slack/bolt';
import type { Config } from '../../src/config/config.js';
import type { DeliveryAdapter, DeliveryResult } from '../../src/core/delivery.js';
import type { Logger } from '../../src/core/logger.js';
import type { Reply } from '../../src/core/reply.js';
import { createBoltLogger } from './bolt-logger.js';
import { isSlackReference, parseSlackReference } from './reference.js';
import { renderReply } from './render-blocks.js';

/**
 * Platform errors that will not go away by retrying: the bot was removed, the channel is gone or archived,
 * the token is dead. The scheduler marks these and reports them instead of retrying forever.
 */
const PERMANENT_ERRORS = new Set([
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'account_inactive',
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'team_access_not_granted',
  'restricted_action',
  'restricted_action_read_only_channel',
  'ekm_access_denied',
]);

/** Turns a Web API failure into the scheduler's permanent/temporary classification. */
export function classifySlackError(error: unknown): { permanent: boolean; reason: string } {
  if (error instanceof webApi.WebAPIPlatformError) {
    const code = error.data.error;
    return { permanent: PERMANENT_ERRORS.has(code), reason: code };
  }
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return { permanent: false, reason: `rate_limited (retry after ${error.retryAfter}s)` };
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    return { permanent: false, reason: `http_${error.statusCode}` };
  }
  if (error instanceof webApi.WebAPIRequestError) {
    return { permanent: false, reason: 'network_error' };
  }
  return { permanent: false, reason: 'unknown_error' };
}

/** A Web API client for the configured bot token, pointed at SLACK_API_URL when set. */
export function createWebClient(config: Config, logger: Logger, retries: number): webApi.WebClient {
  return new webApi.WebClient(config.slack.botToken, {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    logger: createBoltLogger(logger),
    retryConfig: { retries },
    // The scheduler retries with its own growing intervals; a rate limit is a temporary failure.
    rejectRateLimitedCalls: true,
  });
}

/**
 * Delivery of notifications to stored `slack:<team>:<channel>` references. Nothing is retried here:
 * the scheduler decides when to try again, from the classification returned.
 */
export function createSlackDelivery(config: Config, logger: Logger): DeliveryAdapter {
  const client = config.slack.botToken ? createWebClient(config, logger, 0) : null;
  const allowed = config.slack.allowedTeams;
  return {
    platform: 'slack',
    owns: isSlackReference,
    async send(reference: string, reply: Reply): Promise<DeliveryResult> {
      const target = parseSlackReference(reference);
      if (!target) return { ok: false, permanent: true, reason: 'not_a_slack_reference' };
      if (allowed.length > 0 && !allowed.includes(target.teamId)) {
        return { ok: false, permanent: true, reason: 'team_not_allowed' };
      }
      if (!client) return { ok: false, permanent: false, reason: 'slack_not_configured' };
      try {
        const message = renderReply(reply);
        const result = await client.chat.postMessage({
          channel: target.channelId,
          ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
        });
        return result.ts ? { ok: true, messageId: result.ts } : { ok: true };
      } catch (error) {
        const failure = classifySlackError(error);
        logger.warn('slack delivery failed', { team: target.teamId, channel: target.channelId, ...failure });
        return { ok: false, ...failure };
      }
    },
  };
}
