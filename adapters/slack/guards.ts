import type { AllMiddlewareArgs, AnyMiddlewareArgs, App } from '@slack/bolt';
import type { Clock } from '../../src/core/clock.js';
import type { Logger } from '../../src/core/logger.js';
import { TEAM_REFUSED } from './slack-messages.js';

type Args = AnyMiddlewareArgs & AllMiddlewareArgs;
type Loose = Record<string, unknown>;

/** The workspace a request comes from, wherever its payload keeps it. */
export function teamOf(body: unknown): string | undefined {
  const b = (body ?? {}) as Loose;
  const authorizations = b.authorizations as Loose[] | undefined;
  const candidates = [
    authorizations?.[0]?.team_id,
    b.team_id,
    (b.team as Loose | undefined)?.id,
    (b.user as Loose | undefined)?.team_id,
  ];
  return candidates.find((value): value is string => typeof value === 'string' && value.length > 0);
}

/**
 * Refuses requests from workspaces outside SLACK_ALLOWED_TEAMS (when the list is set). Slash commands
 * get a visible refusal; events are dropped (they are already acknowledged); interactions are acknowledged
 * and ignored.
 */
export function allowedTeamsGuard(allowedTeams: string[], logger: Logger) {
  return async (args: Args): Promise<void> => {
    if (allowedTeams.length === 0) return args.next();
    const team = teamOf(args.body);
    if (team && allowedTeams.includes(team)) return args.next();
    logger.warn('slack: request from a workspace that is not allowed', { team: team ?? 'unknown' });
    if ('command' in args && args.command) {
      await args.ack({ response_type: 'ephemeral', text: TEAM_REFUSED });
    } else if ('ack' in args && typeof args.ack === 'function') {
      await (args.ack as () => Promise<void>)();
    }
  };
}

const DEDUPE_TTL_MS = 60 * 60 * 1000;
const DEDUPE_MAX = 10_000;

/**
 * Slack retries an event it thinks went unanswered (x-slack-retry-num). An event id already taken is
 * skipped, so nobody gets the same answer twice; an unknown id is handled even when it is a retry,
 * because the first delivery may never have reached us.
 */
export function eventDedupeGuard(clock: Clock, logger: Logger) {
  const seen = new Map<string, number>();
  return async (args: Args): Promise<void> => {
    const body = args.body as Loose;
    const eventId = body.type === 'event_callback' ? body.event_id : undefined;
    if (typeof eventId !== 'string') return args.next();
    const now = clock.now().getTime();
    const first = seen.get(eventId);
    if (first !== undefined && now - first < DEDUPE_TTL_MS) {
      logger.info('slack: retried event skipped', { eventId, retry: args.context.retryNum ?? 0 });
      return;
    }
    if (seen.size >= DEDUPE_MAX) prune(seen, now);
    seen.set(eventId, now);
    return args.next();
  };
}

function prune(seen: Map<string, number>, now: number): void {
  for (const [id, at] of seen) if (now - at >= DEDUPE_TTL_MS) seen.delete(id);
  if (seen.size >= DEDUPE_MAX) seen.clear();
}

export function registerGuards(app: App, allowedTeams: string[], clock: Clock, logger: Logger): void {
  app.use(allowedTeamsGuard(allowedTeams, logger));
  app.use(eventDedupeGuard(clock, logger));
}
