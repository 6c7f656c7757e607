import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const BANK_DOCUMENTS = path.join(ROOT, 'tests/fixtures/eval/bank/documents');
export const SEED = path.join(ROOT, 'knowledge/000_0e4e3719d66b1344.txt');
/** A registry database written by main at effa726 (before issue 15) from the bank's documents and the seed. */
export const OLD_DATABASE = path.join(ROOT, 'tests/fixtures/registry/effa726-bank.sqlite');

/** A knowledge folder with the question bank's documents and the seed. */
export function bankFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'utblick-bank-'));
  cpSync(BANK_DOCUMENTS, dir, { recursive: true });
  cpSync(SEED, path.join(dir, path.basename(SEED)));
  return dir;
}

export async function bankDocuments() {
  return (await loadKnowledge(bankFolder(), { maxFileBytes: 10 * 1024 * 1024 })).documents;
}

export function copyOfOldDatabase(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'utblick-upgrade-'));
  const file = path.join(dir, 'utblick.sqlite');
  cpSync(OLD_DATABASE, file);
  return file;
}
