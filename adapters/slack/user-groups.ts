import type { webApi } from '@slack/bolt';
import type { Clock } from '../../src/core/clock.js';
import type { Logger } from '../../src/core/logger.js';
import { describeErrorText } from '../../src/observability/error-description.js';

const TTL_MS = 5 * 60 * 1000;
const FAILURE_TTL_MS = 60 * 1000;

/**
 * Members of the Slack user groups named in UTBLICK_ADMINS and UTBLICK_BODY_ADMINS (`slack:T…:S…`), so
 * that a group can be made administrators. Only configured groups are looked up, each at most every
 * five minutes (`usergroups.users.list`, scope usergroups:read).
 */
export class UserGroups {
  private readonly groups: { teamId: string; groupId: string; ref: string }[];
  private readonly cache = new Map<string, { members: Set<string>; until: number }>();

  constructor(
    configured: string[],
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    this.groups = configured.flatMap((ref) => {
      const match = /^slack:([^:]+):(S[A-Z0-9]+)$/.exec(ref);
      return match ? [{ teamId: match[1]!, groupId: match[2]!, ref }] : [];
    });
  }

  /** The configured groups (as `slack:T…:S…`) that the user belongs to. */
  async of(client: webApi.WebClient, teamId: string, userId: string): Promise<string[]> {
    const mine: string[] = [];
    for (const group of this.groups) {
      if (group.teamId !== teamId) continue;
      const members = await this.members(client, group.teamId, group.groupId);
      if (members.has(userId)) mine.push(group.ref);
    }
    return mine;
  }

  private async members(client: webApi.WebClient, teamId: string, groupId: string): Promise<Set<string>> {
    const now = this.clock.now().getTime();
    const hit = this.cache.get(groupId);
    if (hit && now < hit.until) return hit.members;
    try {
      const result = await client.usergroups.users.list({ usergroup: groupId, team_id: teamId });
      const members = new Set(result.users ?? []);
      this.cache.set(groupId, { members, until: now + TTL_MS });
      return members;
    } catch (error) {
      // Without the scope or with Slack down, nobody is in the group: administrators by group wait.
      this.logger.warn('slack: could not read a user group', {
        group: groupId,
        error: describeErrorText(error),
      });
      const members = new Set<string>();
      this.cache.set(groupId, { members, until: now + FAILURE_TTL_MS });
      return members;
    }
  }
}
