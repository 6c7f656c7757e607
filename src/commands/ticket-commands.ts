import { z } from 'zod';
import { defineCommand, type GroupDef, type ParseContext } from './command.js';
import { date } from './schemas.js';
import { answerTicket, listTickets, saveCurated, showTicket } from './ticket-handlers.js';

export const TICKET_GROUP: GroupDef = {
  id: 'ticket',
  words: { en: ['ticket', 'tickets'], sv: ['fråga', 'frågor'] },
  title: { sv: 'Frågor till internationella avdelningen', en: 'Tickets for the international unit' },
  intro: {
    sv: 'Frågor som Utblick inte kunde svara på och som skickats till internationella avdelningen. För avdelningens experter.',
    en: 'Questions Utblick could not answer that were sent to the international unit. For its experts.',
  },
};

const text = z.string().trim().min(1, { message: 'value_empty' });

export const TICKET_COMMANDS = [
  defineCommand({
    id: 'ticket.list',
    group: 'ticket',
    words: { en: ['list'], sv: ['lista'] },
    options: {},
    flags: {},
    text: 'optional',
    textField: 'filter',
    strict: true,
    permission: 'register',
    usage: { sv: 'fråga lista [öppna]', en: 'ticket list [open]' },
    summary: {
      sv: 'Lista frågorna till internationella avdelningen, alla eller bara de obesvarade (för experter).',
      en: 'List the questions sent to the international unit, all or only the open ones (for experts).',
    },
    examples: ['ticket list open', 'fråga lista'],
    schema: () => z.object({ filter: z.string().optional() }),
    handler: listTickets,
  }),
  defineCommand({
    id: 'ticket.show',
    group: 'ticket',
    words: { en: ['show'], sv: ['visa'] },
    options: {},
    flags: {},
    text: 'required',
    textField: 'text',
    strict: false,
    permission: 'register',
    usage: { sv: 'fråga visa <nummer>', en: 'ticket show <number>' },
    summary: {
      sv: 'Visa en fråga: vem som frågade, var, vad Utblick svarade och svaret (för experter).',
      en: 'Show a ticket: who asked, where, what Utblick answered, and the answer (for experts).',
    },
    examples: ['ticket show 12', 'fråga visa 12'],
    schema: () => z.object({ text }),
    handler: showTicket,
  }),
  defineCommand({
    id: 'ticket.answer',
    group: 'ticket',
    words: { en: ['answer', 'reply'], sv: ['svara', 'besvara'] },
    options: {},
    flags: {},
    text: 'required',
    textField: 'text',
    strict: false,
    permission: 'register',
    usage: { sv: 'fråga svara <nummer> <svaret>', en: 'ticket answer <number> <answer>' },
    summary: {
      sv: 'Svara på en fråga; svaret går till den som frågade, där hen frågade (för experter).',
      en: 'Answer a ticket; the answer goes to the person who asked, where they asked (for experts).',
    },
    examples: ['ticket answer 12 Kommunstyrelsen beslutar om medlemskap.', 'fråga svara 12 Kommunstyrelsen.'],
    schema: () => z.object({ text }),
    handler: answerTicket,
  }),
  defineCommand({
    id: 'ticket.save',
    group: 'ticket',
    words: { en: ['save', 'curate'], sv: ['spara', 'kurera'] },
    options: { review: ['review', 'granska', 'granskas'] },
    flags: {},
    text: 'required',
    textField: 'text',
    strict: true,
    permission: 'register',
    usage: { sv: 'fråga spara <nummer> [granska:<datum>]', en: 'ticket save <number> [review:<date>]' },
    summary: {
      sv: 'Spara svaret på en fråga som kurerat svar: nästa som frågar samma sak får det, tills granskningsdagen (för experter).',
      en: 'Save the answer to a ticket as a curated answer: the next person asking the same thing gets it, until its review date (for experts).',
    },
    examples: ['ticket save 12 review:2027-06-30', 'fråga spara 12'],
    schema: (ctx: ParseContext) => z.object({ text, review: date(ctx, 'review').optional() }),
    handler: saveCurated,
  }),
];
