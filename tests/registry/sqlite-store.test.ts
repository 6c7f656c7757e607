import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/registry/index.js';
import { storeContract } from './store-contract.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

storeContract('SQLite file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-store-'));
  dirs.push(dir);
  return createSqliteStore(path.join(dir, 'utblick.sqlite'));
});

storeContract('SQLite in memory', () => createSqliteStore(':memory:'));

describe('SQLite store: two connections to one file in one process', () => {
  it('runs their transactions one after the other instead of locking each other out', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-store-'));
    dirs.push(dir);
    const file = path.join(dir, 'utblick.sqlite');
    const a = createSqliteStore(file);
    const b = createSqliteStore(file);
    try {
      const at = '2026-03-02T09:00:00.000Z';
      const key = { referralId: 1, conversation: 'slack:T1:C1', kind: 'reminder' as const, duePoint: 'x' };
      const claims = await Promise.all(
        [a, b, a, b].map((s) =>
          s.claimNotification(key, { now: at, leaseUntil: '2026-03-02T09:05:00.000Z' }),
        ),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      await Promise.all([
        a.upsertSubscription({ conversation: 'slack:T1:C1' }, { by: 'cli:a', at }),
        b.upsertSubscription({ conversation: 'slack:T1:C2' }, { by: 'cli:b', at }),
      ]);
      expect((await a.listSubscriptions()).map((s) => s.conversation)).toEqual([
        'slack:T1:C1',
        'slack:T1:C2',
      ]);
    } finally {
      a.close();
      b.close();
    }
  });
});
