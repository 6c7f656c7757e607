import { defineMessages } from '../i18n/messages.js';

/** What a person sees when they send faster than Utblick answers (src/core/rate-limit.ts). */
export const t = defineMessages({
  sv: {
    user: (p) =>
      `Du skickar meddelanden snabbare än jag hinner svara ordentligt. Försök igen om ${p.seconds} sekunder.`,
    conversation: (p) =>
      `Det kommer många meddelanden i den här konversationen just nu, fler än jag hinner svara ordentligt på. Försök igen om ${p.seconds} sekunder.`,
  },
  en: {
    user: (p) => `You are sending messages faster than I can answer well; try again in ${p.seconds} seconds.`,
    conversation: (p) =>
      `This conversation is sending more messages than I can answer well right now; try again in ${p.seconds} seconds.`,
  },
});
