import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { generateCorpus, KNOWLEDGE_DIR } from './corpus.js';
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
 * `tsx bench/slack-e2e.ts [--knowledge DIR] [--seconds 10] [--connections 16] [--rate R] [--cpu-prof-dir DIR]`
 * `tsx bench/slack-e2e.ts --compare N [--seed S]`: the bundled knowledge and N generated documents side by side.
 */
const SECRET = 'bench-signing-secret';
const VIA = 'Slack HTTP endpoint, signed slash commands, loopback (autocannon)';
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

type Phase = {
  sent: number;
  answered: number;
  seconds: number;
  p50: number;
  p99: number;
  httpP99: number;
  non2xx: number;
  errors: number;
  unanswered: number;
};

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
    non2xx: result.non2xx,
    errors: result.errors,
    unanswered: sentAt.size - latencies.length,
  };
  return out;
}

type Report = {
  knowledge: string;
  saturated: Phase & { answered_per_s: number };
  paced: Phase & { rate_per_s: number; answered_per_s: number };
};

/** One server on one knowledge folder: warm-up, saturated, then paced at 70 % of what it answered. */
async function measure(knowledgeDir: string, slack: PlatformReceiver): Promise<Report> {
  const seconds = Number(option('seconds', '10'));
  const connections = Number(option('connections', '16'));
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
    return {
      knowledge: knowledgeDir,
      saturated: { ...saturated, answered_per_s: Math.round(capacity) },
      paced: { ...paced, rate_per_s: rate, answered_per_s: Math.round(paced.answered / seconds) },
    };
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * `--compare N`: the bundled knowledge and N generated documents (bench/corpus.ts) in one run, one after
 * the other on the same machine, side by side, and issue 18's goal for them: answered questions per
 * second and p99 within 10 % of the bundled figures.
 */
function compareLines(docs: number, bundled: Report, generated: Report): string[] {
  const rows: [string, string | number, string | number][] = [
    ['', 'bundled', `${docs.toLocaleString('en')} documents`],
    ['answered/s, saturated', bundled.saturated.answered_per_s, generated.saturated.answered_per_s],
    [
      'answer p50 / p99 ms, saturated',
      `${bundled.saturated.p50} / ${bundled.saturated.p99}`,
      `${generated.saturated.p50} / ${generated.saturated.p99}`,
    ],
    ['paced rate /s', bundled.paced.rate_per_s, generated.paced.rate_per_s],
    ['answered/s, paced', bundled.paced.answered_per_s, generated.paced.answered_per_s],
    [
      'answer p50 / p99 ms, paced',
      `${bundled.paced.p50} / ${bundled.paced.p99}`,
      `${generated.paced.p50} / ${generated.paced.p99}`,
    ],
    ['HTTP ack p99 ms, paced', bundled.paced.httpP99, generated.paced.httpP99],
    [
      'unanswered (saturated + paced)',
      bundled.saturated.unanswered + bundled.paced.unanswered,
      generated.saturated.unanswered + generated.paced.unanswered,
    ],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const table = rows.map((r) => r.map((cell, c) => String(cell).padEnd(widths[c]!)).join('  '));
  const rate = generated.saturated.answered_per_s / bundled.saturated.answered_per_s;
  const p99 = generated.paced.p99 / bundled.paced.p99;
  const met = rate >= 0.9 && p99 <= 1.1;
  return [
    ...table,
    `goal: through the Slack endpoint at ${docs.toLocaleString('en')} documents, answered/s and p99 within 10 % of the ` +
      `bundled corpus: answered/s ${(rate * 100).toFixed(0)} % of bundled, paced p99 ${(p99 * 100).toFixed(0)} % of ` +
      `bundled: ${met ? 'met' : 'not met'}`,
  ];
}

async function main() {
  const compare = option('compare', '');
  const slack = new PlatformReceiver();
  await slack.start();
  try {
    if (!compare) {
      const report = await measure(path.resolve(option('knowledge', KNOWLEDGE_DIR)), slack);
      process.stdout.write(`${JSON.stringify({ via: VIA, ...report })}\n`);
      return;
    }
    const docs = Number(compare);
    if (!Number.isInteger(docs) || docs < 1)
      throw new Error('--compare takes a number of documents, e.g. --compare 1000');
    const log = (line: string) => process.stderr.write(`${line}\n`);
    const { dir } = await generateCorpus(docs, Number(option('seed', '1')), log);
    log('slack-e2e: the bundled knowledge …');
    const bundled = await measure(KNOWLEDGE_DIR, slack);
    log(`slack-e2e: ${docs} generated documents …`);
    const generated = await measure(dir, slack);
    process.stdout.write(`${compareLines(docs, bundled, generated).join('\n')}\n`);
    process.stdout.write(`${JSON.stringify({ via: VIA, docs, bundled, generated })}\n`);
  } finally {
    await slack.stop();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`slack-e2e: ${error.message}\n`);
  process.exitCode = 1;
});
