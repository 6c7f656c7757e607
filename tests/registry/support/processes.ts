import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export type Instance = {
  child: ChildProcess;
  port: number;
  url: string;
  exited: Promise<number | null>;
  stderr: () => string;
  /** How many log lines with this `msg` the instance has written. */
  count(msg: string): number;
  /** Resolves once the instance has written `times` log lines with this `msg`. */
  logged(msg: string, times?: number): Promise<void>;
};

/** What every instance and command needs, plus a data directory of its own (its own search index). */
export function baseEnv(extra: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.homedir(),
    HOST: '127.0.0.1',
    PORT: '0',
    UTBLICK_LOG_LEVEL: 'info',
    UTBLICK_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-instance-')),
    ...extra,
  };
}

/** Starts tests/registry/support/instance-process.ts; resolves when it says it is running. */
export function startInstance(
  env: Record<string, string>,
  now: string,
  intervalMs: number,
): Promise<Instance> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'instance-process.ts'), now, String(intervalMs)],
    { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const count = (msg: string) => stderr.split(`"msg":"${msg}"`).length - 1;
  const logged = (msg: string, times = 1) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (count(msg) < times) return;
        child.stderr!.off('data', check);
        resolve();
      };
      child.stderr!.on('data', check);
      check();
      void exited.then(() => reject(new Error(`the instance exited before logging "${msg}":\n${stderr}`)));
    });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = /Utblick is running on http:\/\/localhost:(\d+)\//.exec(stdout);
      if (m) {
        const port = Number(m[1]);
        resolve({
          child,
          port,
          url: `http://127.0.0.1:${port}`,
          exited,
          stderr: () => stderr,
          count,
          logged,
        });
      }
    });
    void exited.then((code) => reject(new Error(`the instance exited (${code}) before it ran:\n${stderr}`)));
  });
}

/** Runs `utblick <args>` (src/cli/bin.ts) in a process of its own. */
export function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/bin.ts'), ...args], {
    env,
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

/** Stops an instance with SIGTERM and waits for its exit code. */
export async function stopInstance(instance: Instance): Promise<number | null> {
  if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill('SIGTERM');
  return instance.exited;
}
