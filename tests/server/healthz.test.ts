import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { createRuntime, type RunningServer, type Runtime, startServer } from '../../src/server/bootstrap.js';
import { KNOWLEDGE_DIR, TODAY } from '../support/knowledge.js';

describe('the server', () => {
  let runtime: Runtime;
  let server: RunningServer;

  beforeAll(async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'utblick-data-'));
    const config = loadConfig({
      HOST: '127.0.0.1',
      PORT: '0',
      UTBLICK_KNOWLEDGE_DIR: KNOWLEDGE_DIR,
      UTBLICK_DATA_DIR: dataDir,
      UTBLICK_ADMINS: 'cli:admin',
    });
    runtime = await createRuntime(config, fixedClock(TODAY), silentLogger);
    server = await startServer(runtime, [
      (app) => {
        app.get('/boom', () => {
          throw new Error('secret internal detail');
        });
      },
    ]);
  });

  afterAll(async () => {
    await server.close();
    runtime.store.close();
  });

  it('reports status, documents, passages and index time on GET /healthz', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { passages: number; indexMs: number; indexedAt: string };
    expect(body).toMatchObject({ status: 'ok', documents: 1, skipped: [] });
    expect(body.passages).toBeGreaterThan(20);
    expect(typeof body.indexMs).toBe('number');
    expect(new Date(body.indexedAt).toISOString()).toBe(body.indexedAt);
  });

  it('answers a question and runs a command through the same core', async () => {
    const answer = await runtime.core.handle({
      platform: 'cli',
      text: 'Who is responsible for EU monitoring?',
      userId: 'cli:test',
    });
    expect(answer.kind).toBe('answer');
    expect(answer.blocks).toContainEqual({
      type: 'quote',
      text: expect.stringContaining('bolagsstyrelser ansvarar för aktiv bevakning'),
    });
    const command = await runtime.core.handle({
      platform: 'cli',
      text: 'referral deadline 006-1137/2007',
      userId: 'cli:test',
      locale: 'en',
    });
    expect(command.kind).not.toBe('answer');
    expect(JSON.stringify(command.blocks)).toContain('Monday 1 September 2008');
  });

  it('re-indexes on the admin command and refuses it to others', async () => {
    const refused = await runtime.core.handle({
      platform: 'cli',
      text: 'reindex',
      userId: 'cli:someone',
      locale: 'en',
    });
    expect(refused.summary).toBe(
      'Only a Utblick administrator can re-index the knowledge base. Ask an administrator, or just ask your question.',
    );
    const done = await runtime.core.handle({
      platform: 'cli',
      text: 'indexera om',
      userId: 'cli:admin',
      locale: 'sv',
    });
    expect(done.summary).toMatch(/^Kunskapsbanken är indexerad på nytt: 1 dokument/);
  });

  it('answers an unexpected failure with a plain sentence, never a stack trace', async () => {
    const res = await fetch(`${server.url}/boom`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).toContain('Something went wrong in Utblick');
    expect(text).not.toContain('secret internal detail');
    expect(text).not.toContain('at ');
  });
});
