import { afterEach, describe, expect, it } from 'vitest';
import { storeRegisters } from '../../adapters/web/store-registers.js';
import { fixedClock } from '../../src/core/clock.js';
import { createSqliteStore, type Store } from '../../src/registry/index.js';
import { caseNumberKey } from '../../src/text/case-number.js';

const change = { by: 'web:local', at: '2026-11-26T09:00:00.000Z' };

describe('the overview read from the SQLite store', () => {
  let store: Store;
  afterEach(() => store?.close());

  async function referral(dnr: string, due: string | null) {
    return store.addReferral(
      { dnr, dnrKey: caseNumberKey(dnr), title: `Ärende ${dnr}`, sender: 'Kommunstyrelsen', due },
      change,
    );
  }

  it('sorts referrals by due date and counts days and working days from today in Stockholm', async () => {
    store = createSqliteStore(':memory:');
    await referral('KS 2026/10', '2026-12-28'); // 32 days: open, over Christmas
    await referral('KS 2026/11', '2026-12-08'); // due soon
    await referral('KS 2026/12', '2026-11-24'); // overdue
    await referral('KS 2026/13', '2026-11-26'); // due today
    const done = await referral('KS 2026/14', '2026-12-01');
    await store.updateReferral(done.id, { status: 'answered' }, change, 'referral.done');
    await referral('KS 2026/15', null);

    // 23:30 UTC on 25 November is already 26 November in Stockholm.
    const rows = await storeRegisters(
      store,
      fixedClock('2026-11-25T23:30:00Z'),
      'Europe/Stockholm',
    ).listReferrals();
    expect(rows.map((r) => [r.dnr, r.state, r.daysLeft, r.workingDaysLeft])).toEqual([
      ['KS 2026/12', 'overdue', -2, 0],
      ['KS 2026/13', 'due_soon', 0, 0],
      ['KS 2026/14', 'answered', null, null],
      ['KS 2026/11', 'due_soon', 12, 8],
      // 22 weekdays, of which julafton and juldagen (24 and 25 December) are days off.
      ['KS 2026/10', 'open', 32, 20],
      ['KS 2026/15', 'open', null, null],
    ]);
  });

  it('lists active and ended memberships', async () => {
    store = createSqliteStore(':memory:');
    const kept = await store.addMembership(
      { organisation: 'Eurocities', benefit: 'Kunskap', body: 'Kulturnämnden' },
      change,
    );
    const ended = await store.addMembership(
      { organisation: 'ICLEI', benefit: 'Klimat', area: 'bevakning' },
      change,
    );
    await store.endMembership(ended.id, '2026-10-31', change);
    const rows = await storeRegisters(
      store,
      fixedClock('2026-11-26T09:00:00Z'),
      'Europe/Stockholm',
    ).listMemberships();
    expect(rows.map((m) => [m.id, m.organisation, m.body, m.area, m.active, m.endDate])).toEqual([
      [kept.id, 'Eurocities', 'Kulturnämnden', null, true, null],
      [ended.id, 'ICLEI', null, 'bevakning', false, '2026-10-31'],
    ]);
  });
});
