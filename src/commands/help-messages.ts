import type { Bilingual } from './command.js';

/** The parts of help that belong to no one command; each command's usage and summary live in its definition. */
export const GENERAL_HELP: Record<'title' | 'intro' | 'more' | 'examplesLabel' | 'usageLabel', Bilingual> = {
  title: { sv: 'Hjälp', en: 'Help' },
  intro: {
    sv: 'Ställ en fråga om strategin eller remisserna med egna ord, eller använd kommandona nedan (svenska eller engelska ord).',
    en: 'Ask a question about the strategy or the referrals in your own words, or use the commands below (Swedish or English words).',
  },
  more: {
    sv: 'Skriv ”hjälp remiss senast” för exempel på ett kommando.',
    en: 'Type "help referral deadline" for examples of one command.',
  },
  examplesLabel: { sv: 'Exempel', en: 'Examples' },
  usageLabel: { sv: 'Så skriver du', en: 'How to type it' },
};
