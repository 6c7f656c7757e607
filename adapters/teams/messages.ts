import { defineMessages } from '../../src/i18n/messages.js';

/** The few strings the Teams adapter itself shows: card labels, the welcome text and turn failures. */
export const t = defineMessages({
  sv: {
    factDocument: 'Dokument',
    factCaseNumber: 'Diarienummer',
    factSection: 'Avsnitt',
    noCaseNumber: 'saknas',
    replacedBy: ({ title }) => `Ersatt av: ${title}`,
    formHasErrors: 'Rätta fälten som är markerade nedan och skicka igen.',
    formRequired: ({ label }) => `Fyll i ${label}.`,
    welcomeTitle: 'Hej! Jag är Utblick.',
    welcomeIntro:
      'Jag svarar på frågor ur stadens strategi- och remissdokument med citat och diarienummer, håller ' +
      'registret över internationella nätverk och medlemskap och påminner om remisser som ska besvaras.',
    welcomeHowTo: 'Skriv till mig här. I en kanal: nämn mig först, till exempel "@Utblick hjälp".',
    welcomeExamples: 'Prova:',
    exampleQuestion: 'Vem ansvarar för bevakningen av EU?',
    exampleDeadline: 'remiss senast 006-1137/2007',
    exampleMembership: 'medlemskap lägg till',
    exampleSubscribe: 'remiss prenumerera',
    exampleHelp: 'hjälp',
    overviewHeading: 'Just nu',
    turnFailed:
      'Något gick fel hos Utblick och ditt meddelande kunde inte besvaras. Försök igen om en stund, eller ' +
      'skriv "hjälp" för att se vad du kan skriva.',
    unknownButton: 'Den knappen känner jag inte igen längre. Skriv "hjälp" för att se vad du kan göra.',
    shortened:
      'Svaret var för långt för Teams och har kortats. Smalna av sökningen för att se resten, eller fråga i terminalen.',
  },
  en: {
    factDocument: 'Document',
    factCaseNumber: 'Case number',
    factSection: 'Section',
    noCaseNumber: 'none',
    replacedBy: ({ title }) => `Replaced by: ${title}`,
    formHasErrors: 'Correct the fields marked below and submit again.',
    formRequired: ({ label }) => `Fill in ${label}.`,
    welcomeTitle: 'Hello! I am Utblick.',
    welcomeIntro:
      "I answer questions from the city's strategy and referral documents with quotes and case numbers, " +
      'keep the register of international networks and memberships, and remind you of referrals to answer.',
    welcomeHowTo: 'Write to me here. In a channel, mention me first, for example "@Utblick help".',
    welcomeExamples: 'Try:',
    exampleQuestion: 'Who is responsible for EU monitoring?',
    exampleDeadline: 'referral deadline 006-1137/2007',
    exampleMembership: 'membership add',
    exampleSubscribe: 'referral subscribe',
    exampleHelp: 'help',
    overviewHeading: 'Right now',
    turnFailed:
      'Something went wrong in Utblick and your message could not be answered. Try again in a moment, or ' +
      'type "help" to see what you can write.',
    unknownButton: 'I no longer recognise that button. Type "help" to see what you can do.',
    shortened:
      'The reply was too long for Teams and has been shortened. Narrow the search to see the rest, or ask in the terminal.',
  },
});
