import type { webApi } from '@slack/bolt';
import type { Core } from '../../src/core/core.js';
import type { Input } from '../../src/core/input.js';
import type { Lang } from '../../src/core/lang.js';
import type { Logger } from '../../src/core/logger.js';
import { describe } from './bolt-logger.js';
import { slackConversationReference } from './reference.js';
import type { UserProfiles } from './user-profiles.js';

/** What every Slack handler needs. */
export type SlackDeps = {
  core: Core;
  logger: Logger;
  profiles: UserProfiles;
};

export type Who = { teamId: string; userId: string; channelId?: string | undefined };

/** Builds the core's Input for a Slack user, with the user's locale and the conversation reference. */
export async function buildInput(
  deps: SlackDeps,
  client: webApi.WebClient,
  who: Who,
  text: string,
): Promise<Input> {
  const profile = await deps.profiles.get(client, who.userId);
  const input: Input = {
    platform: 'slack',
    text,
    userId: `slack:${who.teamId}:${who.userId}`,
    locale: profile.lang,
  };
  if (profile.name) input.userName = profile.name;
  if (who.channelId) input.conversation = slackConversationReference(who.teamId, who.channelId);
  return input;
}

export function langOf(input: Input | undefined): Lang {
  return input?.locale ?? 'sv';
}

/** Logs a failure by its codes only: never the message text, never a token. */
export function logFailure(logger: Logger, what: string, error: unknown): void {
  logger.error(`slack: ${what} failed`, describe(error));
}
