import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config.js';
import { fixedClock } from '../../src/core/clock.js';
import type { Core } from '../../src/core/core.js';
import type { Reply } from '../../src/core/reply.js';
import type { Mount } from '../../src/platform/adapter.js';
import type { StoreReads } from '../../src/registry/store.js';
import { createApp } from '../../src/server/app.js';
import { createRuntime, type Runtime } from '../../src/server/bootstrap.js';
import { RecordingLogger } from '../slack/slack-harness.js';

export const FUZZ_NOW = '2026-11-26T09:00:00+01:00';

/** What the core answered, per call, in order: the checks ask whether a reply was a success. */
export type CoreAnswer = { method: string; reply: Reply; ok: boolean };

/**
 * The real runtime (bundled knowledge, SQLite in a fresh directory, real core) behind the shared Express app
 * with one adapter mounted, on 127.0.0.1. Rate limits are off: the fuzz run is about content, and each
 * input must reach the core (the limits have their own tests).
 */
export type FuzzServer = {
  base: string;
  runtime: Runtime;
  logger: RecordingLogger;
  answers: CoreAnswer[];
  dataDir: string;
  stop(): Promise<void>;
};

export async function startFuzzServer(
  mount: ((runtime: Runtime) => Mount) | null,
  env: Record<string, string> = {},
): Promise<FuzzServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'utblick-fuzz-'));
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    UTBLICK_DATA_DIR: dataDir,
    UTBLICK_KNOWLEDGE_DIR: path.resolve(import.meta.dirname, '../../knowledge'),
    UTBLICK_RATE_LIMIT_USER: 'off',
    UTBLICK_RATE_LIMIT_CONVERSATION: 'off',
    ...env,
  });
  const logger = new RecordingLogger();
  const clock = fixedClock(FUZZ_NOW);
  const runtime = await createRuntime(config, clock, logger);
  const answers: CoreAnswer[] = [];
  const core = recording(runtime.core, answers);
  let server: Server | undefined;
  let base = '';
  if (mount) {
    const app = await createApp({ config, core, clock, logger }, () => runtime.knowledge.status(), [
      mount(runtime),
    ]);
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  return {
    base,
    runtime,
    logger,
    answers,
    dataDir,
    async stop() {
      server?.closeAllConnections();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      runtime.store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A success changes the registers; anything else (help, an error, an answer, a form) must not. */
function isSuccess(reply: Reply): boolean {
  return reply.kind === 'command';
}

function recording(inner: Core, answers: CoreAnswer[]): Core {
  const note = (method: string, reply: Reply, ok = isSuccess(reply)) => {
    answers.push({ method, reply, ok });
    return reply;
  };
  return {
    handle: async (input) => note('handle', await inner.handle(input)),
    run: async (input, options) => {
      const outcome = await inner.run(input, options);
      note('run', outcome.reply);
      return outcome;
    },
    action: async (id, value, input) => note('action', await inner.action(id, value, input)),
    openForm: (id, input) => inner.openForm(id, input),
    submitForm: async (id, values, input) => {
      const outcome = await inner.submitForm(id, values, input);
      if (outcome.ok) note('submitForm', outcome.reply);
      else
        answers.push({
          method: 'submitForm',
          ok: false,
          reply: { lang: 'sv', kind: 'form', blocks: [{ type: 'form', form: outcome.form }], summary: '' },
        });
      return outcome;
    },
    overview: async (input) => note('overview', await inner.overview(input), false),
  };
}

/** A fingerprint of everything the registers and the audit log hold. */
export async function registerState(store: StoreReads): Promise<string> {
  const [memberships, referrals, subscriptions, audit, feedback] = await Promise.all([
    store.listMemberships({ includeEnded: true }),
    store.listReferrals(),
    store.listSubscriptions(),
    store.listAudit(),
    store.listFeedback(),
  ]);
  return createHash('sha256')
    .update(JSON.stringify({ memberships, referrals, subscriptions, audit, feedback }))
    .digest('hex');
}

/** Counts the process's stray failures while a run lasts. */
export function watchProcess() {
  const seen: string[] = [];
  const onRejection = (reason: unknown) => seen.push(`unhandledRejection: ${String(reason)}`);
  const onException = (error: Error) => seen.push(`uncaughtException: ${error.message}`);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return {
    seen,
    stop() {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
    },
  };
}

/** Every string in a JSON value, with the path of keys leading to it. */
export function strings(
  value: unknown,
  at: string[] = [],
): { path: string[]; text: string; node: unknown }[] {
  if (typeof value === 'string') return [{ path: at, text: value, node: null }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...at, String(i)]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      typeof v === 'string' ? [{ path: [...at, k], text: v, node: value }] : strings(v, [...at, k]),
    );
  }
  return [];
}

/** A failure report that names the seed and input, so the run can be repeated (FUZZ_SEED=…). */
export function describeFailure(seed: number, index: number, input: string, problem: string): string {
  const shown =
    input.length > 300
      ? `${JSON.stringify(input.slice(0, 300))}… (${input.length} chars)`
      : JSON.stringify(input);
  return `FUZZ_SEED=${seed} input #${index}: ${problem}\n  input: ${shown}`;
}

/** What one input did at an entry point: the HTTP status (if any) and the problems the checks found. */
export type Sent = {
  status?: number;
  problems: string[];
  /** The entry point's own word that the input succeeded (the CLI's exit code 0); else the core's replies decide. */
  ok?: boolean;
};

export type FuzzReport = {
  entry: string;
  inputs: number;
  ms: number;
  successes: number;
  /** How many inputs got each HTTP status (the first response, before any redirect). */
  statuses: Record<string, number>;
  failures: string[];
  strays: string[];
};

/**
 * Sends each input through one entry point, one at a time, and checks after each: no 5xx, no error logged,
 * an answer came, the registers and audit log unchanged unless the core answered with a success, and
 * whatever `send` checked about escaping.
 */
export async function runFuzz(
  entry: string,
  server: Pick<FuzzServer, 'answers' | 'logger' | 'runtime'>,
  inputs: string[],
  seed: number,
  send: (index: number, text: string) => Promise<Sent>,
): Promise<FuzzReport> {
  const watch = watchProcess();
  const failures: string[] = [];
  let successes = 0;
  const statuses: Record<string, number> = {};
  const started = performance.now();
  try {
    for (const [index, text] of inputs.entries()) {
      const before = await registerState(server.runtime.store);
      const answersBefore = server.answers.length;
      const errorsBefore = server.logger.lines.filter((l) => l.level === 'error').length;
      let sent: Sent;
      try {
        sent = await send(index, text);
      } catch (error) {
        sent = { problems: [`threw: ${error instanceof Error ? error.message : String(error)}`] };
      }
      const problems = [...sent.problems];
      const status = String(sent.status ?? 'none');
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (sent.status !== undefined && sent.status >= 500) problems.push(`HTTP ${sent.status}`);
      const errors = server.logger.lines.filter((l) => l.level === 'error').slice(errorsBefore);
      for (const line of errors)
        problems.push(`logged an error: ${line.msg} ${JSON.stringify(line.fields ?? {})}`);
      const answers = server.answers.slice(answersBefore);
      const succeeded = sent.ok ?? answers.some((a) => a.ok);
      if (succeeded) successes += 1;
      else if ((await registerState(server.runtime.store)) !== before)
        problems.push(
          `the registers changed after a reply that was not a success (${answers.map((a) => a.reply.kind).join(', ')})`,
        );
      for (const problem of problems) failures.push(describeFailure(seed, index, text, problem));
    }
  } finally {
    watch.stop();
  }
  return {
    entry,
    inputs: inputs.length,
    ms: Math.round(performance.now() - started),
    successes,
    statuses,
    failures,
    strays: watch.seen,
  };
}

/** Waits until `find` returns something, polling; undefined after `ms`. */
export async function waitUntil<T>(find: () => T | undefined, ms = 10_000): Promise<T | undefined> {
  const deadline = performance.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined || performance.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** One line per entry point for the run's summary (and docs/benchmarks.md). */
export function summary(report: FuzzReport): string {
  return `${report.entry}: ${report.inputs} inputs in ${(report.ms / 1000).toFixed(1)} s (${Math.round(
    (report.inputs * 1000) / Math.max(1, report.ms),
  )}/s), ${report.successes} successful commands, HTTP ${JSON.stringify(report.statuses)}, ${report.failures.length} failures, ${report.strays.length} unhandled`;
}
