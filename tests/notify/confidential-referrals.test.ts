import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { announceNewReferrals } from '../../src/notify/announce.js';
import { syncReferralsFromDocuments } from '../../src/referrals/sync.js';
import type { Store } from '../../src/registry/store.js';
import {
  knowledgeWithSecrets,
  SECRET_REFERRAL_FILE,
  SECRET_REFERRAL_WORDS,
  SECRET_WORDS,
} from '../support/confidential-corpus.js';
import { CONFIG, subscribe, tempDb } from './fixtures.js';
import { RecordingDelivery } from './recording-delivery.js';

const SECRET_DNR = '331-0907/2026';
const clock = fixedClock('2026-11-24T12:00:00.000Z'); // Tuesday 13:00 in Stockholm

let db: ReturnType<typeof tempDb> | null = null;
let store: Store | null = null;
let knowledge: string | null = null;
afterEach(() => {
  store?.close();
  db?.cleanup();
  if (knowledge) rmSync(knowledge, { recursive: true, force: true });
  store = null;
  db = null;
  knowledge = null;
});

async function documents(indexConfidential: boolean) {
  knowledge ??= knowledgeWithSecrets({ referral: true });
  return (await loadKnowledge(knowledge, { maxFileBytes: 1_000_000, indexConfidential })).documents;
}

describe('referrals in confidential documents', () => {
  it('are not registered when confidential documents are not indexed', async () => {
    db = tempDb();
    store = db.open();
    const sync = await syncReferralsFromDocuments(store, await documents(false), clock);
    expect(sync.added.map((r) => r.dnr)).not.toContain(SECRET_DNR);
    expect(await store.listReferrals()).not.toContainEqual(expect.objectContaining({ dnr: SECRET_DNR }));
  });

  it('are registered by case number and deadline when configured, and announced without a word of the text', async () => {
    db = tempDb();
    store = db.open();
    await subscribe(store, 'slack:T1:C1', {}, '2026-11-01T07:00:00.000Z');
    const docs = await documents(true);
    expect(docs.find((d) => d.id === SECRET_REFERRAL_FILE)?.meta.confidential).not.toBeNull();
    const sync = await syncReferralsFromDocuments(store, docs, clock);
    expect(sync.added).toContainEqual(
      expect.objectContaining({ dnr: SECRET_DNR, due: '2026-12-15', sourceDoc: SECRET_REFERRAL_FILE }),
    );
    const slack = new RecordingDelivery('slack');
    await announceNewReferrals(
      { store, adapters: [slack], clock, config: CONFIG, logger: silentLogger },
      sync,
    );
    const notice = slack.delivered.find((d) => JSON.stringify(d.reply).includes(SECRET_DNR));
    expect(notice).toBeDefined();
    const posted = JSON.stringify(notice!.reply);
    expect(posted).toContain('15 december 2026');
    for (const word of [...SECRET_REFERRAL_WORDS, ...SECRET_WORDS]) expect(posted).not.toContain(word);
  });

  it('stay in the register, as records do, when the setting is turned off again', async () => {
    db = tempDb();
    store = db.open();
    await syncReferralsFromDocuments(store, await documents(true), clock);
    const sync = await syncReferralsFromDocuments(store, await documents(false), clock);
    expect(sync.removed.map((r) => r.dnr)).toEqual([SECRET_DNR]);
    expect(await store.listReferrals()).toContainEqual(
      expect.objectContaining({ dnr: SECRET_DNR, sourceState: 'removed' }),
    );
  });
});
