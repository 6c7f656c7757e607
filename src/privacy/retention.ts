import { DateTime } from 'luxon';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import { startPeriodic } from '../core/periodic.js';
import { describeErrorText } from '../observability/error-description.js';
import type { Feedback, FeedbackStat } from '../registry/model.js';
import type { Store } from '../registry/store.js';

export const DAY_MS = 24 * 60 * 60 * 1000;

export type RetentionDeps = {
  store: Store;
  clock: Clock;
  /** `UTBLICK_RETENTION_DAYS`. */
  retentionDays: number;
  /** `UTBLICK_TZ`: the day a piece of feedback is counted under. */
  timeZone: string;
};

export type RetentionResult = {
  /** Feedback given before this instant was past the period. */
  cutoff: string;
  /** How many pieces of feedback were turned into anonymous counts (0 on a second run). */
  anonymised: number;
  /** How many questions sent to the international unit were deleted (same period as feedback). */
  tickets: number;
};

/** The instant before which feedback is past the retention period. */
export function retentionCutoff(clock: Clock, retentionDays: number): string {
  return new Date(clock.now().getTime() - retentionDays * DAY_MS).toISOString();
}

/** Feedback as anonymous counts: only the day, language, passage and vote survive. */
export function countFeedback(feedback: Feedback[], timeZone: string): FeedbackStat[] {
  const counts = new Map<string, FeedbackStat>();
  for (const f of feedback) {
    const day = DateTime.fromISO(f.createdAt, { zone: timeZone }).toISODate() ?? f.createdAt.slice(0, 10);
    const key = JSON.stringify([day, f.lang, f.topPassageId, f.vote]);
    const stat = counts.get(key);
    if (stat) stat.count += 1;
    else counts.set(key, { day, lang: f.lang, topPassageId: f.topPassageId, vote: f.vote, count: 1 });
  }
  return [...counts.values()];
}

/**
 * One retention run: feedback older than the period loses its question, answer and user id, and
 * becomes a count (day, language, passage, vote). The move is one transaction, so a run that dies
 * half-way changes nothing, and a second run finds nothing left to do.
 */
export async function runRetention(deps: RetentionDeps, options: { dryRun?: boolean } = {}) {
  const cutoff = retentionCutoff(deps.clock, deps.retentionDays);
  if (options.dryRun) {
    return {
      cutoff,
      anonymised: (await deps.store.listFeedback({ before: cutoff })).length,
      tickets: (await deps.store.listTickets({ before: cutoff })).length,
    };
  }
  const { anonymised, tickets } = await deps.store.transaction(async (tx) => {
    const old = await tx.listFeedback({ before: cutoff });
    if (old.length > 0) await tx.addFeedbackStats(countFeedback(old, deps.timeZone));
    const anonymised = old.length > 0 ? await tx.deleteFeedback(old.map((f) => f.id)) : 0;
    // A ticket keeps its question no longer than feedback does; the audit log keeps who and when.
    const oldTickets = await tx.listTickets({ before: cutoff });
    return { anonymised, tickets: await tx.deleteTickets(oldTickets.map((k) => k.id)) };
  });
  if (anonymised + tickets > 0) await deps.store.purgeDeleted();
  return { cutoff, anonymised, tickets } satisfies RetentionResult;
}

export type RetentionJob = {
  /** Runs retention now, after any run already going (runs never overlap). */
  run(): Promise<RetentionResult>;
  /** Stops the timer and waits for a running run to finish. */
  stop(): Promise<void>;
};

type JobRuntime = {
  store: Store;
  clock: Clock;
  logger: Logger;
  config: { retentionDays: number; timeZone: string };
};

/**
 * The daily retention job inside the server: a first run shortly after start (so that a server that
 * is restarted every night still runs it), then once a day. Timers are unref'd.
 */
export function startRetention(
  runtime: JobRuntime,
  options: { intervalMs?: number; firstRunMs?: number } = {},
): RetentionJob {
  const { store, clock, logger, config } = runtime;
  const deps: RetentionDeps = {
    store,
    clock,
    retentionDays: config.retentionDays,
    timeZone: config.timeZone,
  };
  const job = startPeriodic({
    run: () => runRetention(deps),
    firstDelayMs: options.firstRunMs ?? 60_000,
    intervalMs: options.intervalMs ?? DAY_MS,
    onResult: (result) => {
      if (result.anonymised > 0) {
        logger.info('retention: old feedback anonymised', {
          anonymised: result.anonymised,
          retentionDays: config.retentionDays,
        });
      }
    },
    onError: (error) => logger.error('retention failed', { error: describeErrorText(error) }),
  });
  return { run: job.runNow, stop: job.stop };
}
