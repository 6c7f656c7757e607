import { defineMessages } from '../../src/i18n/messages.js';

/** What `utblick notify` says, in Swedish (the default) and English. */
export const t = defineMessages({
  sv: {
    usage:
      'Användning: utblick notify [--now 2026-09-01T08:00:00+02:00] [--dry-run] [--json] [--lang sv|en]\n' +
      'Kör en omgång av remissnotiserna: skickar det som är aktuellt nu genom de konfigurerade plattformarna.',
    unexpected: (p) => `${p.text} känns inte igen. Skriv utblick notify --help för att se vad som finns.`,
    failed: 'Notisomgången kunde inte köras och ingenting markerades som skickat. Försök igen.',
    plan_header: (p) => `Plan för ${p.now}: ${p.count} meddelanden.`,
    nothing: 'Inget att skicka just nu.',
    quiet: (p) => `Meddelanden går bara ut arbetsdagar från kl. 08:00 (${p.zone}).`,
    no_platform: (p) =>
      `Ingen plattform är konfigurerad (Slack eller Teams), så ingenting skickades. ${p.count} meddelanden väntar; --dry-run visar dem.`,
    sent_header: (p) => `Skickade ${p.count} meddelanden.`,
    failed_line: (p) => `Kunde inte skicka: ${p.summary} → ${p.to} (${p.reason}). Nytt försök ${p.retry}.`,
    refused_line: (p) =>
      `Konversationen tar inte emot meddelanden längre: ${p.to} (${p.reason}). Den får inga fler notiser förrän någon prenumererar igen.`,
    skipped_line: (p) => `Hoppade över: ${p.summary} → ${p.to} (${p.why}).`,
  },
  en: {
    usage:
      'Usage: utblick notify [--now 2026-09-01T08:00:00+02:00] [--dry-run] [--json] [--lang sv|en]\n' +
      'Runs one round of referral notifications: sends what is due now through the configured platforms.',
    unexpected: (p) => `${p.text} is not recognised. Type utblick notify --help to see the options.`,
    failed: 'The notification round could not run and nothing was marked as sent. Please try again.',
    plan_header: (p) => `Plan for ${p.now}: ${p.count} messages.`,
    nothing: 'Nothing to send right now.',
    quiet: (p) => `Messages go out on working days only, from 08:00 (${p.zone}).`,
    no_platform: (p) =>
      `No platform is configured (Slack or Teams), so nothing was sent. ${p.count} messages are waiting; --dry-run shows them.`,
    sent_header: (p) => `Sent ${p.count} messages.`,
    failed_line: (p) => `Could not send: ${p.summary} → ${p.to} (${p.reason}). Next attempt ${p.retry}.`,
    refused_line: (p) =>
      `The conversation no longer accepts messages: ${p.to} (${p.reason}). It gets no more notifications until someone subscribes again.`,
    skipped_line: (p) => `Skipped: ${p.summary} → ${p.to} (${p.why}).`,
  },
});
