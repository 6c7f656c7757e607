import type { App, webApi } from '@slack/bolt';
import type { Input } from '../../../src/core/input.js';
import type { Reply } from '../../../src/core/reply.js';
import { teamOf } from '../guards.js';
import { LIMITS, renderReply } from '../render-blocks.js';
import { buildInput, logFailure, type SlackDeps } from '../slack-context.js';
import { say, t } from '../slack-messages.js';

/** The App Home tab shows the core's overview in the user's language. */
export function registerHomeHandler(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, body, context, client }) => {
    if (event.tab !== 'home') return;
    const teamId = teamOf(body) ?? context.teamId ?? '';
    const input = await buildInput(deps, client, { teamId, userId: event.user, audience: 'private' }, '');
    await publishHome(deps, client, event.user, input);
  });
}

export async function publishHome(
  deps: SlackDeps,
  client: webApi.WebClient,
  userId: string,
  input: Input,
): Promise<void> {
  try {
    const overview = await deps.core.overview(input);
    const lang = input.locale ?? overview.lang;
    // The slash commands are Slack's own way in, so how to use them is told here, not by the core.
    const withUsage: Reply = {
      ...overview,
      blocks: [
        ...overview.blocks,
        { type: 'heading', text: t(lang, 'homeUsageTitle') },
        { type: 'text', text: t(lang, 'homeUsage') },
      ],
    };
    const { blocks } = renderReply(withUsage, { maxBlocks: LIMITS.surfaceBlocks });
    await client.views.publish({ user_id: userId, view: { type: 'home', blocks } });
  } catch (error) {
    logFailure(deps.logger, 'publishing App Home', error);
    const text = say(input.locale ?? 'sv', 'failed');
    await client.views
      .publish({
        user_id: userId,
        view: { type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] },
      })
      .catch((second: unknown) => logFailure(deps.logger, 'reporting a Home failure', second));
  }
}
