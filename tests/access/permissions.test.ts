import { describe, expect, it } from 'vitest';
import type { Input } from '../../src/core/input.js';
import { seedReferral } from '../registry/support/documents.js';
import { harness, snapshot } from '../registry/support/harness.js';

/**
 * Who may change what, through the command side of the core (the adapters only say who someone is):
 * the person who registered an entry, an administrator of its body, a Utblick administrator — and
 * never a guest, nor the same user name in another workspace.
 */
const NOW = '2026-03-02T09:00:00Z';
const anna: Partial<Input> = { platform: 'slack', userId: 'slack:T1:UANNA', userName: 'Anna Andersson' };
const bo: Partial<Input> = { platform: 'slack', userId: 'slack:T1:UBO', userName: 'Bo Berg' };
const sameIdOtherWorkspace: Partial<Input> = {
  platform: 'slack',
  userId: 'slack:T9:UANNA',
  userName: 'Anna',
};
const guest: Partial<Input> = { platform: 'slack', userId: 'slack:T1:UGUS', userName: 'Gus', guest: true };
const kulturAdmin: Partial<Input> = { platform: 'teams', userId: 'teams:aad-karin', userName: 'Karin' };
const admin: Partial<Input> = { platform: 'slack', userId: 'slack:T1:UBOSS', groups: ['slack:T1:SADMINS'] };

function setup() {
  const h = harness({
    now: NOW,
    documents: [seedReferral()],
    admins: 'slack:T1:SADMINS',
    bodyAdmins: 'Kulturnämnden=teams:aad-karin; Rinkeby-Kista stadsdelsnämnd=slack:T1:URINK',
  });
  const as = (who: Partial<Input>, text: string) =>
    h.commands.tryHandle(h.input(text, { locale: 'en', ...who }));
  return { h, as };
}

const addIclei = 'membership add ICLEI benefit:"climate work" body:Kulturnämnden';

describe('ending a membership', () => {
  it('is refused to another user, to the same id in another workspace and to a guest, with why and who', async () => {
    const { h, as } = setup();
    await as(anna, addIclei);
    const before = await snapshot(h.store);
    for (const who of [bo, sameIdOtherWorkspace]) {
      const reply = await as(who, 'membership end ICLEI');
      expect(reply?.kind).toBe('error');
      expect(h.read(reply)).toBe(
        'Only the person who registered the membership (Anna Andersson), an administrator for Kulturnämnden or a Utblick administrator can end the membership. Ask one of them to do it.',
      );
    }
    expect(h.read(await as(guest, 'membership end ICLEI'))).toBe(
      'You are a guest from another organisation: you can ask questions, but not end the membership. Ask someone who works for the City of Stockholm to do it.',
    );
    expect(await snapshot(h.store)).toBe(before);
  });

  it('is allowed to the registrant, the body administrator and an administrator (by user group)', async () => {
    const { h, as } = setup();
    await as(anna, addIclei);
    await as(anna, 'membership add Eurocities benefit:"peer learning" body:Kulturnämnden');
    await as(bo, 'membership add Polis benefit:"transport" body:Trafiknämnden');
    expect((await as(anna, 'membership end ICLEI'))?.kind).not.toBe('error');
    expect((await as(kulturAdmin, 'membership end Eurocities'))?.kind).not.toBe('error');
    // An administrator of one body is nobody special for another body's entries.
    expect((await as(kulturAdmin, 'membership end Polis'))?.kind).toBe('error');
    expect((await as(admin, 'membership end Polis'))?.kind).not.toBe('error');
    const ended = await h.store.listMemberships({ includeEnded: true });
    expect(ended.map((m) => [m.organisation, m.endedBy])).toEqual([
      ['ICLEI', 'slack:T1:UANNA'],
      ['Eurocities', 'teams:aad-karin'],
      ['Polis', 'slack:T1:UBOSS'],
    ]);
  });

  it('is refused to a guest even when the guest registered it before becoming one, and an admin who is a guest', async () => {
    const { h, as } = setup();
    await as(anna, addIclei);
    expect((await as({ ...anna, guest: true }, 'membership end ICLEI'))?.kind).toBe('error');
    expect((await as({ ...admin, guest: true }, 'membership end ICLEI'))?.kind).toBe('error');
    expect((await h.store.listMemberships()).map((m) => m.organisation)).toEqual(['ICLEI']);
  });
});

