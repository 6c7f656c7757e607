import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { syncReferralsFromDocuments } from '../../src/referrals/index.js';
import { createSqliteStore } from '../../src/registry/index.js';
import { otherReferral, referralDoc, SEED_ID, seedReferral, strategyDoc } from './support/documents.js';
import { harness } from './support/harness.js';

const clock = fixedClock('2026-03-02T09:00:00Z');

describe('referrals from the documents', () => {
  it('turns each referral document into a record, and only referral documents', async () => {
    const store = createSqliteStore(':memory:');
    const result = await syncReferralsFromDocuments(
      store,
      [seedReferral(), strategyDoc(), otherReferral()],
      clock,
    );
    expect(result.added.map((r) => r.dnr)).toEqual(['006-1137/2007', '2026-152-307']);
    expect(result.added[0]).toMatchObject({
      title: 'Övergripande mål och riktlinjer för det internationella arbetet',
      sender: 'Kommunstyrelsen',
      ourBody: 'Rinkeby-Kista stadsdelsnämnd',
      due: '2008-09-01',
      caseOfficer: 'Christina Hermansson',
      status: 'open',
      sourceDoc: SEED_ID,
      sourceState: 'present',
      createdBy: 'system:knowledge',
    });
  });

  it('is idempotent: the same documents again change nothing and write no audit rows', async () => {
    const store = createSqliteStore(':memory:');
    await syncReferralsFromDocuments(store, [seedReferral()], clock);
    const audit = await store.listAudit();
    const again = await syncReferralsFromDocuments(store, [seedReferral()], clock);
    expect(again).toEqual({ added: [], changed: [], removed: [], notRead: [], skipped: [] });
    expect(await store.listAudit()).toEqual(audit);
  });

  it('keeps what a person changed by command, while the audit log shows both values', async () => {
    const h = harness({ now: '2026-03-02T09:00:00Z' });
    // A person registers the referral first, with their own title and due date.
    await h.say(
      'referral add 006-1137/2007 title:"Internationell strategi" from:Kommunstyrelsen due:2008-09-05',
    );
    const result = await syncReferralsFromDocuments(h.store, [seedReferral()], clock);
    expect(result.changed[0]!.fields).toEqual(['recipients', 'ourBody', 'caseOfficer']);
    const r = (await h.store.listReferrals())[0]!;
    expect(r).toMatchObject({
      title: 'Internationell strategi',
      due: '2008-09-05',
      caseOfficer: 'Christina Hermansson',
    });
    expect(r.extracted).toMatchObject({
      due: '2008-09-01',
      title: 'Övergripande mål och riktlinjer för det internationella arbetet',
    });
    const last = (await h.store.listAudit({ entity: 'referral', entityId: r.id })).at(-1)!;
    expect(last).toMatchObject({ action: 'referral.extract', actor: 'system:knowledge' });
    expect(last.after).toMatchObject({ due: '2008-09-05', extracted: { due: '2008-09-01' } });
    // The document changes its deadline: the person's date still wins.
    const changed = await syncReferralsFromDocuments(
      h.store,
      [referralDoc(SEED_ID, { deadlineDate: '2008-09-10' }, 'v2')],
      clock,
    );
    expect(changed.changed).toHaveLength(1);
    expect(await h.store.getReferral(r.id)).toMatchObject({
      due: '2008-09-05',
      sourceState: 'changed',
      extracted: { due: '2008-09-10' },
    });
  });

  it('follows a changed document for the fields no person touched', async () => {
    const store = createSqliteStore(':memory:');
    await syncReferralsFromDocuments(store, [seedReferral()], clock);
    const result = await syncReferralsFromDocuments(
      store,
      [referralDoc(SEED_ID, { deadlineDate: '2008-09-15' }, 'v2')],
      clock,
    );
    expect(result.changed[0]!.fields).toEqual(['due']);
    expect((await store.listReferrals())[0]).toMatchObject({ due: '2008-09-15', sourceState: 'changed' });
  });

  it('keeps a referral whose document disappears, marked, and answers about it', async () => {
    const h = harness({ now: '2026-03-02T09:00:00Z', documents: [seedReferral()] });
    await h.say('referral list');
    h.setDocuments([]);
    const reply = await h.say('referral deadline 006-1137/2007', 'en');
    expect(h.field(reply, 'Reply due')).toBe('Monday 1 September 2008');
    expect(h.field(reply, 'Source')).toBe(`${SEED_ID} (the document is gone)`);
    const audit = await h.store.listAudit({ entity: 'referral' });
    expect(audit.map((a) => a.action)).toEqual(['referral.extract', 'referral.source_removed']);
    // It comes back when the document does.
    h.setDocuments([seedReferral()]);
    expect(h.field(await h.say('referral deadline 006-1137/2007', 'en'), 'Source')).toBe(SEED_ID);
  });

  it('skips referral documents without a case number', async () => {
    const store = createSqliteStore(':memory:');
    const result = await syncReferralsFromDocuments(
      store,
      [referralDoc('x.txt', { dnr: null, dnrs: [] })],
      clock,
    );
    expect(result.skipped).toEqual(['x.txt#case:0']);
    expect(await store.listReferrals()).toEqual([]);
  });
});
