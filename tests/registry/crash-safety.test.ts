import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/registry/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const child = path.join(here, 'support', 'write-burst.ts');
let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the writer, kills it with SIGKILL after `after` reported writes, returns the reported ids. */
function burstThenKill(file: string, after: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const done: number[] = [];
    let buffer = '';
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^done (\d+)$/.exec(line);
        if (m) done.push(Number(m[1]));
      }
      if (done.length >= after && !proc.killed) proc.kill('SIGKILL');
    });
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited without being killed: ${stderr}`));
      else resolve(done);
    });
  });
}

describe('crash safety', () => {
  it('keeps every reported write and a valid database when the writer is killed mid-burst', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-crash-'));
    const file = path.join(dir, 'utblick.sqlite');
    const reported = await burstThenKill(file, 200);
    expect(reported.length).toBeGreaterThanOrEqual(200);

    const raw = new Database(file);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();

    const store = createSqliteStore(file);
    const memberships = new Set((await store.listMemberships()).map((m) => m.organisation));
    const referrals = new Set((await store.listReferrals()).map((r) => r.title));
    for (const i of reported) {
      expect(memberships.has(`Network ${i}`), `membership ${i}`).toBe(true);
      expect(referrals.has(`Referral ${i}`), `referral ${i}`).toBe(true);
    }
    // Each unit of work is whole: never a membership without its referral.
    expect(memberships.size).toBe(referrals.size);
    // The database still takes writes after the crash.
    await store.addMembership(
      { organisation: 'After the crash', benefit: 'x' },
      { by: 'cli:t', at: '2026-02-01T00:00:00.000Z' },
    );
    store.close();
  });
});
