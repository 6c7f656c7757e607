import type { Lang } from '../core/lang.js';
import { defineMessages } from '../i18n/messages.js';
import type { Refusal } from './policy.js';

/** What someone tried to do, for the refusal sentence. */
export type GuardedAction =
  | 'register'
  | 'end_membership'
  | 'mark_answered'
  | 'subscribe'
  | 'unsubscribe'
  | 'reindex'
  | 'change_referral'
  | 'read_knowledge';

const t = defineMessages({
  sv: {
    register: 'registrera det',
    end_membership: 'avsluta medlemskapet',
    mark_answered: 'markera remissen som besvarad',
    subscribe: 'ändra kanalens remissaviseringar',
    unsubscribe: 'avsluta kanalens remissaviseringar',
    reindex: 'indexera om kunskapsbanken',
    change_referral: 'rätta eller återkalla remissen',
    read_knowledge: 'se vad som lästs ur dokumenten',
    owner_end_membership: (p) => `den som registrerade medlemskapet (${p.name})`,
    owner_mark_answered: (p) => `den som registrerade remissen (${p.name})`,
    owner_subscribe: (p) => `den som startade aviseringarna (${p.name})`,
    owner_unsubscribe: (p) => `den som startade aviseringarna (${p.name})`,
    owner_other: (p) => `den som registrerade det (${p.name})`,
    body_admin: (p) => `en administratör för ${p.body}`,
    admin: 'en Utblick-administratör',
    or: 'eller',
    guest: (p) =>
      `Du är gäst från en annan organisation och kan ställa frågor, men inte ${p.action}. Be en medarbetare i Stockholms stad att göra det.`,
    admin_only: (p) =>
      `Bara en Utblick-administratör kan ${p.action}. Be en administratör, eller ställ din fråga som vanligt.`,
    not_owner: (p) => `Bara ${p.who} kan ${p.action}. Be någon av dem att göra det.`,
  },
  en: {
    register: 'register it',
    end_membership: 'end the membership',
    mark_answered: 'mark the referral answered',
    subscribe: "change the channel's referral notifications",
    unsubscribe: "end the channel's referral notifications",
    reindex: 're-index the knowledge base',
    change_referral: 'correct or withdraw the referral',
    read_knowledge: 'see what was read from the documents',
    owner_end_membership: (p) => `the person who registered the membership (${p.name})`,
    owner_mark_answered: (p) => `the person who registered the referral (${p.name})`,
    owner_subscribe: (p) => `the person who set up the notifications (${p.name})`,
    owner_unsubscribe: (p) => `the person who set up the notifications (${p.name})`,
    owner_other: (p) => `the person who registered it (${p.name})`,
    body_admin: (p) => `an administrator for ${p.body}`,
    admin: 'a Utblick administrator',
    or: 'or',
    guest: (p) =>
      `You are a guest from another organisation: you can ask questions, but not ${p.action}. Ask someone who works for the City of Stockholm to do it.`,
    admin_only: (p) =>
      `Only a Utblick administrator can ${p.action}. Ask an administrator, or just ask your question.`,
    not_owner: (p) => `Only ${p.who} can ${p.action}. Ask one of them to do it.`,
  },
});

type OwnerKey = 'owner_end_membership' | 'owner_mark_answered' | 'owner_subscribe' | 'owner_unsubscribe';

/** One sentence saying why it was refused and who can do it instead. */
export function refusalText(lang: Lang, refusal: Refusal, action: GuardedAction): string {
  const what = t(lang, action);
  if (refusal.reason === 'guest') return t(lang, 'guest', { action: what });
  if (refusal.reason === 'admin_only') return t(lang, 'admin_only', { action: what });
  const who: string[] = [];
  if (refusal.ownerName) {
    const key = `owner_${action}`;
    const ownerKey: OwnerKey | 'owner_other' = isOwnerKey(key) ? key : 'owner_other';
    who.push(t(lang, ownerKey, { name: refusal.ownerName }));
  }
  for (const body of refusal.bodies) who.push(t(lang, 'body_admin', { body }));
  if (who.length === 0) return t(lang, 'admin_only', { action: what });
  who.push(t(lang, 'admin'));
  return t(lang, 'not_owner', { who: joinAlternatives(lang, who), action: what });
}

function isOwnerKey(key: string): key is OwnerKey {
  return ['owner_end_membership', 'owner_mark_answered', 'owner_subscribe', 'owner_unsubscribe'].includes(
    key,
  );
}

function joinAlternatives(lang: Lang, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t(lang, 'or')} ${items.at(-1)}`;
}
