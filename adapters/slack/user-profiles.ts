import type { webApi } from '@slack/bolt';
import type { Clock } from '../../src/core/clock.js';
import { type Lang, langFromLocale } from '../../src/core/lang.js';

/**
 * What Slack says about a user: locale, display name, their own workspace and whether their account is
 * a guest account in it (multi- or single-channel guest).
 */
export type UserProfile = { lang: Lang; name?: string; teamId?: string; restricted?: boolean };

const TTL_MS = 6 * 60 * 60 * 1000;
/** A failed lookup (no users:read, Slack down) is not repeated for every message. */
const FAILURE_TTL_MS = 10 * 60 * 1000;
const MAX_ENTRIES = 5000;

/**
 * The Slack user's locale (which decides the language of command replies) and display name, from
 * `users.info` with `include_locale`, cached. Swedish when Slack does not tell.
 */
export class UserProfiles {
  private readonly cache = new Map<string, { profile: UserProfile; until: number }>();

  constructor(private readonly clock: Clock) {}

  async get(client: webApi.WebClient, userId: string | undefined): Promise<UserProfile> {
    if (!userId) return { lang: 'sv' };
    const now = this.clock.now().getTime();
    const hit = this.cache.get(userId);
    if (hit && now < hit.until) return hit.profile;
    try {
      const result = await client.users.info({ user: userId, include_locale: true });
      const user = result.user;
      const name = user?.profile?.display_name || user?.real_name || user?.name || undefined;
      const profile: UserProfile = {
        lang: langFromLocale(user?.locale),
        ...(name ? { name } : {}),
        ...(user?.team_id ? { teamId: user.team_id } : {}),
        restricted: Boolean(user?.is_restricted || user?.is_ultra_restricted),
      };
      this.remember(userId, profile, now + TTL_MS);
      return profile;
    } catch {
      // Without users:read or on a network error, fall back to Swedish rather than failing the reply.
      // Nothing is known about guest status then: Slack Connect users are still caught by their team.
      const fallback: UserProfile = { lang: 'sv' };
      this.remember(userId, fallback, now + FAILURE_TTL_MS);
      return fallback;
    }
  }

  private remember(userId: string, profile: UserProfile, until: number): void {
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    this.cache.set(userId, { profile, until });
  }
}
