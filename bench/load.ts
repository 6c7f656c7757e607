import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config/config.js';
import { systemClock } from '../src/core/clock.js';
import { silentLogger } from '../src/core/logger.js';
import { createRuntime } from '../src/server/bootstrap.js';
import { KNOWLEDGE_DIR } from './corpus.js';
import { option, PlatformReceiver, signedSlashCommand } from './fake-platforms.js';
import { ENGLISH_QUESTIONS, percentiles, SWEDISH_QUESTIONS } from './queries.js';

/**
 * Load on the Slack endpoint (signed `/utblick` slash commands) and the Teams endpoint (`/api/messages`,
 * local mode) at once, on loopback, against the real server in a child process. In this process: a stand-in
 * for Slack's servers and the Bot Connector that receives the answers (timed where they arrive), and
 * autocannon. Each request comes from its own user and conversation, so the rate limits (left at their
 * defaults, 30/min per person and 60/min per conversation) never refuse one; their buckets still fill up
 * to the configured bound, which is part of what the memory figures show.
 *
 * 1. a short saturation run finds how many answers per second the server gives (the knee);
 * 2. a fixed rate below it (60 %, or --rate R in all) for --seconds (60), sampling the server's memory after
 *    a full GC every 5 s;
 * 3. the in-process baseline: core.handle on the same questions in this process, after the load.
 * `npm run bench:load [-- --seconds 60 --rate R --knee-seconds 10 --connections 8]`
 * `npm run bench:load -- --instances 2`: two instances on one PostgreSQL database next to one.
 */
const SECRET = 'load-signing-secret';
const TENANT = '11111111-2222-3333-4444-555555555555';
const QUESTIONS = [...SWEDISH_QUESTIONS, ...ENGLISH_QUESTIONS];
let lastId = 0;

type Memory = { at: number; rss: number; heapUsed: number; errors: number; strays: number; gc: boolean };

async function startBot(receiverUrl: string, dataDir: string) {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-server.ts');
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      UTBLICK_KNOWLEDGE_DIR: path.resolve(option('knowledge', KNOWLEDGE_DIR)),
      UTBLICK_DATA_DIR: dataDir,
      UTBLICK_LOG_LEVEL: 'error',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-load',
      SLACK_API_URL: `${receiverUrl}/api/`,
      SLACK_ALLOWED_TEAMS: 'T1',
    },
  });
  const memory: Memory[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const lines = out.split('\n');
      out = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('MEM ')) memory.push(JSON.parse(line.slice(4)) as Memory);
        const listening = /^LISTENING (\S+)/.exec(line);
        if (listening) resolve(listening[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`the bot server exited (${code})`)));
  });
  return { child, url, memory };
}

function slackRequest(receiver: PlatformReceiver, sentAt: Map<string, number>) {
  return (req: object) => {
    const id = ++lastId;
    const signed = signedSlashCommand(SECRET, {
      text: QUESTIONS[id % QUESTIONS.length]!,
      user: `UL${id}`,
      channel: `CL${id}`,
      trigger: `trig-${id}`,
      responseUrl: `${receiver.url}/response/s${id}`,
    });
    sentAt.set(`s${id}`, performance.now());
    return { ...req, ...signed };
  };
}

