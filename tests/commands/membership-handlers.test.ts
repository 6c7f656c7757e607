import { describe, expect, it } from 'vitest';
import { harness, snapshot } from '../registry/support/harness.js';

const EUROCITIES =
  'membership add Eurocities benefit:"Learning from peer cities" body:Kommunstyrelsen area:bevakning';

describe('membership add', () => {
  it('saves, confirms and shows the membership to everyone', async () => {
    const h = harness({ now: '2026-03-02T09:00:00Z' });
    const added = await h.say(EUROCITIES, 'en');
    expect(added?.kind).toBe('command');
    expect(h.read(added)).toContain('The membership of Eurocities is registered (id 1).');
    expect(h.field(added, 'Focus area')).toBe('monitoring and influence');
    expect(h.field(added, 'Registered')).toBe('Anna Andersson, 2 March 2026');
    const shown = await h.say('medlemskap visa eurocities', undefined, { userId: 'web:bo', userName: 'Bo' });
    expect(h.field(shown, 'Nytta för verksamheten')).toBe('Learning from peer cities');
    expect(h.field(shown, 'Organ')).toBe('Kommunstyrelsen');
    expect(h.read(await h.say('membership list', 'en'))).toContain('#1 Eurocities — Kommunstyrelsen');
  });

  it('refuses a duplicate, case- and accent-insensitively, naming who registered it and when', async () => {
    const h = harness({ now: '2026-03-02T09:00:00Z' });
    await h.say('medlemskap lägg till "Malmö stads nätverk" nytta:x organ:Kulturnämnden');
    h.clock.set('2026-04-15T09:00:00Z');
    const before = await snapshot(h.store);
    const dup = await h.say('membership add "MALMO STADS NATVERK" benefit:y body:kulturnamnden', 'en', {
      userId: 'web:bo',
      userName: 'Bo',
    });
    expect(dup?.kind).toBe('error');
    expect(h.read(dup)).toContain('registered by Anna Andersson on 2 March 2026');
    expect(h.read(dup)).toContain('membership show 1');
    expect(await snapshot(h.store)).toBe(before);
    const sv = await h.say('medlemskap lägg till "Malmö stads nätverk" nytta:y organ:Kulturnämnden');
    expect(h.read(sv)).toContain('registrerat av Anna Andersson den 2 mars 2026');
  });

  it('leaves the registers exactly as they were on a missing benefit, a bad date or an unknown area', async () => {
    const h = harness({ now: '2026-03-02T09:00:00Z' });
    await h.say(EUROCITIES);
    const before = await snapshot(h.store);
    const cases: [string, 'sv' | 'en', string][] = [
      ['membership add UBC body:Kulturnämnden', 'en', 'The benefit to the operations is missing'],
      ['medlemskap lägg till UBC organ:Kulturnämnden', 'sv', 'Nyttan för verksamheten saknas'],
      ['membership add UBC benefit:x since:2026-02-30', 'en', '"2026-02-30" is not a date I understand'],
      [
        'medlemskap lägg till UBC nytta:x sedan:"31 juni 2026"',
        'sv',
        '”31 juni 2026” är inget datum jag förstår',
      ],
      ['membership add UBC benefit:x area:culture', 'en', '"culture" is not a focus area'],
      ['medlemskap lägg till UBC nytta:x område:kultur', 'sv', '”kultur” är inget fokusområde'],
    ];
    for (const [text, lang, message] of cases) {
      const reply = await h.say(text, lang);
      expect(reply?.kind, text).toBe('error');
      expect(h.read(reply), text).toContain(message);
      // The help of the command follows the error, with examples.
      expect(h.read(reply), text).toContain(lang === 'sv' ? 'Exempel' : 'Examples');
    }
    expect(await snapshot(h.store)).toBe(before);
  });
});

