import type { App, RespondFn, webApi } from '@slack/bolt';
import { bareForm, isHelpWord } from '../../../src/commands/catalog.js';
import type { Input } from '../../../src/core/input.js';
import type { Lang } from '../../../src/core/lang.js';
import type { FormId, Reply } from '../../../src/core/reply.js';
import { fromSlackText } from '../incoming-text.js';
import { LIMITS, renderReply } from '../render-blocks.js';
import { renderFormModal } from '../render-modal.js';
import { buildInput, logFailure, type SlackDeps, type Who } from '../slack-context.js';
import { say } from '../slack-messages.js';
import { SLASH_COMMANDS, slashCommand } from '../slash-commands.js';

/** Any of the slash commands derived from the command definitions (slash-commands.ts). */
const ANY_SLASH = new RegExp(
  `^(${SLASH_COMMANDS.map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`,
);

export { SLASH_COMMANDS };

/** `/utblick`, `/utblick ?` and `/utblick hjälp` show help rather than search for the word. */
const isHelp = (text: string) => text === '' || text === '?' || isHelpWord(text);

export function registerCommandHandlers(app: App, deps: SlackDeps): void {
  app.command(ANY_SLASH, async ({ command, ack, respond, client }) => {
    await ack();
    // Slash command replies are ephemeral: only the person who typed sees them.
    const who: Who = {
      teamId: command.team_id,
      userId: command.user_id,
      channelId: command.channel_id,
      audience: 'private',
    };
    const text = fromSlackText(command.text);
    const word = slashCommand(command.command)?.word ?? null;
    let input: Input | undefined;
    try {
      // A command that opens a form on its own (`membership add`) opens it at once: the trigger id
      // lives only 3 seconds.
      const group = slashCommand(command.command)?.group ?? null;
      const form = group ? bareForm(group, text) : null;
      if (form) {
        input = await buildInput(deps, client, who, `${word} ${text}`);
        await openForm(deps, client, command.trigger_id, form, input).catch(async (error) => {
          logFailure(deps.logger, 'opening the membership form', error);
          await respond({ response_type: 'ephemeral', text: say(input?.locale ?? 'sv', 'formFailed') });
        });
        return;
      }
      const isQuestion = word === null;
      const coreText = isQuestion ? (isHelp(text) ? 'help' : text) : `${word} ${text}`.trim();
      input = await buildInput(deps, client, who, coreText);
      const reply = await deps.core.handle(input);
      if (await openFormReply(deps, client, command.trigger_id, reply, input)) return;
      await respondPrivately(respond, reply, isQuestion && reply.kind === 'answer' ? text : undefined);
    } catch (error) {
      logFailure(deps.logger, `the ${command.command} command`, error);
      await failPrivately(deps, respond, input?.locale ?? 'sv');
    }
  });
}

/** Opens a form as a modal; the conversation it came from travels in the modal's metadata. */
export async function openForm(
  deps: SlackDeps,
  client: webApi.WebClient,
  triggerId: string,
  id: FormId,
  input: Input,
): Promise<void> {
  const form = deps.core.openForm(id, input);
  const metadata = input.conversation ? { conversation: input.conversation } : {};
  await client.views.open({
    trigger_id: triggerId,
    view: renderFormModal(form, input.locale ?? 'sv', metadata),
  });
}

/** When the core answers a command with a form (e.g. `membership add` on its own), open it directly. */
async function openFormReply(
  deps: SlackDeps,
  client: webApi.WebClient,
  triggerId: string,
  reply: Reply,
  input: Input,
): Promise<boolean> {
  const block = reply.blocks.find((b) => b.type === 'form');
  if (reply.kind !== 'form' || !block || block.type !== 'form') return false;
  try {
    await openForm(deps, client, triggerId, block.form.id, input);
    return true;
  } catch (error) {
    // The trigger may have expired: the reply still carries an "open the form" button.
    logFailure(deps.logger, 'opening a form from a reply', error);
    return false;
  }
}

/** Answers privately; an answer to a question gets a button that shares it in the channel. */
export async function respondPrivately(
  respond: RespondFn,
  reply: Reply,
  shareQuestion?: string,
): Promise<void> {
  const hasCoreShare = reply.blocks.some(
    (block) => block.type === 'actions' && block.actions.some((action) => action.id === 'share_answer'),
  );
  // An answer from a confidential document gets no share button: it may not leave this private reply.
  const share =
    shareQuestion !== undefined &&
    !hasCoreShare &&
    !reply.confidential &&
    shareQuestion.length <= LIMITS.buttonValue
      ? { shareQuestion }
      : {};
  const message = renderReply(reply, share);
  await respond({
    response_type: 'ephemeral',
    replace_original: false,
    text: message.text,
    blocks: message.blocks,
  });
}

export async function failPrivately(deps: SlackDeps, respond: RespondFn, lang: Lang): Promise<void> {
  await respond({ response_type: 'ephemeral', replace_original: false, text: say(lang, 'failed') }).catch(
    (error: unknown) => logFailure(deps.logger, 'reporting a failure', error),
  );
}
