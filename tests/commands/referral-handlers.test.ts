import { describe, expect, it } from 'vitest';
import { otherReferral, seedReferral } from '../registry/support/documents.js';
import { harness, snapshot } from '../registry/support/harness.js';

describe('referral deadline', () => {
  it.each([
    '"KS-dnr: 006-1137/2007"',
    '006-1137/2007',
    'KS-dnr: 006-1137/2007',
    '006 1137 2007',
    '006-1137-2007',
    '"internationella arbetet"',
  ])('finds the seed referral by %s and reports Monday 1 September 2008, overdue', async (target) => {
    const h = harness({ now: '2026-03-02T09:00:00Z', documents: [seedReferral()] });
    const sv = await h.say(`remiss senast ${target}`);
    expect(sv?.lang).toBe('sv');
    expect(h.field(sv, 'Sista svarsdag')).toBe('måndag 1 september 2008');
    expect(h.field(sv, 'Tid kvar')).toMatch(/^Försenad med \d+ dagar \(\d+ arbetsdagar\)$/);
    expect(h.field(sv, 'Status')).toBe('öppen');
    const en = await h.say(`referral deadline ${target}`, 'en');
    expect(h.field(en, 'Reply due')).toBe('Monday 1 September 2008');
    expect(h.field(en, 'Time left')).toMatch(/^Overdue by \d+ days/);
    expect(h.field(en, 'Sender')).toBe('Kommunstyrelsen');
    expect(h.field(en, 'Also sent to')).toContain('Stadsbyggnadsnämnden');
    expect(h.field(en, 'Case officer')).toBe('Christina Hermansson');
  });

  it('counts days and working days left before the due date, and says "due today" on the day', async () => {
    const h = harness({ now: '2008-08-29T10:00:00Z', documents: [seedReferral()] });
    expect(h.field(await h.say('remiss senast 006-1137/2007'), 'Tid kvar')).toBe(
      '3 dagar kvar (1 arbetsdag)',
    );
    h.clock.set('2008-09-01T05:00:00Z');
    expect(h.field(await h.say('referral deadline 006-1137/2007', 'en'), 'Time left')).toBe('Due today');
    h.clock.set('2008-09-02T21:59:00Z'); // still Tuesday 2 September in Stockholm
    expect(h.field(await h.say('referral deadline 006-1137/2007', 'en'), 'Time left')).toBe(
      'Overdue by 1 day (1 working day)',
    );
  });

  it('lists the candidates when words from the title match several referrals', async () => {
    const h = harness({ now: '2026-03-02T09:00:00Z', documents: [seedReferral(), otherReferral()] });
    const reply = await h.say('referral deadline internationella arbetet', 'en');
    const text = h.read(reply);
    expect(text).toContain('Several referrals match');
    expect(text).toContain('006-1137/2007');
    expect(text).toContain('2026-152-307');
    const exact = await h.say('referral deadline internationella arbetet inom EU', 'en');
    expect(h.field(exact, 'Case number')).toBe('2026-152-307');
  });

  it('says clearly when nothing matches', async () => {
    const h = harness({ now: '2026-03-02T09:00:00Z', documents: [seedReferral()] });
    const reply = await h.say('remiss senast 999-1/2030');
    expect(reply?.kind).toBe('error');
    expect(h.read(reply)).toContain('Jag hittar ingen remiss för ”999-1/2030”');
  });
});

