/**
 * The real server (src/server/serve.ts, as `npm start` runs it) in a process of its own, with a fixed
 * clock so that reminders are due, a first notification tick at once, and one slow route that waits
 * for the test's gate: `node --import tsx tests/ops/support/server-process.ts <now> <gate url>`.
 * Configuration comes from the environment, as in production.
 */
import { fixedClock } from '../../../src/core/clock.js';
import { runServer } from '../../../src/server/serve.js';

const [now, gateUrl] = process.argv.slice(2) as [string, string];
await runServer({
  env: process.env,
  clock: fixedClock(now),
  scheduler: { firstTickMs: 50, intervalMs: 60_000 },
  extraMounts: [
    (app) => {
      app.get('/test/slow', async (_req, res) => {
        const gate = await fetch(gateUrl);
        res.type('text/plain').send(`slow request ${await gate.text()}`);
      });
    },
  ],
});
