import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { syncReferralsFromDocuments } from '../../src/referrals/index.js';
import { harness } from '../registry/support/harness.js';
import { bankDocuments } from './support.js';

const NOW = '2027-03-01T09:00:00Z';

async function bank(options: { admins?: string } = {}) {
  const documents = await bankDocuments();
  const h = harness({ now: NOW, documents, admins: options.admins ?? 'web:admin' });
  return h;
}

describe('a registrar corrects what was read', () => {
  it('sets a due date, a title and our body; re-reading keeps them; all audited', async () => {
    const h = await bank();
    const admin = { userId: 'web:admin', userName: 'Ada Admin' };
    const reply = await h.say(
      'remiss ändra 1.5.1-466-2026 senast:"20 mars 2027" titel:"Bullerstrategin" till:"EÅV SDN"',
      'sv',
      admin,
    );
    expect(h.read(reply)).toContain('Remissen 1.5.1-466-2026 är rättad');
    await syncReferralsFromDocuments(h.store, await bankDocuments(), fixedClock(NOW));
    const r = (await h.store.listReferrals()).find((x) => x.dnr === '1.5.1-466-2026')!;
    expect(r).toMatchObject({ due: '2027-03-20', title: 'Bullerstrategin', ourBody: 'EÅV SDN' });
    expect(r.overridden.sort()).toEqual(['due', 'ourBody', 'title']);
    const audit = await h.store.listAudit({ entity: 'referral', entityId: r.id });
    expect(audit.some((a) => a.action === 'referral.set' && a.actor === 'web:admin')).toBe(true);
    // due:none clears a deadline read by mistake.
    await h.say('referral set 1.5.1-466-2026 due:none', 'en', admin);
    expect((await h.store.getReferral(r.id))!.due).toBeNull();
  });

  it('refuses someone without the register permission, and says what to type when nothing is set', async () => {
    const h = await bank();
    const refused = await h.say('referral set 2026-17542 due:2027-04-01', 'en');
    expect(h.read(refused)).toMatch(/Only .* can correct or withdraw the referral/);
    const nothing = await h.say('referral set 2026-17542', 'en', { userId: 'web:admin' });
    expect(h.read(nothing)).toContain('Say what to change');
  });

  it('withdraws a referral: no longer open, audited', async () => {
    const h = await bank();
    const reply = await h.say('remiss återkalla 1.5.1-478-2026', 'sv', { userId: 'web:admin' });
    expect(h.read(reply)).toContain('återkallad');
    const r = (await h.store.listReferrals()).find((x) => x.dnr === '1.5.1-478-2026')!;
    expect(r.status).toBe('withdrawn');
    const again = await h.say('referral withdraw 1.5.1-478-2026', 'en', { userId: 'web:admin' });
    expect(h.read(again)).toContain('already');
  });
});

describe('what was read, for administrators', () => {
  it('lists the documents and their cases; only referral cases have a deadline', async () => {
    const h = await bank();
    const outcome = await h.commands.run(
      h.input('knowledge list', { userId: 'web:admin', audience: 'private' }),
    );
    const docs = outcome!.data as { doc: string; cases: { referral: boolean; deadline: string | null }[] }[];
    expect(docs.map((d) => d.doc)).toContain('a2-sdn-dagordning.txt');
    expect(docs.find((d) => d.doc === 'a2-sdn-dagordning.txt')!.cases).toHaveLength(14);
    for (const c of docs.flatMap((d) => d.cases)) if (c.deadline) expect(c.referral).toBe(true);
    const member = await h.say('kunskap lista', 'sv');
    expect(h.read(member)).toContain('Bara en Utblick-administratör');
  });

  it('shows a case by a number it cites, with the sentences its fields were read from', async () => {
    const h = await bank();
    const reply = await h.say('knowledge show "KS 2026/731"', 'en', { userId: 'web:admin' });
    const text = h.read(reply);
    expect(text).toContain('Program för ett äldrevänligt Stockholm 2027–2030');
    expect(text).toContain('Remissvar ska lämnas senast den 15 januari 2027.');
    // An agenda item sits at its meeting: the day and hour from the agenda's head, and the room.
    expect(text).toContain('Meeting: Thursday 19 November 2026 at 18.30');
    expect(text).toContain('Meeting venue: Nämndsalen, Stadsdelsförvaltningen, Sockenvägen 290, Enskede');
    const none = await h.say('knowledge show "KS 1999/1"', 'en', { userId: 'web:admin' });
    expect(h.read(none)).toContain('I find no document or case');
  });
});
