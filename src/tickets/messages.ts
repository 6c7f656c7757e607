import { defineMessages } from '../i18n/messages.js';

export const t = defineMessages({
  sv: {
    askUnit: 'Fråga internationella avdelningen',
    opened: (p) =>
      `Tack! Din fråga är skickad till internationella avdelningen som fråga ${p.id}. Svaret kommer hit när någon där har svarat.`,
    notConfigured:
      'Internationella avdelningen tar inte emot frågor genom Utblick ännu. Kontakta dem direkt.',
    questionGone: 'Frågan kunde inte läsas från knappen. Ställ frågan igen.',
    forExpertsHeading: (p) => `Fråga ${p.id} till internationella avdelningen`,
    question: 'Frågan',
    askedBy: 'Ställd av',
    where: 'Var',
    utblickAnswered: 'Utblick svarade',
    howToAnswer: (p) => `Svara med: fråga svara ${p.id} <svaret>  (eller: ticket answer ${p.id} <answer>)`,
    answerHeading: 'Svar från internationella avdelningen',
    yourQuestion: 'Din fråga',
    answer: 'Svar',
    answeredBy: (p) => `Svarat av ${p.name}, ${p.date}`,
    saved: (p) => `Svaret på fråga ${p.id} är sparat och skickas till den som frågade.`,
    alreadyAnswered: (p) =>
      `Fråga ${p.id} är redan besvarad av ${p.name} (${p.date}). Ditt svar sparades inte.`,
    notExpert:
      'Bara internationella avdelningens experter kan svara på frågor (UTBLICK_EXPERTS). Be en av dem, eller en administratör att lägga till dig.',
    notFound: (p) => `Det finns ingen fråga ${p.id}. Se fråga lista.`,
    answerMissing: (p) => `Skriv svaret efter numret: fråga svara ${p.id} <svaret>.`,
    idMissing: 'Ange frågans nummer, t.ex. fråga visa 12.',
    listHeading: (p) => `Frågor till internationella avdelningen (${p.count})`,
    none: 'Det finns inga frågor.',
    open: 'öppen',
    answered: 'besvarad',
    undeliverable: 'svaret kunde inte levereras',
    status: 'Status',
    asked: 'Ställd',
    notAnswered: (p) => `Fråga ${p.id} är inte besvarad än. Svara först: fråga svara ${p.id} <svaret>.`,
    unitSource: (p) => `internationella avdelningen, ${p.date}`,
    curatedSaved: (p) =>
      `Svaret på fråga ${p.id} är sparat som kurerat svar ${p.curated}. Utblick ger det till den som frågar samma sak, till och med ${p.review}.`,
  },
  en: {
    askUnit: 'Ask the international unit',
    opened: (p) =>
      `Thank you! Your question went to the international unit as ticket ${p.id}. The answer will come here once someone there has answered.`,
    notConfigured:
      'The international unit does not take questions through Utblick yet. Please contact them directly.',
    questionGone: 'The question could not be read from the button. Please ask again.',
    forExpertsHeading: (p) => `Ticket ${p.id} for the international unit`,
    question: 'Question',
    askedBy: 'Asked by',
    where: 'Where',
    utblickAnswered: 'Utblick answered',
    howToAnswer: (p) => `Answer with: ticket answer ${p.id} <answer>`,
    answerHeading: 'Answer from the international unit',
    yourQuestion: 'Your question',
    answer: 'Answer',
    answeredBy: (p) => `Answered by ${p.name}, ${p.date}`,
    saved: (p) => `The answer to ticket ${p.id} is saved and goes to the person who asked.`,
    alreadyAnswered: (p) =>
      `Ticket ${p.id} was already answered by ${p.name} (${p.date}). Your answer was not saved.`,
    notExpert:
      'Only the international unit’s experts may answer tickets (UTBLICK_EXPERTS). Ask one of them, or an administrator to add you.',
    notFound: (p) => `There is no ticket ${p.id}. See ticket list.`,
    answerMissing: (p) => `Write the answer after the number: ticket answer ${p.id} <answer>.`,
    idMissing: 'Give the ticket number, e.g. ticket show 12.',
    listHeading: (p) => `Tickets for the international unit (${p.count})`,
    none: 'There are no tickets.',
    open: 'open',
    answered: 'answered',
    undeliverable: 'the answer could not be delivered',
    status: 'Status',
    asked: 'Asked',
    notAnswered: (p) =>
      `Ticket ${p.id} is not answered yet. Answer it first: ticket answer ${p.id} <answer>.`,
    unitSource: (p) => `the international unit, ${p.date}`,
    curatedSaved: (p) =>
      `The answer to ticket ${p.id} is saved as curated answer ${p.curated}. Utblick gives it to anyone asking the same thing, up to and including ${p.review}.`,
  },
});
