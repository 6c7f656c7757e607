import { type Activity, ActivityTypes, type TurnContext } from 'botbuilder';
import type { Core } from '../../src/core/core.js';
import type { Input } from '../../src/core/input.js';
import type { Logger } from '../../src/core/logger.js';
import type { FormId } from '../../src/core/reply.js';
import { describeErrorText } from '../../src/observability/error-description.js';
import { activityLang, inputFromActivity } from './activity-input.js';
import { type AdaptiveCard, attachment, card } from './cards/card-types.js';
import { cardText } from './cards/escape.js';
import { formCard } from './cards/form-card.js';
import { replyCard } from './cards/reply-card.js';
import { parseSubmission } from './cards/submit-data.js';
import { welcomeCard } from './cards/welcome-card.js';
import type { MemberRoles } from './member-roles.js';
import { t } from './messages.js';

export type TurnLogic = (context: TurnContext) => Promise<void>;

/** What the bot does with each incoming activity. Everything it says comes from the core. */
export function createTurnLogic(core: Core, logger: Logger, roles: MemberRoles): TurnLogic {
  return async (context) => {
    const activity = context.activity;
    const identify = (text?: string) => roles.identify(context, inputFromActivity(activity, text));
    if (activity.type === ActivityTypes.Message) {
      if (isCardSubmission(activity)) await onSubmit(core, context, await identify(''));
      else await onMessage(core, context, await identify());
    } else if (activity.type === ActivityTypes.ConversationUpdate && botWasAdded(activity)) {
      await onAdded(core, context, logger, inputFromActivity(activity, ''));
    }
  };
}

function isCardSubmission(activity: Activity): boolean {
  return typeof activity.value === 'object' && activity.value !== null && !activity.text?.trim();
}

function botWasAdded(activity: Activity): boolean {
  const botId = activity.recipient?.id;
  return Boolean(botId && activity.membersAdded?.some((member) => member.id === botId));
}

async function onMessage(core: Core, context: TurnContext, input: Input): Promise<void> {
  // A bare mention ("@Utblick") asks what the bot can do.
  if (input.text === '') input.text = input.locale === 'en' ? 'help' : 'hjälp';
  const reply = await core.handle(input);
  await send(context, replyCard(reply), reply.summary);
}

async function onSubmit(core: Core, context: TurnContext, input: Input): Promise<void> {
  const lang = input.locale ?? 'sv';
  const submission = parseSubmission(context.activity.value);
  switch (submission.kind) {
    case 'action': {
      if (submission.id === 'open_form' && isFormId(submission.value)) {
        const form = core.openForm(submission.value, input);
        return send(context, formCard(form, lang), form.title);
      }
      const reply = await core.action(submission.id, submission.value, input);
      // A choice answers in place of the list it was chosen from.
      if (submission.id === 'choose') return replaceCard(context, replyCard(reply), reply.summary);
      return send(context, replyCard(reply), reply.summary);
    }
    case 'form': {
      const outcome = await core.submitForm(submission.form, submission.values, input);
      if (outcome.ok) return replaceCard(context, replyCard(outcome.reply), outcome.reply.summary);
      return replaceCard(context, formCard(outcome.form, lang), outcome.form.title);
    }
    case 'unknown': {
      const text = t(lang, 'unknownButton');
      return send(context, card([{ type: 'TextBlock', text: cardText(text), wrap: true }], text), text);
    }
  }
}

function isFormId(value: string): value is FormId {
  return value === 'membership_add';
}

async function onAdded(core: Core, context: TurnContext, logger: Logger, input: Input): Promise<void> {
  const overview = await core.overview(input).catch((error: unknown) => {
    logger.warn('teams: overview for the welcome card failed', { error: errorName(error) });
    return null;
  });
  const lang = activityLang(context.activity);
  await send(context, welcomeCard(lang, overview), t(lang, 'welcomeTitle'));
}

export async function send(context: TurnContext, content: AdaptiveCard, summary: string): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.Message, summary, attachments: [attachment(content)] });
}

/**
 * A submitted form is replaced in place (with its errors, or by the confirmation) so that it cannot be sent
 * twice; when Teams refuses the update, the new card is sent as a new message instead.
 */
async function replaceCard(context: TurnContext, content: AdaptiveCard, summary: string): Promise<void> {
  const id = context.activity.replyToId;
  if (id) {
    try {
      await context.updateActivity({
        id,
        type: ActivityTypes.Message,
        summary,
        attachments: [attachment(content)],
      });
      return;
    } catch {
      // Fall through: the old card stays, the new one follows it.
    }
  }
  await send(context, content, summary);
}

/** An error for a log line: its name, code and place, never its message (src/observability). */
export function errorName(error: unknown): string {
  return describeErrorText(error);
}
