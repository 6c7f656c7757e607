import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { EXTRACTOR_VERSION } from '../../src/knowledge/case.js';
import { findReferrals, syncReferralsFromDocuments } from '../../src/referrals/index.js';
import { createSqliteStore, openSqliteDatabase } from '../../src/registry/index.js';
import { isRemindable } from '../../src/registry/model.js';
import { bankDocuments, copyOfOldDatabase } from './support.js';

const clock = fixedClock('2027-03-01T09:00:00Z');

describe('referral records from the bank documents and the seed', () => {
  it('registers each referral case under its own case number, with its own title and due date', async () => {
    const store = createSqliteStore(':memory:');
    await syncReferralsFromDocuments(store, await bankDocuments(), clock);
    const byDnr = Object.fromEntries((await store.listReferrals()).map((r) => [r.dnr, r]));
    expect(Object.keys(byDnr).sort()).toEqual(
      [
        '006-1137/2007',
        '1.5.1-466-2026',
        '1.5.1-478-2026',
        '1.5.1-512-2026',
        '1.5.1-489-2026',
        '2026-17542',
        '1.5.1-067-2027',
      ].sort(),
    );
    expect(byDnr['1.5.1-512-2026']).toMatchObject({
      title: 'Program för ett äldrevänligt Stockholm 2027–2030',
      due: '2027-01-15',
      sender: 'Kommunstyrelsen',
      otherDnrs: ['KS 2026/731'],
      ourBody: 'Enskede-Årsta-Vantörs stadsdelsnämnd',
      sourceDoc: 'a2-sdn-dagordning.txt',
      extractorVersion: EXTRACTOR_VERSION,
    });
    expect(byDnr['1.5.1-466-2026']!.due).toBeNull();
    expect(byDnr['2026-17542']).toMatchObject({
      title: 'Strategi för en tystare stad 2027–2035',
      due: '2027-03-05',
    });
    expect(byDnr['1.5.1-067-2027']!.title).toBe(
      'Kompetens utan gränser – internationell rekrytering till äldreomsorgen (SOU 2026:41)',
    );
  });

  it('finds every case that cites a case number, and the seed as staff type its number', async () => {
    const store = createSqliteStore(':memory:');
    await syncReferralsFromDocuments(store, await bankDocuments(), clock);
    const all = await store.listReferrals();
    const cited = findReferrals(all, 'KS 2026/588');
    expect(cited.kind).toBe('many');
    expect(cited.kind === 'many' && cited.referrals.map((r) => r.dnr).sort()).toEqual([
      '1.5.1-466-2026',
      '2026-17542',
    ]);
    for (const typed of [
      'KS 006-1137/2007',
      'ks-dnr 006-1137/2007',
      '006-1137/2007',
      'KS-dnr: 006-1137/2007',
    ]) {
      const match = findReferrals(all, typed);
      expect(match.kind === 'one' && match.referral.dnr, typed).toBe('006-1137/2007');
    }
    const byTitle = findReferrals(all, 'riktlinjer internationella arbetet');
    expect(byTitle.kind === 'one' && byTitle.referral.dnr).toBe('006-1137/2007');
  });
});

describe('a database written by the version before cases were read (main at effa726)', () => {
  it('keeps what people registered and marks the misread records, which are never reminded about', async () => {
    const file = copyOfOldDatabase();
    const store = createSqliteStore(file);
    const before = await store.listReferrals();
    expect(before.every((r) => r.sourceDoc === null || r.extractorVersion === 1)).toBe(true);
    const result = await syncReferralsFromDocuments(store, await bankDocuments(), clock);
    const after = Object.fromEntries((await store.listReferrals()).map((r) => [r.dnr, r]));

    // Misread: the agenda's procedural item with another item's deadline, and a1 (not a referral).
    for (const dnr of ['1.2.1-455-2026', 'KS 2026/412']) {
      expect(after[dnr]!.sourceState, dnr).toBe('not_read');
      expect(isRemindable(after[dnr]!), dnr).toBe(false);
    }
    expect(result.notRead.map((r) => r.dnr).sort()).toEqual(['1.2.1-455-2026', 'KS 2026/412']);
    const audit = await store.listAudit({ entity: 'referral', entityId: after['1.2.1-455-2026']!.id });
    expect(audit.at(-1)).toMatchObject({ action: 'referral.not_read', actor: 'system:knowledge' });

    // Re-read: a3 and b5 get their own titles; the due date a person set on b5 stays theirs.
    expect(after['2026-17542']).toMatchObject({
      title: 'Strategi för en tystare stad 2027–2035',
      due: '2027-03-05',
    });
    expect(after['1.5.1-067-2027']).toMatchObject({ due: '2027-04-02', overridden: ['due'] });
    expect((after['1.5.1-067-2027']!.extracted as { due: string }).due).toBe('2027-04-09');
    // A person's own registration and a person's status change are kept.
    expect(after['KS 2026/999']).toMatchObject({
      title: 'Remiss om vattenplan',
      due: '2027-03-20',
      createdBy: 'cli:anna',
    });
    expect(isRemindable(after['KS 2026/999']!)).toBe(true);
    expect(after['006-1137/2007']).toMatchObject({ status: 'answered', statusBy: 'cli:anna' });
    expect(await store.listMemberships()).toHaveLength(1);
    expect(await store.listSubscriptions()).toHaveLength(1);
    // The items of the agenda that are referrals are new records.
    expect(after['1.5.1-512-2026']).toMatchObject({ due: '2027-01-15', sourceState: 'present' });
    store.close();
  });

  it('never lets an older extractor overwrite a record a newer one wrote', async () => {
    const file = copyOfOldDatabase();
    const store = createSqliteStore(file);
    await syncReferralsFromDocuments(store, await bankDocuments(), clock);
    const a3 = (await store.listReferrals()).find((r) => r.dnr === '2026-17542')!;
    store.close();
    // A newer release has read the record.
    const db = openSqliteDatabase(file);
    db.prepare('UPDATE referrals SET extractor_version = ?, title = ? WHERE id = ?').run(
      EXTRACTOR_VERSION + 1,
      'Läst av en nyare version',
      a3.id,
    );
    db.prepare("UPDATE referrals SET extractor_version = ? WHERE dnr = '1.5.1-512-2026'").run(
      EXTRACTOR_VERSION + 1,
    );
    db.close();
    const again = createSqliteStore(file);
    const docs = (await bankDocuments()).filter((d) => d.id !== 'a2-sdn-dagordning.txt');
    await syncReferralsFromDocuments(again, docs, clock);
    const after = Object.fromEntries((await again.listReferrals()).map((r) => [r.dnr, r]));
    expect(after['2026-17542']!.title).toBe('Läst av en nyare version');
    // Nor does it mark a newer record's document as gone.
    expect(after['1.5.1-512-2026']!.sourceState).toBe('present');
    expect(after['1.5.1-478-2026']!.sourceState).toBe('removed');
    again.close();
  });
});
