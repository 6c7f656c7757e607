import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { KNOWLEDGE_DIR } from './corpus.js';
import { option, PlatformReceiver, signedSlashCommand } from './fake-platforms.js';
import { ENGLISH_QUESTIONS, percentiles, SWEDISH_QUESTIONS } from './queries.js';

/**
 * `npm run bench:load -- --instances 2`: two server instances on one PostgreSQL database next to one
 * instance on it (and one on SQLite, the embedded default), under the same mix of Slack slash commands:
 * questions (answered from each instance's own index), register reads (`referral deadline`) and writes
 * (`membership add`, which take the store's lock and write the audit log). Each configuration gets a
 * saturation run (answers per second: the throughput) and a run at one fixed rate, the same for all
 * (60 % of one PostgreSQL instance's throughput, or --rate R), for p50/p99. The load is split evenly over
 * the instances, as a round-robin balancer would. The database is PostgreSQL at --database (default
 * postgres://127.0.0.1:5432/test), in a schema of its own that is dropped afterwards.
 * `npm run bench:load -- --instances 2 [--seconds 30 --knee-seconds 10 --connections 4 --rate R]`
 */
const SECRET = 'load-signing-secret';
const QUESTIONS = [...SWEDISH_QUESTIONS, ...ENGLISH_QUESTIONS];
let lastId = 0;

/** What request `id` asks: one in ten registers a membership, one in ten looks a referral up. */
function textFor(id: number): { text: string; kind: 'question' | 'read' | 'write' } {
  if (id % 10 === 0) return { text: `membership add Bench ${id} benefit:"load test"`, kind: 'write' };
  if (id % 10 === 5) return { text: 'referral deadline KS-dnr: 006-1137/2007', kind: 'read' };
  return { text: QUESTIONS[id % QUESTIONS.length]!, kind: 'question' };
}

type Instance = { child: ChildProcess; url: string };

async function startInstance(env: Record<string, string>): Promise<Instance> {
  const script = path.join(import.meta.dirname, 'load-server.ts');
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env, LOAD_SAMPLE_MS: '600000' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const listening = /LISTENING (\S+)/.exec(out);
      if (listening) resolve(listening[1]!);
    });
    child.on('exit', (code) => reject(new Error(`an instance exited (${code})`)));
  });
  return { child, url };
}

async function stop(instances: Instance[]): Promise<void> {
  await Promise.all(
    instances.map(({ child }) => {
      if (child.exitCode !== null) return Promise.resolve();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      return exited;
    }),
  );
}

type Sent = { at: number; kind: 'question' | 'read' | 'write' };

function request(receiver: PlatformReceiver, sent: Map<string, Sent>) {
  return (req: object) => {
    const id = ++lastId;
    const { text, kind } = textFor(id);
    const signed = signedSlashCommand(SECRET, {
      text,
      user: `UL${id}`,
      channel: `CL${id}`,
      trigger: `trig-${id}`,
      responseUrl: `${receiver.url}/response/s${id}`,
    });
    sent.set(`s${id}`, { at: performance.now(), kind });
    return { ...req, ...signed };
  };
}

