import { createSlackMount } from '../adapters/slack/index.js';
import { loadConfig } from '../src/config/config.js';
import { systemClock } from '../src/core/clock.js';
import { silentLogger } from '../src/core/logger.js';
import { createRuntime, startServer } from '../src/server/bootstrap.js';

/** The bot server for bench/slack-e2e.ts: the real runtime with the Slack adapter, configured from the environment. */
const config = loadConfig(process.env);
const runtime = await createRuntime(config, systemClock, silentLogger);
const running = await startServer(runtime, [createSlackMount({ webApiRetries: 0 })]);
process.stdout.write(`LISTENING ${running.url}\n`);
process.once('SIGTERM', async () => {
  await running.close();
  runtime.store.close();
  process.exit(0);
});
