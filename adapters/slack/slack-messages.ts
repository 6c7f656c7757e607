import type { Lang } from '../../src/core/lang.js';
import { defineMessages } from '../../src/i18n/messages.js';
import { escapeMrkdwn } from './mrkdwn.js';

/** The Slack adapter's own strings: only what the core cannot know (buttons, Slack-specific failures). */
export const t = defineMessages({
  sv: {
    share: 'Dela i kanalen',
    sharedBy: (p) => `Delat av ${p.user}`,
    moreNotShown: (p) => `… ${p.count} fler delar visas inte här.`,
    openForm: 'Öppna formuläret',
    close: 'Stäng',
    cancel: 'Avbryt',
    failed:
      'Något gick fel när jag skulle svara, och inget har ändrats. Försök igen om en stund, eller skriv `/utblick help` för att se vad du kan skriva.',
    shareFailed:
      'Svaret kunde inte delas i kanalen. Ställ frågan igen med `@Utblick` följt av frågan, så svarar jag i kanalen.',
    shareConfidential:
      'Svaret kommer från en sekretessmarkerad handling och kan inte delas i kanalen. Det syns bara för dig, här eller i ett direktmeddelande till mig.',
    formFailed:
      'Formuläret kunde inte öppnas. Skriv `/membership add` igen, eller ange allt på en rad: `/membership add <organisation> benefit:"<nytta för verksamheten>"`.',
    formNotSaved: 'Uppgifterna kunde inte sparas. Försök igen om en stund; inget har sparats.',
    actionExpired: 'Knappen har slutat gälla. Ställ frågan igen eller skriv kommandot på nytt.',
    replacedBy: (p) => `ersatt av ${p.title}`,
    homeUsageTitle: 'Så använder du Utblick i Slack',
    homeUsage:
      '• Skriv `@Utblick` och din fråga i en kanal, så svarar jag i tråden; eller skriv till mig direkt här.\n• `/utblick <fråga>` svarar bara dig, med en knapp för att dela svaret i kanalen.\n• `/medlemskap lägg till` öppnar ett formulär; `/medlemskap lista` visar registret.\n• `/remiss senast <diarienummer>` visar svarsdatum; `/remiss subscribe` ger kanalen påminnelser.\n• `/utblick help` visar alla kommandon.',
  },
  en: {
    share: 'Share in channel',
    sharedBy: (p) => `Shared by ${p.user}`,
    moreNotShown: (p) => `… ${p.count} more parts are not shown here.`,
    openForm: 'Open the form',
    close: 'Close',
    cancel: 'Cancel',
    failed:
      'Something went wrong while answering, and nothing was changed. Try again in a moment, or type `/utblick help` to see what you can type.',
    shareFailed:
      'The answer could not be shared in the channel. Ask again with `@Utblick` followed by your question, and I will answer in the channel.',
    shareConfidential:
      'This answer comes from a document marked confidential and cannot be shared in the channel. Only you can see it, here or in a direct message to me.',
    formFailed:
      'The form could not be opened. Type `/membership add` again, or give everything on one line: `/membership add <organisation> benefit:"<benefit to the operations>"`.',
    formNotSaved: 'The details could not be saved. Try again in a moment; nothing has been saved.',
    actionExpired: 'This button is no longer valid. Ask the question again or type the command again.',
    replacedBy: (p) => `replaced by ${p.title}`,
    homeUsageTitle: 'How to use Utblick in Slack',
    homeUsage:
      '• Write `@Utblick` and your question in a channel and I answer in the thread; or write to me directly here.\n• `/utblick <question>` answers only you, with a button to share the answer in the channel.\n• `/membership add` opens a form; `/membership list` shows the register.\n• `/referral deadline <case number>` shows the reply date; `/referral subscribe` gives the channel reminders.\n• `/utblick help` lists every command.',
  },
});

/** Said to anyone in a workspace outside SLACK_ALLOWED_TEAMS; their locale is not looked up there. */
export const TEAM_REFUSED =
  'Utblick är inte tillgänglig i den här arbetsytan. / Utblick is not available in this workspace.';

/** One of this adapter's messages as mrkdwn: the examples contain `<…>`, which Slack would read as a link. */
export function say(
  lang: Lang,
  key: Parameters<typeof t>[1],
  params: Record<string, string | number> = {},
): string {
  return escapeMrkdwn(t(lang, key, params));
}