/** The same load on every instance at once, `rate` in all (or as much as they take). */
async function phase(
  instances: Instance[],
  receiver: PlatformReceiver,
  seconds: number,
  connections: number,
  rate?: number,
) {
  const sent = new Map<string, Sent>();
  const started = performance.now();
  const share = rate ? Math.max(1, Math.round(rate / instances.length)) : undefined;
  const results = await Promise.all(
    instances.map((instance) =>
      autocannon({
        url: `${instance.url}/slack/events`,
        connections,
        duration: seconds,
        ...(share ? { overallRate: share } : {}),
        requests: [{ method: 'POST', setupRequest: request(receiver, sent) as never }],
      }),
    ),
  );
  const windowEnd = started + seconds * 1000;
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const latencies: number[] = [];
  const byKind = { question: [] as number[], read: [] as number[], write: [] as number[] };
  let inWindow = 0;
  for (const [key, { at, kind }] of sent) {
    const arrived = receiver.arrivals.get(key);
    if (arrived === undefined) continue;
    latencies.push(arrived - at);
    byKind[kind].push(arrived - at);
    if (arrived <= windowEnd) inWindow += 1;
  }
  const p = percentiles(latencies);
  return {
    sent: sent.size,
    answered_per_s: Math.round(inWindow / seconds),
    unanswered: sent.size - latencies.length,
    p50_ms: round(p.p50),
    p99_ms: round(p.p99),
    p99_ms_by_kind: {
      question: round(percentiles(byKind.question).p99),
      read: round(percentiles(byKind.read).p99),
      write: round(percentiles(byKind.write).p99),
    },
    non2xx: results.reduce((n, r) => n + r.non2xx, 0),
    errors: results.reduce((n, r) => n + r.errors, 0),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

function databaseUrl(schema: string): string {
  const url = new URL(option('database', 'postgres://127.0.0.1:5432/test'));
  if (!url.username) url.username = userInfo().username;
  if (schema) url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

async function sql(text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: databaseUrl('') });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

type Setup = { name: string; instances: number; database: 'postgres' | 'sqlite' };

export async function main(): Promise<void> {
  const count = Number(option('instances', '2'));
  const seconds = Number(option('seconds', '30'));
  const kneeSeconds = Number(option('knee-seconds', '10'));
  const connections = Number(option('connections', '4'));
  const receiver = new PlatformReceiver();
  await receiver.start();
  const dir = await mkdtemp(path.join(tmpdir(), 'utblick-load-instances-'));
  const schema = `utblick_bench_${process.pid}`;
  await sql(`CREATE SCHEMA ${schema}`);
  const setups: Setup[] = [
    { name: 'postgres, 1 instance', instances: 1, database: 'postgres' },
    { name: `postgres, ${count} instances`, instances: count, database: 'postgres' },
    { name: 'sqlite, 1 instance', instances: 1, database: 'sqlite' },
  ];
  const report: Record<string, unknown> = {
    via: 'Slack /slack/events (signed /utblick slash commands), loopback; load split evenly over the instances',
    mix: '8 in 10 questions, 1 in 10 referral deadline (a read), 1 in 10 membership add (a write)',
  };
  let rate = option('rate', '') ? Number(option('rate', '')) : undefined;
  try {
    for (const [n, setup] of setups.entries()) {
      const instances: Instance[] = [];
      try {
        for (let i = 0; i < setup.instances; i += 1) {
          instances.push(
            await startInstance({
              HOST: '127.0.0.1',
              PORT: '0',
              UTBLICK_KNOWLEDGE_DIR: path.resolve(option('knowledge', KNOWLEDGE_DIR)),
              UTBLICK_DATA_DIR: path.join(dir, `${n}-${i}`),
              UTBLICK_LOG_LEVEL: 'error',
              SLACK_SIGNING_SECRET: SECRET,
              SLACK_BOT_TOKEN: 'xoxb-load',
              SLACK_API_URL: `${receiver.url}/api/`,
              SLACK_ALLOWED_TEAMS: 'T1',
              ...(setup.database === 'postgres'
                ? { DATABASE_URL: databaseUrl(schema) }
                : { DATABASE_URL: '' }),
            }),
          );
        }
        await phase(instances, receiver, 2, 2, 10);
        const knee = await phase(instances, receiver, kneeSeconds, connections);
        rate ??= Math.max(2, Math.floor(knee.answered_per_s * 0.6));
        const load = await phase(instances, receiver, seconds, connections, rate);
        report[setup.name] = { throughput: knee, [`at_${rate}_per_s`]: load };
      } finally {
        await stop(instances);
      }
    }
    const written = await sql(`SELECT count(*)::int AS n FROM ${schema}.memberships`);
    report.postgres_memberships_written = written.rows[0]?.n;
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    await receiver.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
