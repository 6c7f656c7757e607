import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { savesSettled } from '../../src/search/persist.js';
import { createRuntime, startServer } from '../../src/server/bootstrap.js';
import { knowledgeWithSecrets, MEMO, MEMO_FILE, MEMO_QUESTION } from '../support/confidential-corpus.js';
import { copyOfKnowledge, TODAY } from '../support/knowledge.js';

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Opens the knowledge base and waits for the index it built to be saved (saving runs in the background). */
const open = async (dir: string, indexDir: string, indexConfidential: boolean) => {
  const kb = await KnowledgeBase.open({
    dir,
    indexDir,
    indexConfidential,
    maxFileBytes: 1_000_000,
    clock: fixedClock(TODAY),
    timeZone: 'Europe/Stockholm',
  });
  await savesSettled(indexDir);
  return kb;
};

const citesMemo = (kb: KnowledgeBase) =>
  kb.snapshot.engine.answer(MEMO_QUESTION).citations.some((c) => c.doc === MEMO_FILE);

/** Everything in the persisted index folder, as text (terms are stored as UTF-8). */
const persisted = (indexDir: string) =>
  readdirSync(indexDir)
    .map((name) => readFileSync(path.join(indexDir, name)).toString('utf8'))
    .join('\n')
    .toLowerCase();

describe('the persisted index and the confidential setting', () => {
  it('rebuilds when the setting is turned on or off, and keeps no confidential words when off', async () => {
    const knowledge = knowledgeWithSecrets();
    dirs.push(knowledge);
    const indexDir = tempDir('utblick-index-');

    const off = await open(knowledge, indexDir, false);
    expect(citesMemo(off)).toBe(false);
    expect(persisted(indexDir)).not.toContain('lindqvist');

    const on = await open(knowledge, indexDir, true);
    expect(citesMemo(on)).toBe(true);
    expect(persisted(indexDir)).toContain('lindqvist');

    const offAgain = await open(knowledge, indexDir, false);
    expect(citesMemo(offAgain)).toBe(false);
    expect(persisted(indexDir)).not.toContain('lindqvist');
    expect(readdirSync(indexDir).filter((name) => name.endsWith('.bin'))).toHaveLength(1);
  });

  it('drops a document from the index when a secrecy stamp is added to it', async () => {
    const knowledge = copyOfKnowledge();
    dirs.push(knowledge);
    const unstamped = MEMO.split('\n').slice(2).join('\n');
    writeFileSync(path.join(knowledge, MEMO_FILE), unstamped);
    const kb = await open(knowledge, tempDir('utblick-index-'), false);
    expect(citesMemo(kb)).toBe(true);
    writeFileSync(path.join(knowledge, MEMO_FILE), `Sekretessbelagd handling\n\n${unstamped}`);
    await kb.reload();
    expect(citesMemo(kb)).toBe(false);
    expect(kb.status().skipped).toEqual([{ file: MEMO_FILE, reason: 'confidential' }]);
  });
});

describe('GET /healthz', () => {
  it('lists a skipped confidential document with the reason "confidential"', async () => {
    const knowledge = knowledgeWithSecrets();
    dirs.push(knowledge);
    const config = loadConfig({
      HOST: '127.0.0.1',
      PORT: '0',
      UTBLICK_KNOWLEDGE_DIR: knowledge,
      UTBLICK_DATA_DIR: tempDir('utblick-data-'),
    });
    const runtime = await createRuntime(config, fixedClock(TODAY), silentLogger);
    const server = await startServer(runtime, []);
    try {
      const body = (await (await fetch(`${server.url}/healthz`)).json()) as Record<string, unknown>;
      expect(body).toMatchObject({ status: 'ok', documents: 1 });
      expect(body.skipped).toEqual([{ file: MEMO_FILE, reason: 'confidential' }]);
    } finally {
      await server.close();
      runtime.store.close();
    }
  });
});

describe('UTBLICK_INDEX_CONFIDENTIAL', () => {
  it('is off by default, takes true or false, and names itself when the value is wrong', () => {
    expect(loadConfig({}).indexConfidential).toBe(false);
    expect(loadConfig({ UTBLICK_INDEX_CONFIDENTIAL: 'true' }).indexConfidential).toBe(true);
    expect(loadConfig({ UTBLICK_INDEX_CONFIDENTIAL: 'false' }).indexConfidential).toBe(false);
    let error: unknown;
    try {
      loadConfig({ UTBLICK_INDEX_CONFIDENTIAL: 'kanske' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.join('\n')).toMatch(
      /^UTBLICK_INDEX_CONFIDENTIAL: must be true or false, not "kanske"$/m,
    );
  });
});