describe('marking a referral answered', () => {
  it('takes the body administrator or an administrator for a referral found in the documents', async () => {
    const { h, as } = setup();
    const refused = await as(anna, 'referral done 006-1137/2007');
    expect(h.read(refused)).toBe(
      'Only an administrator for Rinkeby-Kista stadsdelsnämnd or a Utblick administrator can mark the referral answered. Ask one of them to do it.',
    );
    const rinkeby: Partial<Input> = { platform: 'slack', userId: 'slack:T1:URINK' };
    expect((await as(rinkeby, 'referral done 006-1137/2007'))?.kind).not.toBe('error');
  });

  it('lets the person who registered a referral mark it, and refuses the button to others', async () => {
    const { h, as } = setup();
    await as(bo, 'referral add KS 2026/7 title:"Remiss om EU-frågor" from:Kommunstyrelsen due:2026-04-01');
    const [referral] = (await h.store.listReferrals()).filter((r) => r.dnr === 'KS 2026/7');
    const button = await h.commands.action(
      'referral_done',
      String(referral!.id),
      h.input('', { ...anna, locale: 'en' }),
    );
    expect(h.read(button)).toContain('Only the person who registered the referral (Bo Berg)');
    expect((await h.store.getReferral(referral!.id))?.status).toBe('open');
    expect((await as(bo, 'referral done KS 2026/7'))?.kind).not.toBe('error');
    expect((await h.store.getReferral(referral!.id))?.status).toBe('answered');
  });
});

describe('registering', () => {
  it('is open to members and closed to guests, in commands, forms and buttons', async () => {
    const { h, as } = setup();
    const before = await snapshot(h.store);
    expect(h.read(await as(guest, 'referral add KS 1/2026 title:"T" due:2026-05-01'))).toContain(
      'You are a guest from another organisation',
    );
    const form = await h.commands.submitForm(
      'membership_add',
      { organisation: 'Eurocities', benefit: 'peer learning' },
      h.input('', { ...guest, locale: 'sv' }),
    );
    expect(form.ok && h.read(form.reply)).toContain('Du är gäst från en annan organisation');
    const opened = await h.commands.action('open_form', 'membership_add', h.input('', guest));
    expect(opened.kind).toBe('error');
    expect(await snapshot(h.store)).toBe(before);
    // Asking is for everyone.
    expect((await as(guest, 'referral deadline 006-1137/2007'))?.kind).not.toBe('error');
    expect((await as(bo, 'membership add Eurocities benefit:"peer learning"'))?.kind).not.toBe('error');
  });
});

describe('subscribing a conversation', () => {
  it('takes the body administrator for a body filter, an administrator for everything', async () => {
    const { h, as } = setup();
    const channel = { conversation: 'slack:T1:CNEWS' };
    expect((await as({ ...bo, ...channel }, 'referral subscribe'))?.kind).toBe('error');
    expect((await as({ ...kulturAdmin, ...channel }, 'referral subscribe'))?.kind).toBe('error');
    expect(
      (await as({ ...kulturAdmin, ...channel }, 'referral subscribe body:Kulturnämnden'))?.kind,
    ).not.toBe('error');
    // The one who set it up may change or end it; another member may not.
    expect(h.read(await as({ ...bo, ...channel }, 'referral unsubscribe'))).toContain(
      'the person who set up the notifications (Karin), an administrator for Kulturnämnden',
    );
    expect(
      (await as({ ...kulturAdmin, ...channel }, 'referral subscribe body:Kulturnämnden days:5'))?.kind,
    ).not.toBe('error');
    expect((await as({ ...admin, ...channel }, 'referral unsubscribe'))?.kind).not.toBe('error');
    expect(await h.store.listSubscriptions()).toEqual([]);
    const audit = await h.store.listAudit({ entity: 'subscription' });
    expect(audit.map((a) => [a.action, a.actor, a.platform])).toEqual([
      ['subscription.add', 'teams:aad-karin', 'teams'],
      ['subscription.change', 'teams:aad-karin', 'teams'],
      ['subscription.remove', 'slack:T1:UBOSS', 'slack'],
    ]);
  });
});
