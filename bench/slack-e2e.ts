import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { KNOWLEDGE_DIR } from './corpus.js';
import { option, PlatformReceiver, signedSlashCommand } from './fake-platforms.js';
import { ENGLISH_QUESTIONS, percentiles, SWEDISH_QUESTIONS } from './queries.js';

/**
 * End to end through the Slack HTTP endpoint on loopback: the real server (Express, Bolt's receiver with
 * signature checks, the Slack adapter, the core, SQLite) in a child process; in this process a stand-in for
 * Slack's servers that receives the answers posted to each command's `response_url`, and autocannon sending
 * signed `/utblick <question>` slash commands. Bolt acknowledges a command before answering it, so an HTTP
 * response is not an answer: answers are counted, and timed, where they arrive (send → response_url post).
 *
 * Phase 1 saturates the server to find how many questions per second it answers; phase 2 sends at a fixed
 * rate below that and measures answer latency.
 * `tsx bench/slack-e2e.ts [--knowledge DIR] [--seconds 10] [--connections 16] [--rate R]`
 */
const SECRET = 'bench-signing-secret';
const QUESTIONS = [...SWEDISH_QUESTIONS, ...ENGLISH_QUESTIONS];
/** Request ids, unique across phases: each names its response_url. */
let lastId = 0;

async function startBot(knowledgeDir: string, slackUrl: string, dataDir: string) {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'slack-e2e-server.ts');
  // --cpu-prof-dir DIR profiles the bot server (written when it exits).
  const profile = option('cpu-prof-dir', '');
  const flags = profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : [];
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      UTBLICK_KNOWLEDGE_DIR: knowledgeDir,
      UTBLICK_DATA_DIR: dataDir,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_API_URL: `${slackUrl}/api/`,
      SLACK_ALLOWED_TEAMS: 'T1',
      // Every request comes from one user: measure answering, not the rate limits.
      UTBLICK_RATE_LIMIT_USER: 'off',
      UTBLICK_RATE_LIMIT_CONVERSATION: 'off',
    },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = /LISTENING (\S+)/.exec(out);
      if (line) resolve(line[1]!);
    });
    child.on('exit', (code) => reject(new Error(`the bot server exited (${code})`)));
  });
  return { child, url };
}

type Phase = { sent: number; answered: number; seconds: number; p50: number; p99: number; httpP99: number };

async function phase(
  botUrl: string,
  slack: PlatformReceiver,
  seconds: number,
  connections: number,
  rate?: number,
) {
  const sentAt = new Map<string, number>();
  const started = performance.now();
  const result = await autocannon({
    url: `${botUrl}/slack/events`,
    connections,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const id = ++lastId;
          const signed = signedSlashCommand(SECRET, {
            text: QUESTIONS[id % QUESTIONS.length]!,
            user: 'U1',
            channel: 'C1',
            trigger: `trig-${id}`,
            responseUrl: `${slack.url}/response/${id}`,
          });
          sentAt.set(String(id), performance.now());
          return { ...req, ...signed };
        },
      },
    ],
  });
  const windowEnd = started + seconds * 1000;
  // Answers still being worked on when sending stops: wait for them, but count only those in the window.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const latencies: number[] = [];
  let inWindow = 0;
  for (const [id, sent] of sentAt) {
    const arrived = slack.arrivals.get(id);
    if (arrived === undefined) continue;
    latencies.push(arrived - sent);
    if (arrived <= windowEnd) inWindow++;
  }
  const p = percentiles(latencies);
  const out: Phase = {
    sent: sentAt.size,
    answered: inWindow,
    seconds,
    p50: p.p50,
    p99: p.p99,
    httpP99: result.latency.p99,
  };
  return { ...out, non2xx: result.non2xx, errors: result.errors, unanswered: sentAt.size - latencies.length };
}

async function main() {
  const knowledgeDir = path.resolve(option('knowledge', KNOWLEDGE_DIR));
  const seconds = Number(option('seconds', '10'));
  const connections = Number(option('connections', '16'));
  const slack = new PlatformReceiver();
  await slack.start();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'utblick-slack-bench-'));
  let child: ChildProcess | undefined;
  try {
    const bot = await startBot(knowledgeDir, slack.url, dataDir);
    child = bot.child;
    await phase(bot.url, slack, 2, 4);
    const saturated = await phase(bot.url, slack, seconds, connections);
    const capacity = saturated.answered / seconds;
    const rate = Number(option('rate', String(Math.max(1, Math.floor(capacity * 0.7)))));
    const paced = await phase(bot.url, slack, seconds, connections, rate);
    const report = {
      via: 'Slack HTTP endpoint, signed slash commands, loopback (autocannon)',
      knowledge: knowledgeDir,
      saturated: { ...saturated, answered_per_s: Math.round(capacity) },
      paced: { ...paced, rate_per_s: rate, answered_per_s: Math.round(paced.answered / seconds) },
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await slack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  process.stderr.write(`slack-e2e: ${error.message}\n`);
  process.exitCode = 1;
});
