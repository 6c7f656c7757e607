import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { runRetention, startRetention } from '../../src/privacy/retention.js';
import { createSqliteStore, type FeedbackDraft, type Store } from '../../src/registry/index.js';

const NOW = '2026-11-26T09:00:00.000Z';
const clock = fixedClock(NOW);
const deps = (store: Store) => ({ store, clock, retentionDays: 90, timeZone: 'Europe/Stockholm' });

let dir: string;
let file: string;
let store: Store;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-retention-'));
  file = path.join(dir, 'utblick.sqlite');
  store = createSqliteStore(file);
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const vote = (
  question: string,
  userId: string,
  at: string,
  v: 'up' | 'down' = 'down',
  lang: 'sv' | 'en' = 'sv',
) =>
  store.addFeedback(
    {
      question,
      lang,
      answerSummary: `svar på ${question}`,
      topPassageId: 'strategi#4',
      vote: v,
      userId,
    } satisfies FeedbackDraft,
    at,
  );

/** Whether any byte SQLite keeps for this database (the file, its log, shared memory) holds the text. */
const inDatabaseFiles = (text: string) =>
  fs
    .readdirSync(dir)
    .some((name) => fs.readFileSync(path.join(dir, name)).includes(Buffer.from(text, 'utf8')));

describe('retention of answer feedback', () => {
  it('turns feedback older than the period into anonymous counts and keeps newer feedback whole', async () => {
    // 90 days before NOW is 2026-08-28T09:00Z.
    await vote(
      'Vem ansvarar för EU-bevakningen i Tjänsteförvaltningen?',
      'slack:T1:U1',
      '2026-06-01T10:00:00.000Z',
    );
    await vote(
      'Vem ansvarar för EU-bevakningen i Tjänsteförvaltningen?',
      'teams:aad-2',
      '2026-06-01T12:00:00.000Z',
    );
    // Late in the evening UTC is the next day in Stockholm: counted under 2026-08-02.
    await vote('Vilka nätverk har Kulturförvaltningen?', 'slack:T1:U1', '2026-08-01T22:30:00.000Z', 'up');
    await vote('Justa en dag för tidigt', 'cli:anna', '2026-08-28T08:59:59.000Z', 'up', 'en');
    const kept = await vote('Senaste frågan om remissen', 'slack:T1:U1', '2026-08-28T09:00:01.000Z');

    const result = await runRetention(deps(store));
    expect(result).toEqual({ cutoff: '2026-08-28T09:00:00.000Z', anonymised: 4, tickets: 0 });

    expect(await store.listFeedback()).toEqual([kept]);
    expect(await store.listFeedbackStats()).toEqual([
      { day: '2026-06-01', lang: 'sv', topPassageId: 'strategi#4', vote: 'down', count: 2 },
      { day: '2026-08-02', lang: 'sv', topPassageId: 'strategi#4', vote: 'up', count: 1 },
      { day: '2026-08-28', lang: 'en', topPassageId: 'strategi#4', vote: 'up', count: 1 },
    ]);

    // Gone from the database files too, not just from the table.
    store.close();
    expect(inDatabaseFiles('EU-bevakningen')).toBe(false);
    expect(inDatabaseFiles('teams:aad-2')).toBe(false);
    expect(inDatabaseFiles('Senaste frågan om remissen')).toBe(true);
    store = createSqliteStore(file);
  });

  it('is idempotent: a second run finds nothing and changes nothing', async () => {
    await vote('Gammal fråga', 'slack:T1:U1', '2026-01-05T10:00:00.000Z');
    await vote('Ny fråga', 'slack:T1:U1', '2026-11-20T10:00:00.000Z');
    expect((await runRetention(deps(store))).anonymised).toBe(1);
    const feedback = await store.listFeedback();
    const stats = await store.listFeedbackStats();
    expect((await runRetention(deps(store))).anonymised).toBe(0);
    expect(await store.listFeedback()).toEqual(feedback);
    expect(await store.listFeedbackStats()).toEqual(stats);
  });

  it('in a dry run, counts what it would anonymise and changes nothing', async () => {
    await vote('Gammal fråga', 'slack:T1:U1', '2026-01-05T10:00:00.000Z');
    expect((await runRetention(deps(store), { dryRun: true })).anonymised).toBe(1);
    expect(await store.listFeedback()).toHaveLength(1);
    expect(await store.listFeedbackStats()).toEqual([]);
  });

  it('honours a shorter configured period', async () => {
    await vote('Förra veckan', 'slack:T1:U1', '2026-11-18T10:00:00.000Z');
    await vote('I går', 'slack:T1:U1', '2026-11-25T10:00:00.000Z');
    expect((await runRetention({ ...deps(store), retentionDays: 7 })).anonymised).toBe(1);
    expect((await store.listFeedback()).map((f) => f.question)).toEqual(['I går']);
  });

  it('runs as the server job on its timer, and stops', async () => {
    await vote('Gammal fråga', 'slack:T1:U1', '2026-01-05T10:00:00.000Z');
    const job = startRetention(
      { store, clock, logger: silentLogger, config: { retentionDays: 90, timeZone: 'Europe/Stockholm' } },
      { firstRunMs: 0 },
    );
    await expect.poll(() => store.listFeedback(), { timeout: 5_000 }).toEqual([]);
    await job.stop();
    expect(await store.listFeedbackStats()).toEqual([
      { day: '2026-01-05', lang: 'sv', topPassageId: 'strategi#4', vote: 'down', count: 1 },
    ]);
    expect((await job.run()).anonymised).toBe(0);
  });
});

describe('retention of questions sent to the international unit', () => {
  const ask = (question: string, at: string) =>
    store.addTicket(
      {
        question,
        lang: 'sv',
        utblickAnswer: '',
        askedBy: 'slack:T1:U1',
        askedByName: 'Anna',
        platform: 'slack',
        replyTo: 'slack:T1:C1',
      },
      at,
    );

  it('deletes a ticket past the feedback period, keeps a newer one, and leaves no trace of the words', async () => {
    await ask('Hur många anställda har Brysselkontoret idag?', '2026-06-01T10:00:00.000Z');
    const recent = await ask('Vem beslutar om Eurocities?', '2026-11-01T10:00:00.000Z');
    expect(await runRetention(deps(store), { dryRun: true })).toMatchObject({ tickets: 1 });
    expect(await runRetention(deps(store))).toMatchObject({ tickets: 1 });
    expect((await store.listTickets()).map((k) => k.id)).toEqual([recent.id]);
    expect(inDatabaseFiles('Brysselkontoret')).toBe(false);
    expect(await runRetention(deps(store))).toMatchObject({ tickets: 0 });
  });
});
