import type { webApi } from '@slack/bolt';
import type { Core } from '../../src/core/core.js';
import type { Input } from '../../src/core/input.js';
import type { Lang } from '../../src/core/lang.js';
import type { Logger } from '../../src/core/logger.js';
import { describe } from './bolt-logger.js';
import { slackConversationReference } from './reference.js';
import type { UserGroups } from './user-groups.js';
import type { UserProfile, UserProfiles } from './user-profiles.js';

/** What every Slack handler needs. */
export type SlackDeps = {
  core: Core;
  logger: Logger;
  profiles: UserProfiles;
  groups: UserGroups;
  /** SLACK_ALLOWED_TEAMS: users whose own workspace is one of these are not guests. */
  allowedTeams: string[];
};

export type Who = {
  teamId: string;
  userId: string;
  channelId?: string | undefined;
  /** Who sees the reply: an ephemeral reply, a DM or the Home tab is private; a channel post is shared. */
  audience?: 'private' | 'shared';
};

/**
 * Builds the core's Input for a Slack user: locale, display name, conversation reference, and who they
 * are — their own workspace, whether they are a guest (a guest account, or a Slack Connect user from a
 * workspace that is not ours) and the administrator groups they are in.
 */
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
    workspace: profile.teamId ?? who.teamId,
    guest: isGuest(profile, who.teamId, deps.allowedTeams),
    audience: who.audience ?? 'shared',
  };
  const groups = await deps.groups.of(client, who.teamId, who.userId);
  if (groups.length > 0) input.groups = groups;
  if (profile.name) input.userName = profile.name;
  if (who.channelId) input.conversation = slackConversationReference(who.teamId, who.channelId);
  return input;
}

function isGuest(profile: UserProfile, requestTeam: string, allowedTeams: string[]): boolean {
  if (profile.restricted) return true;
  const home = profile.teamId;
  return home !== undefined && home !== requestTeam && !allowedTeams.includes(home);
}

export function langOf(input: Input | undefined): Lang {
  return input?.locale ?? 'sv';
}

/** Logs a failure by its codes only: never the message text, never a token. */
export function logFailure(logger: Logger, what: string, error: unknown): void {
  logger.error(`slack: ${what} failed`, describe(error));
}
