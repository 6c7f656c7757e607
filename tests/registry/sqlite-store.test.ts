import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
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
