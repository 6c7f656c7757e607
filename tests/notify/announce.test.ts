import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { announceNewReferrals } from '../../src/notify/announce.js';
import { runNotificationTick } from '../../src/notify/runner.js';
import { syncReferralsFromDocuments } from '../../src/referrals/sync.js';
import type { Store } from '../../src/registry/store.js';
import { cliEnv, notify, subscribeIn } from './cli-harness.js';
import { addReferral, CONFIG, subscribe, tempDb } from './fixtures.js';
import { RecordingDelivery } from './recording-delivery.js';

const REFERRAL_DOC = `---
kind: referral
title: Remiss om en ny klimatstrategi för Östersjöregionen
dnr: KS 2026/777
deadline: 2026-10-30
---
# Remiss om en ny klimatstrategi för Östersjöregionen

Kommunstyrelsen har skickat strategin på remiss för yttrande senast den 30 oktober 2026.
`;

let db: ReturnType<typeof tempDb> | null = null;
let store: Store | null = null;
afterEach(() => {
  store?.close();
  db?.cleanup();
  store = null;
  db = null;
});

async function indexDocument(dir: string) {
  const knowledge = path.join(dir, 'knowledge');
  fs.mkdirSync(knowledge, { recursive: true });
  fs.writeFileSync(path.join(knowledge, 'klimatremiss.md'), REFERRAL_DOC);
  return (await loadKnowledge(knowledge, { maxFileBytes: 1_000_000 })).documents;
}

describe('announcing referrals found in newly indexed documents', () => {
  it('announces a new referral at once during working hours, and only once', async () => {
    db = tempDb();
    store = db.open();
    await subscribe(store, 'slack:T1:C1', {}, '2026-09-01T07:00:00.000Z');
    await addReferral(
      store,
      { dnr: 'KS 2026/1', title: 'En äldre remiss', due: '2026-12-18' },
      '2026-08-01T07:00:00.000Z',
    );
    const documents = await indexDocument(db.dir);
    const clock = fixedClock('2026-09-15T12:00:00.000Z'); // Tuesday 14:00 in Stockholm
    const sync = await syncReferralsFromDocuments(store, documents, clock);
    expect(sync.added.map((r) => r.dnr)).toEqual(['KS 2026/777']);
    const slack = new RecordingDelivery('slack');
    const deps = { store, adapters: [slack], clock, config: CONFIG, logger: silentLogger };
    const result = await announceNewReferrals(deps, sync);
    expect(result!.sent.map((s) => s.key.kind)).toEqual(['new']);
    expect(slack.delivered[0]!.reply.summary).toBe(
      'Ny remiss: Remiss om en ny klimatstrategi för Östersjöregionen (KS 2026/777): 45 dagar kvar (33 arbetsdagar)',
    );
    // Re-indexing the same documents adds nothing, and the next tick does not repeat it.
    expect(
      await announceNewReferrals(deps, await syncReferralsFromDocuments(store, documents, clock)),
    ).toBeNull();
    await runNotificationTick(deps);
    expect(slack.delivered).toHaveLength(1);
  });

  it('found on a Saturday, it is announced on Monday at 08:00 by the scheduled tick', async () => {
    db = tempDb();
    store = db.open();
    await subscribe(store, 'slack:T1:C1', {}, '2026-09-01T07:00:00.000Z');
    const saturday = fixedClock('2026-09-19T10:00:00.000Z');
    const sync = await syncReferralsFromDocuments(store, await indexDocument(db.dir), saturday);
    const slack = new RecordingDelivery('slack');
    const deps = { store, adapters: [slack], config: CONFIG, logger: silentLogger };
    expect((await announceNewReferrals({ ...deps, clock: saturday }, sync))!.sent).toEqual([]);
    await runNotificationTick({ ...deps, clock: fixedClock('2026-09-21T05:59:00.000Z') });
    expect(slack.delivered).toEqual([]);
    await runNotificationTick({ ...deps, clock: fixedClock('2026-09-21T06:00:00.000Z') });
    expect(slack.delivered.map((d) => d.reply.blocks[0])).toEqual([
      { type: 'heading', text: 'Ny remiss: Remiss om en ny klimatstrategi för Östersjöregionen' },
    ]);
  });

  it('`utblick notify` reads the documents first, so a document dropped in is announced by the next run', async () => {
    db = tempDb();
    const env = cliEnv(db.dir);
    await subscribeIn(env, 'slack:T1:C1', 'referral subscribe', '2026-09-01T09:00:00+02:00');
    await indexDocument(db.dir);
    const slack = new RecordingDelivery('slack');
    const run = await notify(env, ['--now', '2026-09-15T14:00:00+02:00'], [slack]);
    expect(run.code).toBe(0);
    expect(slack.delivered.map((d) => d.reply.blocks[0])).toEqual([
      { type: 'heading', text: 'Ny remiss: Remiss om en ny klimatstrategi för Östersjöregionen' },
    ]);
  });
});
