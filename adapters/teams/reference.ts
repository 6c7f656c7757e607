import { type Activity, type ConversationReference, TurnContext } from 'botbuilder';
import { z } from 'zod';

/**
 * The opaque `teams:<serialised reference>` string of DESIGN.md. It keeps only what a later proactive
 * message needs (service URL, conversation, bot, tenant): no user names, no message text. A channel
 * thread's `;messageid=` suffix is dropped so that notifications start a new post in the channel.
 */
export const TEAMS_REFERENCE_PREFIX = 'teams:';

const Account = z.object({ id: z.string().min(1), name: z.string().optional() });
const StoredReference = z.object({
  channelId: z.string().min(1),
  serviceUrl: z.url(),
  conversation: z.object({
    id: z.string().min(1),
    isGroup: z.boolean().optional(),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
  }),
  bot: Account,
  locale: z.string().optional(),
});
export type StoredReference = z.infer<typeof StoredReference>;

export function referenceFromActivity(activity: Partial<Activity>): StoredReference {
  const full = TurnContext.getConversationReference(activity);
  const conversation = full.conversation;
  const tenantId = conversation?.tenantId ?? activity.channelData?.tenant?.id;
  return StoredReference.parse({
    channelId: full.channelId,
    serviceUrl: full.serviceUrl,
    conversation: {
      id: String(conversation?.id ?? '').replace(/;messageid=\d+$/, ''),
      ...(conversation?.isGroup !== undefined ? { isGroup: conversation.isGroup } : {}),
      ...(conversation?.conversationType ? { conversationType: conversation.conversationType } : {}),
      ...(tenantId ? { tenantId } : {}),
    },
    bot: { id: full.bot?.id, ...(full.bot?.name ? { name: full.bot.name } : {}) },
    ...(full.locale ? { locale: full.locale } : {}),
  });
}

/** The reference string for the conversation a turn came from (what `referral subscribe` stores). */
export function referenceForTurn(context: TurnContext): string {
  return encodeReference(context.activity);
}

export function encodeReference(activity: Partial<Activity>): string {
  const json = JSON.stringify(referenceFromActivity(activity));
  return `${TEAMS_REFERENCE_PREFIX}${Buffer.from(json, 'utf8').toString('base64url')}`;
}

export function ownsReference(reference: string): boolean {
  return reference.startsWith(TEAMS_REFERENCE_PREFIX);
}

/** Null when the string is not a Teams reference this adapter wrote. */
export function decodeReference(reference: string): Partial<ConversationReference> | null {
  if (!ownsReference(reference)) return null;
  try {
    const json = Buffer.from(reference.slice(TEAMS_REFERENCE_PREFIX.length), 'base64url').toString('utf8');
    const parsed = StoredReference.safeParse(JSON.parse(json));
    if (!parsed.success) return null;
    const { bot, conversation, ...rest } = parsed.data;
    return {
      ...rest,
      bot: { id: bot.id, name: bot.name ?? '' },
      conversation: {
        id: conversation.id,
        name: '',
        isGroup: conversation.isGroup ?? false,
        conversationType: conversation.conversationType ?? '',
        ...(conversation.tenantId ? { tenantId: conversation.tenantId } : {}),
      },
    };
  } catch {
    return null;
  }
}
