import { z } from 'zod';
import { defineCommand, type GroupDef } from './command.js';
import { listKnowledge, showKnowledge } from './knowledge-handlers.js';
import { page, target } from './schemas.js';

export const KNOWLEDGE_GROUP: GroupDef = {
  id: 'knowledge',
  readsDocuments: true,
  words: { en: ['knowledge'], sv: ['kunskap', 'kunskapen', 'dokument'] },
  title: { sv: 'Kunskapsbanken', en: 'Knowledge base' },
  intro: {
    sv: 'Vad Utblick har läst ur dokumenten: ärenden, diarienummer, svarsdagar och meningarna de kommer från.',
    en: 'What Utblick read from the documents: cases, case numbers, due dates and the sentences they come from.',
  },
};

export const KNOWLEDGE_COMMANDS = [
  defineCommand({
    id: 'knowledge.list',
    group: 'knowledge',
    words: { en: ['list'], sv: ['lista'] },
    options: { page: ['page', 'sida'] },
    flags: {},
    text: 'none',
    textField: 'target',
    strict: true,
    permission: 'admin',
    atTerminal: 'ask',
    guard: 'read_knowledge',
    usage: { sv: 'kunskap lista [sida:<n>]', en: 'knowledge list [page:<n>]' },
    summary: {
      sv: 'Lista dokumenten och de ärenden som lästs ur dem, med diarienummer och svarsdagar, och filerna som inte lästes in (för administratörer).',
      en: 'List the documents and the cases read from them, with case numbers and due dates, and the files not read (for administrators).',
    },
    examples: ['knowledge list', 'kunskap lista sida:2'],
    schema: () => z.object({ page: page.optional() }),
    handler: listKnowledge,
  }),
  defineCommand({
    id: 'knowledge.show',
    group: 'knowledge',
    words: { en: ['show'], sv: ['visa'] },
    options: { page: ['page', 'sida'] },
    flags: {},
    text: 'required',
    textField: 'target',
    strict: true,
    permission: 'admin',
    atTerminal: 'ask',
    guard: 'read_knowledge',
    usage: {
      sv: 'kunskap visa <fil|diarienummer> [sida:<n>]',
      en: 'knowledge show <file|case number> [page:<n>]',
    },
    summary: {
      sv: 'Visa vad som lästs ur ett dokument eller ett ärende, fält för fält med meningen det lästes ur (för administratörer).',
      en: 'Show what was read from a document or a case, field by field with the sentence it was read from (for administrators).',
    },
    examples: ['knowledge show a2-sdn-dagordning.txt', 'kunskap visa "KS 2026/588"'],
    schema: () => z.object({ target, page: page.optional() }),
    handler: showKnowledge,
  }),
];
