import { type TeamsChannelAccount, TeamsInfo, type TurnContext } from 'botbuilder';
import type { Clock } from '../../src/core/clock.js';
import type { Input } from '../../src/core/input.js';
import type { Logger } from '../../src/core/logger.js';
import { describeErrorText } from '../../src/observability/error-description.js';

const TTL_MS = 10 * 60 * 1000;
const MAX_ENTRIES = 5000;

/**
 * Whether a Teams user is a guest account (Azure AD B2B, `userRole: guest`) or an anonymous meeting
 * participant, from the conversation's member list (`TeamsInfo.getMember`), cached per user. Guests may
 * only ask.
 */
export class MemberRoles {
  private readonly cache = new Map<string, { guest: boolean; until: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** The input with `guest` set from what Teams says about the sender. */
  async identify(context: TurnContext, input: Input): Promise<Input> {
    const userId = context.activity.from?.id;
    if (!userId) return input;
    const now = this.clock.now().getTime();
    const hit = this.cache.get(userId);
    if (hit && now < hit.until) return { ...input, guest: hit.guest };
    let member: TeamsChannelAccount;
    try {
      member = await TeamsInfo.getMember(context, userId);
    } catch (error) {
      // Unknown, not refused: the tenant guard has already let the request in. Logged without ids.
      this.logger.warn('teams: could not read the sender as a conversation member', {
        error: describeErrorText(error),
      });
      return input;
    }
    const role = member.userRole?.toLowerCase();
    const workspace = input.workspace;
    const otherTenant = Boolean(member.tenantId && workspace && member.tenantId !== workspace);
    const guest = role === 'guest' || role === 'anonymous' || otherTenant;
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    this.cache.set(userId, { guest, until: now + TTL_MS });
    return { ...input, guest };
  }
}
