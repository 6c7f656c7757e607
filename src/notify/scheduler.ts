import type { Clock } from '../core/clock.js';
import type { DeliveryAdapter } from '../core/delivery.js';
import { startPeriodic } from '../core/periodic.js';
import { describeErrorText } from '../observability/error-description.js';
import { deliverTickets } from '../tickets/deliver.js';
import type { WorkingCalendar } from './points.js';
import { type AdminAlert, runNotificationTick, type TickDeps, type TickResult } from './runner.js';
import { UnmarkedSends } from './unmarked.js';

export const TICK_INTERVAL_MS = 60_000;

export type SchedulerOptions = {
  /** Time between ticks; one minute by default. */
  intervalMs?: number;
  /** Delay before the first tick after start. */
  firstTickMs?: number;
  /** Overrides the runtime's clock (tests). */
  clock?: Clock;
  calendar?: WorkingCalendar;
  leaseMs?: number;
  alertAdmins?: (alert: AdminAlert) => Promise<void>;
  /** Called after every tick, e.g. for metrics or tests. */
  onTick?: (result: TickResult) => void;
};

export type Scheduler = {
  /** Runs one tick now, after any tick already running (ticks of one scheduler never overlap). */
  tick(): Promise<TickResult>;
  /**
   * Stops the timer and lets a running tick finish the delivery it is in (claim → send → mark); the
   * tick attempts nothing after that. What it left unclaimed is planned again by the next tick.
   */
  stop(): Promise<void>;
};

/** What the scheduler takes from the server's runtime (src/server/bootstrap.ts). */
type SchedulerRuntime = Pick<TickDeps, 'store' | 'clock' | 'logger' | 'metrics'> & {
  /** The tick's settings and where questions for the unit go (`UTBLICK_EXPERT_CONVERSATION`). */
  config: TickDeps['config'] & { expertConversation: string | undefined };
};

/**
 * Runs a notification tick every minute inside the server process. Timers are unref'd so that they
 * never keep the process alive. Safe next to a CLI tick or another process on the same database: the
 * claim in the notification log decides who sends.
 */
export function startScheduler(
  runtime: SchedulerRuntime,
  adapters: DeliveryAdapter[],
  options: SchedulerOptions = {},
): Scheduler {
  const { logger } = runtime;
  const interval = options.intervalMs ?? TICK_INTERVAL_MS;
  const stopping = new AbortController();
  const unmarked = new UnmarkedSends();
  if (adapters.length === 0) logger.info('no delivery platform configured: notifications are not sent');

  const job = startPeriodic({
    run: async () => {
      const result = await runNotificationTick({
        store: runtime.store,
        adapters,
        clock: options.clock ?? runtime.clock,
        config: runtime.config,
        logger,
        ...(runtime.metrics ? { metrics: runtime.metrics } : {}),
        signal: stopping.signal,
        unmarked,
        ...(options.calendar ? { calendar: options.calendar } : {}),
        ...(options.leaseMs !== undefined ? { leaseMs: options.leaseMs } : {}),
        ...(options.alertAdmins ? { alertAdmins: options.alertAdmins } : {}),
      });
      // Questions for the international unit and their answers go out on the same beat.
      if (!stopping.signal.aborted) {
        await deliverTickets({
          store: runtime.store,
          adapters,
          clock: options.clock ?? runtime.clock,
          logger,
          config: runtime.config,
          ...(runtime.metrics ? { metrics: runtime.metrics } : {}),
        }).catch((error: unknown) =>
          logger.error('ticket delivery failed', { error: describeErrorText(error) }),
        );
      }
      return result;
    },
    firstDelayMs: options.firstTickMs ?? Math.min(5_000, interval),
    intervalMs: interval,
    timed: adapters.length > 0,
    onResult: (result) => {
      if (result.sent.length + result.failed.length > 0) {
        logger.info('notification tick', { sent: result.sent.length, failed: result.failed.length });
      }
      options.onTick?.(result);
    },
    onError: (error) => logger.error('notification tick failed', { error: describeErrorText(error) }),
    // The tick in progress finishes the message it is sending and starts no other.
    onStop: () => stopping.abort(),
  });

  return { tick: job.runNow, stop: job.stop };
}
