import type { App, webApi } from '@slack/bolt';
import type { Thread } from '../../../src/core/input.js';
import { teamOf } from '../guards.js';
import { fromSlackText } from '../incoming-text.js';
import { slackThread } from '../reference.js';
import { renderReply } from '../render-blocks.js';
import { buildInput, logFailure, type SlackDeps } from '../slack-context.js';
import { say } from '../slack-messages.js';

type Posted = {
  client: webApi.WebClient;
  teamId: string;
  userId: string;
  channelId: string;
  text: string;
  threadTs?: string | undefined;
  audience: 'private' | 'shared';
  /** The follow-up context's key (src/conversation): the thread, or the direct message itself. */
  thread: Thread;
};

/** Mentions in channels are answered in the thread; direct messages in the conversation. */
export function registerMessageHandlers(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    const teamId = teamOf(body) ?? context.teamId;
    if (!teamId || !event.user) return;
    await answer(deps, {
      client,
      teamId,
      userId: event.user,
      channelId: event.channel,
      text: fromSlackText(event.text, context.botUserId),
      threadTs: event.thread_ts ?? event.ts,
      audience: 'shared',
      thread: slackThread(teamId, event.channel, event.thread_ts ?? event.ts),
    });
  });

  app.event('message', async ({ event, body, context, client }) => {
    if (event.channel_type !== 'im' || event.subtype !== undefined) return;
    if ('bot_id' in event && event.bot_id) return;
    const teamId = teamOf(body) ?? context.teamId;
    if (!teamId || !event.user) return;
    await answer(deps, {
      client,
      teamId,
      userId: event.user,
      channelId: event.channel,
      text: fromSlackText(event.text ?? '', context.botUserId),
      threadTs: event.thread_ts,
      audience: 'private',
      thread: slackThread(teamId, event.channel, event.thread_ts),
    });
  });
}

async function answer(deps: SlackDeps, posted: Posted): Promise<void> {
  const { client, channelId, threadTs } = posted;
  let lang = (await deps.profiles.get(client, posted.userId)).lang;
  try {
    const input = await buildInput(deps, client, posted, posted.text.length > 0 ? posted.text : 'help');
    input.thread = posted.thread;
    input.replyTo = posted.thread.id;
    const reply = await deps.core.handle(input);
    lang = reply.lang;
    // A public answer has no "share" button: it is already where everyone sees it.
    const message = renderReply(reply, { omitActions: ['share_answer'] });
    await client.chat.postMessage({
      channel: channelId,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  } catch (error) {
    logFailure(deps.logger, 'answering a message', error);
    await client.chat
      .postEphemeral({
        channel: channelId,
        user: posted.userId,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        text: say(lang, 'failed'),
      })
      .catch((second: unknown) => logFailure(deps.logger, 'reporting a failure', second));
  }
}