describe('referral add, list and done', () => {
  it('registers a referral by command and lists it among open ones', async () => {
    const h = harness({ now: '2026-03-02T09:00:00Z', documents: [seedReferral()] });
    const added = await h.say(
      'referral add KS 2026/123 title:"Budget for the EU office" from:Kommunstyrelsen due:"20 March 2026" to:Kulturnämnden',
      'en',
    );
    expect(h.read(added)).toContain('Referral KS 2026/123 is registered, due Friday 20 March 2026.');
    expect(h.field(added, 'Time left')).toBe('18 days left (14 working days)');
    const open = h.read(await h.say('referral list', 'en'));
    expect(open).toContain('Open referrals (2)');
    expect(open.indexOf('006-1137/2007')).toBeLessThan(open.indexOf('KS 2026/123'));
    expect(h.read(await h.say('remiss lista försenade'))).toContain('Försenade remisser (1)');
    const dup = await h.say('referral add KS-2026-123 title:x from:y due:2026-04-01', 'en');
    expect(h.read(dup)).toContain('Referral KS 2026/123 already exists');
  });

  it('refuses text that is not a case number as the number of a new referral', async () => {
    const h = harness({ now: '2026-03-02T09:00:00Z' });
    const before = await snapshot(h.store);
    const reply = await h.say('remiss lägg till budgeten titel:x från:KS senast:2026-04-01');
    expect(h.read(reply)).toContain('”budgeten” ser inte ut som ett diarienummer');
    expect(await snapshot(h.store)).toBe(before);
  });

  it('marks a referral answered, by command or by button, once', async () => {
    const h = harness({
      now: '2026-03-02T09:00:00Z',
      documents: [seedReferral()],
      bodyAdmins: 'Rinkeby-Kista stadsdelsnämnd=web:anna',
    });
    const first = await h.say('referral deadline 006-1137/2007', 'en');
    const button = first?.blocks.flatMap((b) => (b.type === 'actions' ? b.actions : []))[0];
    expect(button?.id).toBe('referral_done');
    const done = await h.commands.action('referral_done', button!.value, h.input('', { locale: 'en' }));
    expect(h.read(done)).toContain('Referral 006-1137/2007 is marked as answered.');
    expect(h.field(done, 'Status')).toBe('answered (Anna Andersson, 2 March 2026)');
    expect(h.field(done, 'Time left')).toMatch(/^The due date passed \d+ days ago$/);
    const again = await h.say('remiss besvarad KS-dnr: 006-1137/2007');
    expect(again?.kind).toBe('error');
    expect(h.read(again)).toContain(
      'Remissen 006-1137/2007 är redan besvarad (Anna Andersson, 2 mars 2026).',
    );
    expect(h.read(await h.say('referral list answered', 'en'))).toContain('Answered referrals (1)');
    const audit = await h.store.listAudit({ entity: 'referral' });
    expect(audit.map((a) => [a.action, a.actor])).toEqual([
      ['referral.extract', 'system:knowledge'],
      ['referral.done', 'web:anna'],
    ]);
  });
});

describe('referral subscribe and unsubscribe', () => {
  it('needs a conversation, and keeps the settings per conversation', async () => {
    const h = harness({ now: '2026-03-02T09:00:00Z', admins: 'web:anna' });
    const none = await h.say('referral subscribe', 'en');
    expect(h.read(none)).toContain('Subscriptions belong to a channel or chat');
    expect(await h.store.listSubscriptions()).toEqual([]);
    const conversation = 'slack:T1:C42';
    const subscribed = await h.say('remiss prenumerera', undefined, { conversation });
    expect(h.read(subscribed)).toContain('påminnelser 14, 7, 2, 0 arbetsdagar före svarsdagen');
    await h.say('referral subscribe body:Kulturnämnden days:10,3 digest:on', 'en', { conversation });
    expect(await h.store.getSubscription(conversation)).toMatchObject({
      bodyFilter: 'Kulturnämnden',
      offsets: [10, 3],
      digest: true,
      createdBy: 'web:anna',
    });
    expect(h.read(await h.say('referral unsubscribe', 'en', { conversation }))).toContain(
      'no longer gets messages',
    );
    expect(h.read(await h.say('referral unsubscribe', 'en', { conversation }))).toContain(
      'is not subscribed',
    );
    expect(await h.store.listSubscriptions()).toEqual([]);
  });
});
