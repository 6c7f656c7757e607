import type { Logger } from '../core/logger.js';
import { describeErrorText } from '../observability/error-description.js';

/** How long a graceful stop may take before the process gives up and exits 1 (systemd: TimeoutStopSec=30). */
export const SHUTDOWN_TIMEOUT_MS = 25_000;

/**
 * What shutdown stops, in two phases:
 * - `service`: takes work in and finishes what is in flight — the HTTP server, Socket Mode, the
 *   notification scheduler, the knowledge watcher, background jobs (e.g. retention). All services stop
 *   together; each one's `stop()` resolves when its in-flight work is done.
 * - `resource`: what services use, closed only after every service has stopped — the database.
 */
export type Phase = 'service' | 'resource';

export type Stoppable = { stop(): Promise<void> | void };

export type ShutdownOptions = {
  logger: Logger;
  timeoutMs?: number;
  /** Ends the process; injected so that tests can watch the exit code. */
  exit?: (code: number) => void;
};

type Entry = { name: string; phase: Phase; stop: () => Promise<void> | void };

/**
 * Graceful shutdown: one place where everything the server starts registers how it stops. On SIGTERM
 * or SIGINT it stops the services, then closes the resources, and exits 0; after the timeout it logs
 * what was still pending and exits 1. A second signal exits 1 at once (a person pressing Ctrl-C twice).
 */
export class Shutdown {
  private readonly entries: Entry[] = [];
  private running: Promise<number> | null = null;
  private readonly timeoutMs: number;
  private readonly exit: (code: number) => void;

  constructor(private readonly options: ShutdownOptions) {
    this.timeoutMs = options.timeoutMs ?? SHUTDOWN_TIMEOUT_MS;
    this.exit = options.exit ?? ((code) => process.exit(code));
  }

  /** Registers something to stop at shutdown; services in registration order, resources after them. */
  add(name: string, stoppable: Stoppable | (() => Promise<void> | void), phase: Phase = 'service'): void {
    const stop = typeof stoppable === 'function' ? stoppable : () => stoppable.stop();
    this.entries.push({ name, phase, stop });
  }

  get started(): boolean {
    return this.running !== null;
  }

  /** Stops everything once (later calls get the same result) and resolves with the exit code. */
  run(reason: string): Promise<number> {
    this.running ??= this.stopAll(reason);
    return this.running;
  }

  /** Runs the shutdown on SIGTERM and SIGINT and then exits with its code. */
  listen(signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): () => void {
    const onSignal = (signal: NodeJS.Signals) => {
      if (this.started) {
        this.options.logger.warn('second signal during shutdown: exiting now', { signal });
        this.exit(1);
        return;
      }
      void this.run(signal).then((code) => this.exit(code));
    };
    for (const signal of signals) process.on(signal, onSignal);
    return () => {
      for (const signal of signals) process.off(signal, onSignal);
    };
  }

  private async stopAll(reason: string): Promise<number> {
    const { logger } = this.options;
    logger.info('shutting down', { reason, timeoutMs: this.timeoutMs });
    const pending = new Set<string>();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.timeoutMs);
    });
    const work = (async () => {
      const failed = await this.phase('service', pending);
      return (await this.phase('resource', pending)) || failed;
    })();
    const outcome = await Promise.race([work, timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      logger.error('shutdown timed out; exiting with work unfinished', {
        timeoutMs: this.timeoutMs,
        pending: [...pending],
      });
      return 1;
    }
    logger.info(outcome ? 'shut down with errors' : 'shut down cleanly');
    return outcome ? 1 : 0;
  }

  /** Stops one phase's entries together; true when one of them failed (it is logged, the rest go on). */
  private async phase(phase: Phase, pending: Set<string>): Promise<boolean> {
    const entries = this.entries.filter((e) => e.phase === phase);
    const results = await Promise.all(
      entries.map(async (entry) => {
        pending.add(entry.name);
        try {
          await entry.stop();
          return false;
        } catch (error) {
          this.options.logger.error('could not stop cleanly', {
            what: entry.name,
            error: describeErrorText(error),
          });
          return true;
        } finally {
          pending.delete(entry.name);
        }
      }),
    );
    return results.some(Boolean);
  }
}