function teamsRequest(receiver: PlatformReceiver, sentAt: Map<string, number>) {
  return (req: object) => {
    const id = ++lastId;
    const activity = {
      type: 'message',
      id: `t${id}`,
      channelId: 'msteams',
      serviceUrl: `${receiver.url}/`,
      from: { id: `29:user-${id}`, aadObjectId: `aad-${id}`, name: 'Load User' },
      recipient: { id: '28:utblick-bot', name: 'Utblick' },
      conversation: { id: `a:load-${id}`, conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
      locale: id % 2 ? 'sv-SE' : 'en-US',
      text: QUESTIONS[id % QUESTIONS.length]!,
      entities: [{ type: 'clientInfo', locale: 'sv-SE' }],
    };
    sentAt.set(`t${id}`, performance.now());
    return { ...req, body: JSON.stringify(activity), headers: { 'content-type': 'application/json' } };
  };
}

type EndpointResult = {
  sent: number;
  answered_in_window: number;
  unanswered: number;
  p50_ms: number;
  p99_ms: number;
  http_p99_ms: number;
  non2xx: number;
  errors: number;
};

async function endpoint(
  url: string,
  setup: (req: object) => object,
  seconds: number,
  connections: number,
  rate: number | undefined,
) {
  return autocannon({
    url,
    connections,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
    requests: [{ method: 'POST', setupRequest: setup as never }],
  });
}

/** Both endpoints at once; each endpoint gets half of `rate` (or as much as it takes when unset). */
async function phase(
  botUrl: string,
  receiver: PlatformReceiver,
  seconds: number,
  connections: number,
  rate?: number,
) {
  const slackSent = new Map<string, number>();
  const teamsSent = new Map<string, number>();
  const started = performance.now();
  const half = rate ? Math.max(1, Math.round(rate / 2)) : undefined;
  const [slack, teams] = await Promise.all([
    endpoint(`${botUrl}/slack/events`, slackRequest(receiver, slackSent), seconds, connections, half),
    endpoint(`${botUrl}/api/messages`, teamsRequest(receiver, teamsSent), seconds, connections, half),
  ]);
  const windowEnd = started + seconds * 1000;
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const summarise = (
    sentAt: Map<string, number>,
    result: Awaited<ReturnType<typeof autocannon>>,
  ): EndpointResult => {
    const latencies: number[] = [];
    let inWindow = 0;
    for (const [id, sent] of sentAt) {
      const arrived = receiver.arrivals.get(id);
      if (arrived === undefined) continue;
      latencies.push(arrived - sent);
      if (arrived <= windowEnd) inWindow += 1;
    }
    const p = percentiles(latencies);
    return {
      sent: sentAt.size,
      answered_in_window: inWindow,
      unanswered: sentAt.size - latencies.length,
      p50_ms: round(p.p50),
      p99_ms: round(p.p99),
      http_p99_ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
    };
  };
  return { slack: summarise(slackSent, slack), teams: summarise(teamsSent, teams) };
}

const round = (n: number) => Math.round(n * 10) / 10;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** core.handle in this process, on the same questions from distinct users: the latency without HTTP. */
async function inProcessBaseline(dataDir: string, count: number) {
  const config = loadConfig({
    UTBLICK_KNOWLEDGE_DIR: path.resolve(option('knowledge', KNOWLEDGE_DIR)),
    UTBLICK_DATA_DIR: dataDir,
  });
  const runtime = await createRuntime(config, systemClock, silentLogger);
  for (const q of QUESTIONS) await runtime.core.handle({ platform: 'slack', text: q, userId: 'slack:T1:W' });
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const t = performance.now();
    await runtime.core.handle({
      platform: i % 2 ? 'slack' : 'teams',
      text: QUESTIONS[i % QUESTIONS.length]!,
      userId: `base:${i}`,
      conversation: `base:${i}`,
    });
    samples.push(performance.now() - t);
  }
  runtime.store.close();
  const p = percentiles(samples);
  return { calls: count, p50_ms: round(p.p50), p99_ms: round(p.p99) };
}

function memorySummary(samples: Memory[]) {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last) return null;
  return {
    samples: samples.length,
    after_gc: first.gc,
    rss_mb: { first: mb(first.rss), last: mb(last.rss), max: mb(Math.max(...samples.map((s) => s.rss))) },
    heap_used_mb: {
      first: mb(first.heapUsed),
      last: mb(last.heapUsed),
      max: mb(Math.max(...samples.map((s) => s.heapUsed))),
    },
  };
}

async function main() {
  // `--instances N` (N > 1): several instances on one PostgreSQL database next to one (bench/load-instances.ts).
  if (Number(option('instances', '1')) > 1) return (await import('./load-instances.js')).main();
  const seconds = Number(option('seconds', '60'));
  const kneeSeconds = Number(option('knee-seconds', '10'));
  const connections = Number(option('connections', '8'));
  const receiver = new PlatformReceiver();
  await receiver.start();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'utblick-load-'));
  let child: ChildProcess | undefined;
  try {
    const bot = await startBot(receiver.url, path.join(dataDir, 'server'));
    child = bot.child;
    await phase(bot.url, receiver, 2, 2, 10);
    const knee = await phase(bot.url, receiver, kneeSeconds, connections);
    const capacity = (knee.slack.answered_in_window + knee.teams.answered_in_window) / kneeSeconds;
    const rate = Number(option('rate', String(Math.max(2, Math.floor(capacity * 0.6)))));
    const memoryFrom = bot.memory.length;
    const load = await phase(bot.url, receiver, seconds, connections, rate);
    const memory = bot.memory.slice(memoryFrom);
    const baseline = await inProcessBaseline(path.join(dataDir, 'baseline'), 500);
    const last = bot.memory.at(-1);
    const report = {
      via: 'Slack /slack/events (signed slash commands) and Teams /api/messages (local mode) at once, loopback',
      rate_limits:
        'defaults (30/min per person, 60/min per conversation); one person and conversation per request',
      knee: {
        seconds: kneeSeconds,
        connections_per_endpoint: connections,
        answered_per_s: Math.round(capacity),
        ...knee,
      },
      load: {
        seconds,
        rate_per_s: rate,
        answered_per_s: Math.round((load.slack.answered_in_window + load.teams.answered_in_window) / seconds),
        ...load,
      },
      memory: memorySummary(memory),
      server: { errors_logged: last?.errors ?? null, unhandled: last?.strays ?? null },
      in_process: baseline,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await receiver.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  process.stderr.write(`load: ${error.message}\n`);
  process.exitCode = 1;
});