describe('membership show, list and end', () => {
  it('lists the memberships with ids when a name matches several', async () => {
    const h = harness({ now: '2026-03-02T09:00:00Z' });
    await h.say('membership add Eurocities benefit:x body:Kommunstyrelsen');
    await h.say('membership add Eurocities benefit:y body:Kulturnämnden');
    const reply = await h.say('membership show Eurocities', 'en');
    expect(h.read(reply)).toContain('Several memberships match "Eurocities". Give an id:');
    expect(h.read(reply)).toContain('#1 Eurocities — Kommunstyrelsen');
    expect(h.read(reply)).toContain('#2 Eurocities — Kulturnämnden');
    expect(h.field(await h.say('membership show 2', 'en'), 'Body')).toBe('Kulturnämnden');
    expect(h.read(await h.say('membership show #7', 'en'))).toContain(
      'I can\'t find a membership called "#7"',
    );
  });

  it('filters the list by body, area, text and ended', async () => {
    const h = harness({ now: '2026-03-02T09:00:00Z' });
    await h.say('membership add Eurocities benefit:"climate learning" body:Kommunstyrelsen area:bevakning');
    await h.say('membership add UBC benefit:"integration" body:Kulturnämnden area:positionering');
    await h.say('membership add ICLEI benefit:"climate" body:Miljönämnden');
    await h.say('membership end ICLEI date:2026-02-28');
    const list = async (text: string) => h.read(await h.say(text, 'en'));
    expect(await list('membership list')).toContain('Memberships (2)');
    expect(await list('membership list area:monitoring')).toContain('Memberships (1)');
    expect(await list('medlemskap lista organ:kulturnamnden')).toContain('#2 UBC');
    expect(await list('membership list q:climate')).toContain('Memberships (1)');
    expect(await list('membership list q:climate ended')).toContain('Memberships (2)');
    expect(await list('membership list body:Idrottsnämnden')).toContain('No memberships match');
  });

  it('ends a membership today or on a given date, once', async () => {
    const h = harness({ now: '2026-03-02T09:00:00Z' });
    await h.say('membership add Eurocities benefit:x');
    const ended = await h.say('medlemskap avsluta Eurocities');
    expect(h.read(ended)).toContain('Medlemskapet i Eurocities är avslutat från måndag 2 mars 2026.');
    expect(h.field(await h.say('membership show 1', 'en'), 'Ended')).toBe('Monday 2 March 2026');
    expect(h.read(await h.say('membership end 1', 'en'))).toContain("I can't find a membership");
    const audit = await h.store.listAudit({ entity: 'membership', entityId: 1 });
    expect(audit.map((a) => a.action)).toEqual(['membership.add', 'membership.end']);
  });
});

describe('forms, actions, overview and help', () => {
  it('opens the membership form and returns per-field errors in the user language', async () => {
    const h = harness({ now: '2026-03-02T09:00:00Z' });
    const form = h.commands.openForm('membership_add', h.input('', { locale: 'en' }));
    expect(form.fields.filter((f) => f.required).map((f) => f.name)).toEqual(['organisation', 'benefit']);
    const bad = await h.commands.submitForm(
      'membership_add',
      { organisation: 'UBC', benefit: '', since: 'yesterday', area: 'verksamhetsutveckling' },
      h.input('', { locale: 'en' }),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.form.errors.benefit).toContain('The benefit to the operations is missing');
    expect(bad.form.errors.since).toContain('"yesterday" is not a date');
    expect(bad.form.values.organisation).toBe('UBC');
    expect(await h.store.listMemberships()).toEqual([]);
    const good = await h.commands.submitForm(
      'membership_add',
      { organisation: 'UBC', benefit: 'integration', area: 'verksamhetsutveckling', kind: 'network' },
      h.input(''),
    );
    expect(good.ok && h.read(good.reply)).toContain('Medlemskapet i UBC är registrerat');
    const dup = await h.commands.submitForm(
      'membership_add',
      { organisation: 'ubc', benefit: 'x' },
      h.input(''),
    );
    expect(!dup.ok && dup.form.errors.organisation).toContain('finns redan i registret');
  });

  it('opens the form for "membership add" without arguments', async () => {
    const h = harness({ now: '2026-03-02T09:00:00Z' });
    const reply = await h.say('membership add', 'en');
    expect(reply?.kind).toBe('form');
    expect(reply?.blocks[0]).toMatchObject({
      type: 'form',
      form: { id: 'membership_add', title: 'Register a membership' },
    });
  });

  it('shows an overview: due within 30 days, overdue, recent memberships', async () => {
    const h = harness({ now: '2026-03-02T09:00:00Z' });
    await h.say('referral add KS 2026/1 title:"Soon" from:KS due:2026-03-20');
    await h.say('referral add KS 2026/2 title:"Later" from:KS due:2026-06-20');
    await h.say('referral add KS 2025/9 title:"Late" from:KS due:2026-02-20');
    await h.say('membership add Eurocities benefit:x');
    const text = h.read(await h.commands.overview(h.input('', { locale: 'en' })));
    const [soon, overdue] = [
      text.indexOf('Referrals due in the next 30 days'),
      text.indexOf('Overdue referrals'),
    ];
    expect(text.slice(soon, overdue)).toContain('Soon');
    expect(text.slice(soon, overdue)).not.toContain('Later');
    expect(text.slice(overdue)).toContain('Late');
    expect(text).toContain('#1 Eurocities');
  });

  it('answers help in the platform locale, Swedish when unknown, and refuses unknown buttons', async () => {
    const h = harness({ now: '2026-03-02T09:00:00Z', admins: 'web:boss' });
    expect(h.read(await h.say('help'))).toContain('Ställ en fråga');
    expect(h.read(await h.say('help referral deadline', 'en'))).toContain('referral deadline 006-1137/2007');
    expect(await h.say('vem ansvarar för EU-bevakningen?')).toBeNull();
    const unknown = await h.commands.action('share_answer', 'x', h.input('', { locale: 'en' }));
    expect(h.read(unknown)).toContain('That button no longer works');
  });
});
