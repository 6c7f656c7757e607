import type { App, BlockAction, ButtonAction, RespondFn, webApi } from '@slack/bolt';
import type { Input } from '../../../src/core/input.js';
import { type ActionId, type FormId, isActionId, type Reply } from '../../../src/core/reply.js';
import { teamOf } from '../guards.js';
import { slackThread } from '../reference.js';
import { CORE_ACTION_PATTERN, renderReply, SHARE_QUESTION_ACTION } from '../render-blocks.js';
import { buildInput, logFailure, type SlackDeps } from '../slack-context.js';
import { say } from '../slack-messages.js';
import { openForm, respondPrivately } from './commands.js';
import { publishHome } from './home.js';

const FORM_IDS: FormId[] = ['membership_add'];

type ButtonArgs = {
  body: BlockAction;
  action: ButtonAction;
  client: webApi.WebClient;
  respond: RespondFn;
};

/** Buttons: every press is acknowledged first; the core's work and the reply follow. */
export function registerActionHandlers(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(
    CORE_ACTION_PATTERN,
    async ({ ack, body, action, client, respond }) => {
      await ack();
      const id = CORE_ACTION_PATTERN.exec(action.action_id)?.[1];
      if (!isActionId(id)) return;
      await onCoreAction(deps, id, { body, action, client, respond });
    },
  );

  app.action<BlockAction<ButtonAction>>(
    SHARE_QUESTION_ACTION,
    async ({ ack, body, action, client, respond }) => {
      await ack();
      let input: Input | undefined;
      try {
        input = await inputFor(deps, body, client, action.value ?? '', 'shared');
        // The answer is asked again for the channel it will be posted in.
        const reply = await deps.core.handle(input);
        await sharePublicly(respond, reply, body.user.id);
      } catch (error) {
        logFailure(deps.logger, 'sharing an answer', error);
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: say(input?.locale ?? 'sv', 'shareFailed'),
        });
      }
    },
  );
}

async function onCoreAction(deps: SlackDeps, id: ActionId, args: ButtonArgs): Promise<void> {
  const { body, action, client, respond } = args;
  let input: Input | undefined;
  try {
    input = await inputFor(deps, body, client, '', id === 'share_answer' ? 'shared' : audienceOf(body));
    const value = action.value ?? '';
    if (id === 'open_form') {
      const formId = FORM_IDS.find((f) => f === value) ?? 'membership_add';
      await openForm(deps, client, body.trigger_id, formId, input);
      return;
    }
    const channelId = body.channel?.id;
    if (channelId) {
      input.thread = slackThread(teamOf(body) ?? '', channelId, threadOf(body));
      input.replyTo = input.thread.id;
    }
    const reply = await deps.core.action(id, value, input);
    if (id === 'share_answer' && body.response_url) {
      await sharePublicly(respond, reply, body.user.id);
    } else if (id === 'choose' && body.response_url) {
      await answerInPlace(respond, reply);
    } else if (body.response_url) {
      await respondPrivately(respond, reply);
    } else {
      await replyOutsideMessages(deps, client, body, reply, input);
    }
  } catch (error) {
    logFailure(deps.logger, `the ${id} button`, error);
    const text = say(input?.locale ?? 'sv', 'failed');
    if (body.response_url) {
      await respond({ response_type: 'ephemeral', replace_original: false, text }).catch(() => undefined);
    } else {
      await client.chat.postMessage({ channel: body.user.id, text }).catch(() => undefined);
    }
  }
}

/**
 * A choice answers the question in place of the list it was chosen from, so the thread reads as one
 * question and one answer. A public list is replaced only by an answer that may be public too.
 */
async function answerInPlace(respond: RespondFn, reply: Reply): Promise<void> {
  const message = renderReply(reply, { omitActions: ['share_answer'] });
  await respond({ replace_original: true, text: message.text, blocks: message.blocks });
}

/** The thread a pressed message is in (a reply in a thread), if any. */
function threadOf(body: BlockAction): string | undefined {
  const message = body.message as { thread_ts?: string } | undefined;
  return message?.thread_ts;
}

/** A press in the Home tab or a modal: the result goes to the user's direct messages, and Home is refreshed. */
async function replyOutsideMessages(
  deps: SlackDeps,
  client: webApi.WebClient,
  body: BlockAction,
  reply: Reply,
  input: Input,
): Promise<void> {
  const message = renderReply(reply);
  await client.chat.postMessage({ channel: body.user.id, text: message.text, blocks: message.blocks });
  if (body.view?.type === 'home') await publishHome(deps, client, body.user.id, input);
}

/**
 * Posts the answer for everyone in the channel and removes the private copy. An answer from a
 * confidential document is never made public: the person gets a sentence saying so, and keeps the copy.
 */
async function sharePublicly(respond: RespondFn, reply: Reply, userId: string): Promise<void> {
  if (reply.confidential) {
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: say(reply.lang, 'shareConfidential'),
    });
    return;
  }
  const message = renderReply(reply, { sharedBy: userId, omitActions: ['share_answer'] });
  await respond({
    response_type: 'in_channel',
    replace_original: false,
    text: message.text,
    blocks: message.blocks,
  });
  await respond({ delete_original: true });
}

function inputFor(
  deps: SlackDeps,
  body: BlockAction,
  client: webApi.WebClient,
  text: string,
  audience: 'private' | 'shared',
): Promise<Input> {
  const teamId = teamOf(body) ?? '';
  return buildInput(
    deps,
    client,
    { teamId, userId: body.user.id, channelId: body.channel?.id, audience },
    text,
  );
}

/**
 * Where a button's reply lands: presses on ephemeral messages, in the Home tab, in modals and in direct
 * messages (channel ids starting with D) are answered privately; presses on channel posts in the channel.
 */
function audienceOf(body: BlockAction): 'private' | 'shared' {
  const container = body.container as { is_ephemeral?: boolean; type?: string } | undefined;
  if (container?.is_ephemeral || body.view) return 'private';
  return body.channel?.id?.startsWith('D') ? 'private' : 'shared';
}
