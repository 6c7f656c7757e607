import { type Activity, TurnContext } from 'botbuilder';
import type { Input } from '../../src/core/input.js';
import { langFromLocale } from '../../src/core/lang.js';
import { encodeReference } from './reference.js';

/**
 * A Teams activity as the core's Input. In channels and group chats the bot only sees messages that
 * mention it; the mention is removed so that "@Utblick referral deadline …" parses as a command.
 */
export function inputFromActivity(activity: Partial<Activity>, text?: string): Input {
  const from = activity.from;
  const input: Input = {
    platform: 'teams',
    text: text ?? messageText(activity),
    userId: `teams:${from?.aadObjectId ?? from?.id ?? 'unknown'}`,
    conversation: encodeReference(activity),
    // Only a personal (1:1) chat is private; channel and group chat replies are seen by everyone there.
    audience: activity.conversation?.conversationType === 'personal' ? 'private' : 'shared',
  };
  const conversationId = activity.conversation?.id;
  if (conversationId) {
    // A channel post's reply chain carries `;messageid=`: a thread about one subject. A personal or group
    // chat is one running conversation, which moves on sooner.
    const chain = /;messageid=/.test(conversationId);
    input.thread = { id: `teams:${conversationId}`, kind: chain ? 'thread' : 'direct' };
  }
  const tenant = activity.conversation?.tenantId ?? activity.channelData?.tenant?.id;
  if (typeof tenant === 'string' && tenant) input.workspace = tenant;
  if (from?.name) input.userName = from.name;
  if (activity.locale) input.locale = langFromLocale(activity.locale);
  return input;
}

export function messageText(activity: Partial<Activity>): string {
  const withoutMention = activity.entities?.length
    ? TurnContext.removeRecipientMention(activity)
    : activity.text;
  return (
    (withoutMention ?? '')
      // Other people mentioned in the message keep their names as plain words.
      .replace(/<at>([^<]*)<\/at>/g, '$1')
      .replace(/&nbsp;|\u00a0/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The language for cards the adapter composes itself (welcome, failures). */
export function activityLang(activity: Partial<Activity>) {
  return langFromLocale(activity.locale);
}
