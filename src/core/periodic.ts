/**
 * A job that runs on a timer inside the server: once after `firstDelayMs`, then every `intervalMs`
 * after the previous run ended. Runs never overlap (a manual `runNow` queues behind a timed one),
 * timers are unref'd so that they never keep the process alive, and `stop` waits for the run in
 * progress. A failed run is reported to `onError` and the timer goes on.
 */
export type PeriodicJob<T> = {
  runNow(): Promise<T>;
  stop(): Promise<void>;
};

export function startPeriodic<T>(options: {
  run: () => Promise<T>;
  firstDelayMs: number;
  intervalMs: number;
  onResult?: (result: T) => void;
  onError: (error: unknown) => void;
  /** Called when stopping, before waiting for the run in progress (e.g. to abort it between steps). */
  onStop?: () => void;
  /** False: never schedule, only run on `runNow`. */
  timed?: boolean;
}): PeriodicJob<T> {
  let chain: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const runNow = (): Promise<T> => {
    const next = chain.then(options.run);
    chain = next.catch(() => undefined);
    return next;
  };

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      runNow()
        .then((result) => options.onResult?.(result))
        .catch(options.onError)
        .finally(() => schedule(options.intervalMs));
    }, delay);
    timer.unref();
  };
  if (options.timed !== false) schedule(options.firstDelayMs);

  return {
    runNow,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      options.onStop?.();
      await chain;
    },
  };
}
