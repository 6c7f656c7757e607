/**
 * One Utblick instance (the real server, src/server/serve.ts, as `npm start` runs it) in a process of
 * its own, with a fixed clock so that reminders are due, and notification ticks every
 * `<intervalMs>`: `node --import tsx tests/registry/support/instance-process.ts <now> <intervalMs>`.
 * Configuration comes from the environment (DATABASE_URL among it), as in production.
 */
import { fixedClock } from '../../../src/core/clock.js';
import { runServer } from '../../../src/server/serve.js';

const [now, interval] = process.argv.slice(2) as [string, string];
await runServer({
  env: process.env,
  clock: fixedClock(now),
  scheduler: { firstTickMs: 50, intervalMs: Number(interval) },
});
