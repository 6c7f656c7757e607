import { defineMessages } from '../i18n/messages.js';

/** The admin conversation's messages. Both languages go into every alert: admins may read either. */
export const t = defineMessages({
  sv: {
    failed: (p) =>
      `Utblick kunde inte skicka en notis (${p.about}) till prenumeration #${p.subscription}: ${p.reason}. Nytt försök ${p.retry}.`,
    refused: (p) =>
      `Utblick kan inte längre skicka till prenumeration #${p.subscription} (${p.reason}). Konversationen får inga fler notiser förrän någon skriver "remiss prenumerera" där igen, eller tar bort prenumerationen.`,
    about: (p) => `${p.kind}, remiss ${p.dnr}`,
    kind_new: 'ny remiss',
    kind_reminder: 'påminnelse',
    kind_due_today: 'sista svarsdag',
    kind_overdue: 'försenad',
    kind_digest: 'veckosammanfattning',
  },
  en: {
    failed: (p) =>
      `Utblick could not send a notification (${p.about}) to subscription #${p.subscription}: ${p.reason}. Next attempt ${p.retry}.`,
    refused: (p) =>
      `Utblick can no longer send to subscription #${p.subscription} (${p.reason}). The conversation gets no more notifications until someone types "referral subscribe" there again, or removes the subscription.`,
    about: (p) => `${p.kind}, referral ${p.dnr}`,
    kind_new: 'new referral',
    kind_reminder: 'reminder',
    kind_due_today: 'due today',
    kind_overdue: 'overdue',
    kind_digest: 'weekly digest',
  },
});
