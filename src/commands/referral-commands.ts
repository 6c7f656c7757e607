import { z } from 'zod';
import { defineCommand, type GroupDef, type ParseContext } from './command.js';
import { setReferral, withdrawReferral } from './referral-corrections.js';
import {
  addReferral,
  listReferrals,
  markReferralDone,
  referralDeadline,
  subscribe,
  unsubscribe,
} from './referral-handlers.js';
import {
  BODY_KEYS,
  date,
  days,
  dueOrNone,
  listFilter,
  onOff,
  optionalText,
  requiredText,
  target,
} from './schemas.js';

export const REFERRAL_GROUP: GroupDef = {
  id: 'referral',
  readsDocuments: true,
  words: { en: ['referral', 'referrals'], sv: ['remiss', 'remisser'] },
  title: { sv: 'Remisser', en: 'Referrals' },
  intro: {
    sv: 'Remisser och deras svarsdagar (svenska helgdagar räknas bort).',
    en: 'Referrals and their reply deadlines (Swedish public holidays excluded).',
  },
  slash: {
    sv: 'Remisser och svarsdatum; påminnelser i den här kanalen',
    en: 'Referrals and reply deadlines; subscribe this channel to reminders',
  },
};

export const REFERRAL_COMMANDS = [
  defineCommand({
    id: 'referral.deadline',
    group: 'referral',
    words: { en: ['deadline', 'due'], sv: ['senast', 'svarsdag', 'sista'] },
    options: {},
    flags: {},
    text: 'required',
    textField: 'target',
    strict: false,
    permission: 'ask',
    usage: {
      sv: 'remiss senast <diarienummer eller ord ur titeln>',
      en: 'referral deadline <case number or words from the title>',
    },
    summary: {
      sv: 'När ska remissen besvaras? Svarsdag, veckodag, dagar och arbetsdagar kvar, status, remittent och övriga mottagare.',
      en: 'When is the referral due? Due date, weekday, days and working days left, status, sender and other recipients.',
    },
    menu: {
      sv: 'När en remiss ska besvaras: skriv diarienumret, t.ex. 006-1137/2007',
      en: 'Reply deadline of a referral: add the case number, e.g. 006-1137/2007',
    },
    examples: [
      'referral deadline 006-1137/2007',
      'remiss senast "KS-dnr: 006-1137/2007"',
      'referral deadline internationella arbetet',
    ],
    schema: () => z.object({ target }),
    handler: referralDeadline,
  }),
  defineCommand({
    id: 'referral.add',
    group: 'referral',
    words: { en: ['add'], sv: ['lägg till', 'lägg', 'ny', 'registrera'] },
    options: {
      title: ['title', 'titel', 'rubrik'],
      sender: ['from', 'från', 'fran', 'sender', 'remittent', 'avsändare', 'avsandare'],
      due: ['due', 'senast', 'deadline', 'svarsdag'],
      ourBody: ['to', 'till', ...BODY_KEYS],
    },
    flags: {},
    text: 'required',
    textField: 'target',
    strict: true,
    permission: 'register',
    guard: 'register',
    usage: {
      sv: 'remiss lägg till <diarienummer> titel:"…" från:<remittent> senast:<datum> [till:<vårt organ>]',
      en: 'referral add <case number> title:"…" from:<sender> due:<date> [to:<our body>]',
    },
    summary: {
      sv: 'Registrera en remiss som inte finns bland dokumenten.',
      en: 'Register a referral that is not among the documents.',
    },
    menu: {
      sv: 'Registrera en remiss: <dnr> titel:"…" från:<avsändare> senast:<datum>',
      en: 'Register a referral: <dnr> title:"…" from:<sender> due:<date>',
    },
    examples: [
      'referral add KS 2026/123 title:"Budget for the EU office" from:Kommunstyrelsen due:2026-09-01',
      'remiss lägg till "Dnr 2026-152-307" titel:"Ny strategi" från:Kommunstyrelsen senast:"1 september 2026" till:Kulturnämnden',
    ],
    schema: (ctx: ParseContext) =>
      z.object({
        target: requiredText('dnr_required', 100),
        title: requiredText('title_required', 500),
        sender: requiredText('sender_required', 200),
        due: z.string({ error: 'due_required' }).pipe(date(ctx, 'due')),
        ourBody: optionalText(200).optional(),
      }),
    handler: addReferral,
  }),
  defineCommand({
    id: 'referral.list',
    group: 'referral',
    words: { en: ['list'], sv: ['lista'] },
    options: {},
    flags: {},
    text: 'optional',
    textField: 'filter',
    strict: true,
    permission: 'ask',
    usage: {
      sv: 'remiss lista [öppna|försenade|besvarade|alla]',
      en: 'referral list [open|overdue|answered|all]',
    },
    summary: {
      sv: 'Lista remisser: öppna (standard), försenade, besvarade eller alla.',
      en: 'List referrals: open (default), overdue, answered or all.',
    },
    menu: {
      sv: 'Öppna, försenade eller besvarade remisser',
      en: 'Open, overdue or answered referrals',
    },
    examples: ['referral list', 'remiss lista försenade', 'referral list all'],
    schema: () => z.object({ filter: listFilter }),
    handler: listReferrals,
  }),
  defineCommand({
    id: 'referral.done',
    group: 'referral',
    words: { en: ['done', 'answered'], sv: ['besvarad', 'klar'] },
    options: {},
    flags: {},
    text: 'required',
    textField: 'target',
    strict: false,
    permission: 'change',
    guard: 'mark_answered',
    usage: { sv: 'remiss besvarad <diarienummer>', en: 'referral done <case number>' },
    summary: { sv: 'Markera en remiss som besvarad.', en: 'Mark a referral as answered.' },
    menu: {
      sv: 'Markera en remiss som besvarad: skriv diarienumret',
      en: 'Mark a referral as answered: add the case number',
    },
    examples: ['referral done 006-1137/2007', 'remiss besvarad "KS-dnr: 006-1137/2007"'],
    schema: () => z.object({ target }),
    handler: markReferralDone,
  }),
  defineCommand({
    id: 'referral.subscribe',
    group: 'referral',
    words: { en: ['subscribe'], sv: ['prenumerera'] },
    options: {
      body: BODY_KEYS,
      days: ['days', 'dagar'],
      digest: ['digest', 'sammanfattning', 'veckobrev'],
    },
    flags: {},
    text: 'none',
    textField: 'target',
    strict: true,
    permission: 'change',
    guard: 'subscribe',
    usage: {
      sv: 'remiss prenumerera [organ:<…>] [dagar:14,7,2,0] [sammanfattning:på|av]',
      en: 'referral subscribe [body:<…>] [days:14,7,2,0] [digest:on|off]',
    },
    summary: {
      sv: 'Låt den här kanalen få meddelanden om nya remisser, påminnelser före svarsdagen och förseningar.',
      en: 'Let this channel get messages about new referrals, reminders before the due date, and overdue ones.',
    },
    menu: {
      sv: 'Påminn den här chatten eller kanalen innan remisser ska besvaras',
      en: 'Remind this chat or channel before referrals are due',
    },
    examples: ['referral subscribe', 'remiss prenumerera organ:Kulturnämnden dagar:10,5,0 sammanfattning:på'],
    schema: () =>
      z.object({ body: optionalText(200).optional(), days: days.optional(), digest: onOff.optional() }),
    handler: subscribe,
  }),
  defineCommand({
    id: 'referral.unsubscribe',
    group: 'referral',
    words: { en: ['unsubscribe'], sv: ['avprenumerera'] },
    options: {},
    flags: {},
    text: 'none',
    textField: 'target',
    strict: true,
    permission: 'change',
    guard: 'unsubscribe',
    usage: { sv: 'remiss avprenumerera', en: 'referral unsubscribe' },
    summary: {
      sv: 'Sluta få meddelanden om remisser i den här kanalen.',
      en: 'Stop messages about referrals in this channel.',
    },
    examples: ['referral unsubscribe', 'remiss avprenumerera'],
    schema: () => z.object({}),
    handler: unsubscribe,
  }),
  defineCommand({
    id: 'referral.set',
    group: 'referral',
    words: { en: ['set', 'correct'], sv: ['ändra', 'rätta'] },
    options: {
      due: ['due', 'senast', 'deadline', 'svarsdag'],
      title: ['title', 'titel', 'rubrik'],
      ourBody: ['to', 'till', ...BODY_KEYS],
    },
    flags: {},
    text: 'required',
    textField: 'target',
    strict: true,
    permission: 'change',
    guard: 'change_referral',
    usage: {
      sv: 'remiss ändra <diarienummer> [senast:<datum>|senast:ingen] [titel:"…"] [till:<nämnd>]',
      en: 'referral set <case number> [due:<date>|due:none] [title:"…"] [to:<body>]',
    },
    summary: {
      sv: 'Rätta det som lästs ur dokumentet: svarsdag (senast:ingen tar bort den), titel eller vår nämnd. Det du anger vinner över en ny läsning.',
      en: 'Correct what was read from the document: the due date (due:none removes it), the title or our body. What you set wins over re-reading.',
    },
    examples: [
      'referral set 1.5.1-512-2026 due:2027-01-15',
      'remiss ändra "KS 2026/588" senast:ingen',
      'referral set 2026-17542 title:"Strategi för en tystare stad 2027–2035" to:"Miljö- och hälsoskyddsnämnden"',
    ],
    schema: (ctx: ParseContext) =>
      z
        .object({
          target: requiredText('dnr_required_set', 100),
          due: dueOrNone(ctx).optional(),
          title: optionalText(500).optional(),
          ourBody: optionalText(200).optional(),
        })
        .refine((a) => a.due !== undefined || a.title !== undefined || a.ourBody !== undefined, {
          error: 'set_nothing',
          path: ['target'],
        }),
    handler: setReferral,
  }),
  defineCommand({
    id: 'referral.withdraw',
    group: 'referral',
    words: { en: ['withdraw'], sv: ['återkalla', 'dra tillbaka'] },
    options: {},
    flags: {},
    text: 'required',
    textField: 'target',
    strict: false,
    permission: 'change',
    guard: 'change_referral',
    usage: { sv: 'remiss återkalla <diarienummer>', en: 'referral withdraw <case number>' },
    summary: {
      sv: 'Återkalla en remiss (till exempel en som lästs in av misstag). Inga fler påminnelser går ut om den.',
      en: 'Withdraw a referral (one read by mistake, say). No more reminders go out about it.',
    },
    examples: ['referral withdraw 1.2.1-455-2026', 'remiss återkalla "KS 2026/412"'],
    schema: () => z.object({ target }),
    handler: withdrawReferral,
  }),
];
