import type { ConversationReference } from 'botbuilder';
import type { Config } from '../../src/config/config.js';
import type { DeliveryAdapter, DeliveryResult } from '../../src/core/delivery.js';
import type { Logger } from '../../src/core/logger.js';
import type { Reply } from '../../src/core/reply.js';
import { createBotAdapter } from './bot-adapter.js';
import { attachment } from './cards/card-types.js';
import { replyCard } from './cards/reply-card.js';
import { decodeReference, ownsReference } from './reference.js';

/**
 * Proactive delivery of a Reply to a stored `teams:` reference with `continueConversationAsync`.
 * A refusal that will not change by retrying (bot removed, conversation gone, request rejected) is
 * `permanent`; rate limits, server errors and network failures are temporary.
 */
export function createTeamsDelivery(config: Config, logger: Logger): DeliveryAdapter {
  const adapter = createBotAdapter(config);
  const appId = config.teams.appId ?? '';
  return {
    platform: 'teams',
    owns: ownsReference,
    async send(reference: string, reply: Reply): Promise<DeliveryResult> {
      const target = decodeReference(reference);
      if (!target) return { ok: false, permanent: true, reason: 'not a Teams conversation reference' };
      let messageId: string | undefined;
      try {
        await adapter.continueConversationAsync(appId, target as ConversationReference, async (context) => {
          // botbuilder would make this a reply to the synthetic continuation event; a notification is a new
          // message in the chat, or a new post in the channel.
          context.onSendActivities(async (_context, activities, next) => {
            for (const activity of activities) delete activity.replyToId;
            return next();
          });
          const sent = await context.sendActivity({
            type: 'message',
            summary: reply.summary,
            attachments: [attachment(replyCard(reply))],
          });
          messageId = sent?.id;
        });
      } catch (error) {
        const result = classifyFailure(error);
        logger.warn('teams: proactive delivery failed', {
          permanent: result.permanent,
          reason: result.reason,
        });
        return result;
      }
      return messageId ? { ok: true, messageId } : { ok: true };
    },
  };
}

const TEMPORARY_CLIENT_ERRORS = new Set([401, 408, 409, 425, 429]);

export function classifyFailure(error: unknown): { ok: false; permanent: boolean; reason: string } {
  const e = error as { statusCode?: unknown; code?: unknown; message?: unknown };
  const status = typeof e?.statusCode === 'number' ? e.statusCode : undefined;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const reason = [status ? `HTTP ${status}` : undefined, code].filter(Boolean).join(' ') || 'network error';
  if (status === undefined) return { ok: false, permanent: false, reason };
  if (status === 403 || status === 404 || status === 410) {
    return {
      ok: false,
      permanent: true,
      reason: `${reason}: the bot was removed or the conversation is gone`,
    };
  }
  if (status >= 500 || TEMPORARY_CLIENT_ERRORS.has(status)) return { ok: false, permanent: false, reason };
  // Any other 4xx: Teams will refuse the same message to the same conversation every time.
  return { ok: false, permanent: true, reason };
}
