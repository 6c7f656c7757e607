import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { CliIo } from '../../../adapters/cli/io.js';
import { main } from '../../../adapters/cli/main.js';

export type Captured = { code: number; stdout: string; stderr: string };

/** Runs `utblick <args>` in this process, as the bin does, with its own environment and output. */
export async function utblick(args: string[], env: Record<string, string>): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: async function* () {},
    env,
    cwd: process.cwd(),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Every table of a database file, row for row in rowid order (schema_version and sqlite_sequence too). */
export function dumpTables(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    const out: Record<string, unknown[]> = {};
    for (const name of tables) out[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
    return out;
  } finally {
    db.close();
  }
}

export function integrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

/** The files in a directory, to show that a refused command left nothing behind. */
export function filesIn(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

export type Writer = {
  /** Resolves once the writer has committed at least `n` units of work; returns how many it had. */
  reached(n: number): Promise<number>;
  /** Asks the writer to stop after its current transaction; resolves with its exit code. */
  stop(): Promise<number | null>;
  done(): number;
};

/** Starts tests/ops/support/write-loop.ts on `file` in a process of its own. */
export function startWriter(file: string): Writer {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'write-loop.ts'), file],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let count = 0;
  let buffer = '';
  let stderr = '';
  const waiters: { n: number; resolve: (n: number) => void }[] = [];
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^done (\d+)$/.exec(line);
      if (m) count = Number(m[1]);
    }
    for (const w of waiters.filter((w) => count >= w.n)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(count);
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    reached: (n) =>
      count >= n
        ? Promise.resolve(count)
        : new Promise((resolve, reject) => {
            waiters.push({ n, resolve });
            void exited.then(() => reject(new Error(`the writer stopped early: ${stderr}`)));
          }),
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
    done: () => count,
  };
}
