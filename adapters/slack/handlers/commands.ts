import type { App, RespondFn, webApi } from '@slack/bolt';
import type { Input } from '../../../src/core/input.js';
import type { Lang } from '../../../src/core/lang.js';
import type { FormId, Reply } from '../../../src/core/reply.js';
import { fromSlackText } from '../incoming-text.js';
import { LIMITS, renderReply } from '../render-blocks.js';
import { renderFormModal } from '../render-modal.js';
import { buildInput, logFailure, type SlackDeps, type Who } from '../slack-context.js';
import { say } from '../slack-messages.js';

/** Slash command → the command-language word the core expects in front of the text. */
const COMMAND_WORDS: Record<string, string> = {
  '/membership': 'membership',
  '/medlemskap': 'medlemskap',
  '/referral': 'referral',
  '/remiss': 'remiss',
};
const MEMBERSHIP_COMMANDS = new Set(['/membership', '/medlemskap']);
/** `membership add` with nothing after it opens the form at once: the trigger id lives only 3 seconds. */
const BARE_ADD = /^(add|lägg till|lagg till)$/i;
const HELP = /^(help|hjälp|hjalp|\?)?$/i;

export const SLASH_COMMANDS = ['/utblick', ...Object.keys(COMMAND_WORDS)];

export function registerCommandHandlers(app: App, deps: SlackDeps): void {
  app.command(
    /^\/(utblick|membership|medlemskap|referral|remiss)$/,
    async ({ command, ack, respond, client }) => {
      await ack();
      // Slash command replies are ephemeral: only the person who typed sees them.
      const who: Who = {
        teamId: command.team_id,
        userId: command.user_id,
        channelId: command.channel_id,
        audience: 'private',
      };
      const text = fromSlackText(command.text);
      let input: Input | undefined;
      try {
        if (MEMBERSHIP_COMMANDS.has(command.command) && BARE_ADD.test(text)) {
          input = await buildInput(deps, client, who, `${COMMAND_WORDS[command.command]} ${text}`);
          await openForm(deps, client, command.trigger_id, 'membership_add', input).catch(async (error) => {
            logFailure(deps.logger, 'opening the membership form', error);
            await respond({ response_type: 'ephemeral', text: say(input?.locale ?? 'sv', 'formFailed') });
          });
          return;
        }
        const isQuestion = command.command === '/utblick';
        const coreText = isQuestion
          ? HELP.test(text)
            ? 'help'
            : text
          : `${COMMAND_WORDS[command.command] ?? ''} ${text}`.trim();
        input = await buildInput(deps, client, who, coreText);
        const reply = await deps.core.handle(input);
        if (await openFormReply(deps, client, command.trigger_id, reply, input)) return;
        await respondPrivately(respond, reply, isQuestion && reply.kind === 'answer' ? text : undefined);
      } catch (error) {
        logFailure(deps.logger, `the ${command.command} command`, error);
        await failPrivately(deps, respond, input?.locale ?? 'sv');
      }
    },
  );
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
