import type { Lang } from '../core/lang.js';
import type { CommandId, Group } from './definitions.js';

type Text = Record<Lang, string>;

/** What each command does and how it is typed, in both languages; examples live in the definitions. */
export const COMMAND_HELP: Record<CommandId, { summary: Text; usage: Text }> = {
  'membership.add': {
    summary: {
      sv: 'Registrera ett medlemskap i ett nätverk, en organisation eller ett projekt. Utan argument öppnas ett formulär.',
      en: 'Register a membership of a network, organisation or project. With no arguments, a form opens.',
    },
    usage: {
      sv: 'medlemskap lägg till <organisation> nytta:"<varför det gagnar verksamheten>" [organ:<nämnd eller bolag>] [typ:nätverk|organisation|projekt] [kontakt:<namn>] [sedan:<datum>] [till:<datum>] [område:positionering|verksamhetsutveckling|bevakning]',
      en: 'membership add <organisation> benefit:"<why it serves the operations>" [body:<committee or company>] [kind:network|organisation|project] [contact:<name>] [since:<date>] [until:<date>] [area:positioning|development|monitoring]',
    },
  },
  'membership.list': {
    summary: { sv: 'Lista medlemskapen, med filter.', en: 'List the memberships, with filters.' },
    usage: {
      sv: 'medlemskap lista [organ:<…>] [område:<…>] [sök:<text>] [avslutade]',
      en: 'membership list [body:<…>] [area:<…>] [q:<text>] [ended]',
    },
  },
  'membership.show': {
    summary: { sv: 'Visa ett medlemskap.', en: 'Show one membership.' },
    usage: { sv: 'medlemskap visa <id|organisation>', en: 'membership show <id|organisation>' },
  },
  'membership.end': {
    summary: {
      sv: 'Avsluta ett medlemskap (i dag, eller ett visst datum).',
      en: 'End a membership (today, or on a date).',
    },
    usage: {
      sv: 'medlemskap avsluta <id|organisation> [datum:<datum>]',
      en: 'membership end <id|organisation> [date:<date>]',
    },
  },
  'referral.deadline': {
    summary: {
      sv: 'När ska remissen besvaras? Svarsdag, veckodag, dagar och arbetsdagar kvar, status, remittent och övriga mottagare.',
      en: 'When is the referral due? Due date, weekday, days and working days left, status, sender and other recipients.',
    },
    usage: {
      sv: 'remiss senast <diarienummer eller ord ur titeln>',
      en: 'referral deadline <case number or words from the title>',
    },
  },
  'referral.add': {
    summary: {
      sv: 'Registrera en remiss som inte finns bland dokumenten.',
      en: 'Register a referral that is not among the documents.',
    },
    usage: {
      sv: 'remiss lägg till <diarienummer> titel:"…" från:<remittent> senast:<datum> [till:<vårt organ>]',
      en: 'referral add <case number> title:"…" from:<sender> due:<date> [to:<our body>]',
    },
  },
  'referral.list': {
    summary: {
      sv: 'Lista remisser: öppna (standard), försenade, besvarade eller alla.',
      en: 'List referrals: open (default), overdue, answered or all.',
    },
    usage: {
      sv: 'remiss lista [öppna|försenade|besvarade|alla]',
      en: 'referral list [open|overdue|answered|all]',
    },
  },
  'referral.done': {
    summary: { sv: 'Markera en remiss som besvarad.', en: 'Mark a referral as answered.' },
    usage: { sv: 'remiss besvarad <diarienummer>', en: 'referral done <case number>' },
  },
  'referral.subscribe': {
    summary: {
      sv: 'Låt den här kanalen få meddelanden om nya remisser, påminnelser före svarsdagen och förseningar.',
      en: 'Let this channel get messages about new referrals, reminders before the due date, and overdue ones.',
    },
    usage: {
      sv: 'remiss prenumerera [organ:<…>] [dagar:14,7,2,0] [sammanfattning:på|av]',
      en: 'referral subscribe [body:<…>] [days:14,7,2,0] [digest:on|off]',
    },
  },
  'referral.unsubscribe': {
    summary: {
      sv: 'Sluta få meddelanden om remisser i den här kanalen.',
      en: 'Stop messages about referrals in this channel.',
    },
    usage: { sv: 'remiss avprenumerera', en: 'referral unsubscribe' },
  },
  'referral.set': {
    summary: {
      sv: 'Rätta det som lästs ur dokumentet: svarsdag (senast:ingen tar bort den), titel eller vår nämnd. Det du anger vinner över en ny läsning.',
      en: 'Correct what was read from the document: the due date (due:none removes it), the title or our body. What you set wins over re-reading.',
    },
    usage: {
      sv: 'remiss ändra <diarienummer> [senast:<datum>|senast:ingen] [titel:"…"] [till:<nämnd>]',
      en: 'referral set <case number> [due:<date>|due:none] [title:"…"] [to:<body>]',
    },
  },
  'referral.withdraw': {
    summary: {
      sv: 'Återkalla en remiss (till exempel en som lästs in av misstag). Inga fler påminnelser går ut om den.',
      en: 'Withdraw a referral (one read by mistake, say). No more reminders go out about it.',
    },
    usage: { sv: 'remiss återkalla <diarienummer>', en: 'referral withdraw <case number>' },
  },
  'knowledge.list': {
    summary: {
      sv: 'Lista dokumenten och de ärenden som lästs ur dem, med diarienummer och svarsdagar (för administratörer).',
      en: 'List the documents and the cases read from them, with case numbers and due dates (for administrators).',
    },
    usage: { sv: 'kunskap lista [sida:<n>]', en: 'knowledge list [page:<n>]' },
  },
  'knowledge.show': {
    summary: {
      sv: 'Visa vad som lästs ur ett dokument eller ett ärende, fält för fält med meningen det lästes ur (för administratörer).',
      en: 'Show what was read from a document or a case, field by field with the sentence it was read from (for administrators).',
    },
    usage: {
      sv: 'kunskap visa <fil|diarienummer> [sida:<n>]',
      en: 'knowledge show <file|case number> [page:<n>]',
    },
  },
};

export const GROUP_HELP: Record<Group, { title: Text; intro: Text }> = {
  membership: {
    title: { sv: 'Medlemskap', en: 'Memberships' },
    intro: {
      sv: 'Registret över de internationella nätverk och organisationer som stadens nämnder och bolag är med i.',
      en: 'The register of the international networks and organisations the city’s committees and companies belong to.',
    },
  },
  referral: {
    title: { sv: 'Remisser', en: 'Referrals' },
    intro: {
      sv: 'Remisser och deras svarsdagar (svenska helgdagar räknas bort).',
      en: 'Referrals and their reply deadlines (Swedish public holidays excluded).',
    },
  },
  knowledge: {
    title: { sv: 'Kunskapsbanken', en: 'Knowledge base' },
    intro: {
      sv: 'Vad Utblick har läst ur dokumenten: ärenden, diarienummer, svarsdagar och meningarna de kommer från.',
      en: 'What Utblick read from the documents: cases, case numbers, due dates and the sentences they come from.',
    },
  },
};

export const GENERAL_HELP: { title: Text; intro: Text; more: Text; examplesLabel: Text; usageLabel: Text } = {
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
