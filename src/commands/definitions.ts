import { z } from 'zod';
import { parseDateInput } from '../text/dates.js';
import { parseArea, parseKind, parseListFilter, parseOnOff } from './vocabulary.js';

/**
 * Commands as data: words (Swedish and English), options, the zod schema that validates them, examples
 * and the permission needed. Parsing, help and validation messages all come from these definitions.
 * Schema errors carry a message code (see messages.ts), never human text.
 */

export type Permission = 'ask' | 'register' | 'change' | 'admin';
export type Group = 'membership' | 'referral' | 'knowledge';

export type CommandId =
  | 'membership.add'
  | 'membership.list'
  | 'membership.show'
  | 'membership.end'
  | 'referral.deadline'
  | 'referral.add'
  | 'referral.list'
  | 'referral.done'
  | 'referral.subscribe'
  | 'referral.unsubscribe'
  | 'referral.set'
  | 'referral.withdraw'
  | 'knowledge.list'
  | 'knowledge.show';

/** What the parser hands the schema: the free text, the `key:value` options, the bare flag words. */
export type RawArgs = { text: string; options: Record<string, string>; flags: string[] };
export type ParseContext = { today: string };

export type CommandDef = {
  id: CommandId;
  group: Group;
  /** Subcommand words; several words (`lägg till`) are matched in sequence. */
  words: string[];
  /** Option name → accepted keys (the name itself first). */
  options: Record<string, string[]>;
  /** Bare words that act as switches (`ended`, `open`). */
  flags: Record<string, string[]>;
  /** Whether words after the subcommand are free text (a name, a case number, words from a title). */
  text: 'required' | 'optional' | 'none';
  /** The schema field the free text goes to. */
  textField: string;
  /** Unknown `key:` words are an error (true) or part of the free text (false). */
  strict: boolean;
  permission: Permission;
  examples: string[];
  schema: (ctx: ParseContext) => z.ZodType;
};

const date = (ctx: ParseContext, field: string) =>
  z.string().transform((value, issue) => {
    const parsed = parseDateInput(value, ctx.today);
    if (!parsed) {
      issue.addIssue({ code: 'custom', message: 'date_invalid', params: { field, value } });
      return z.NEVER;
    }
    return parsed;
  });

const optionalText = (max: number) =>
  z.string().trim().min(1, { error: 'value_empty' }).max(max, { error: 'too_long' });
const target = z.string({ error: 'target_required' }).trim().min(1, { error: 'target_required' }).max(300);

const area = z.string().transform((value, issue) => {
  const parsed = parseArea(value);
  if (!parsed) {
    issue.addIssue({ code: 'custom', message: 'area_unknown', params: { value } });
    return z.NEVER;
  }
  return parsed;
});

const kind = z.string().transform((value, issue) => {
  const parsed = parseKind(value);
  if (!parsed) {
    issue.addIssue({ code: 'custom', message: 'kind_unknown', params: { value } });
    return z.NEVER;
  }
  return parsed;
});

const membershipAdd = (ctx: ParseContext) =>
  z
    .object({
      organisation: z
        .string({ error: 'organisation_required' })
        .trim()
        .min(1, { error: 'organisation_required' })
        .max(200, { error: 'too_long' }),
      benefit: z
        .string({ error: 'benefit_required' })
        .trim()
        .min(1, { error: 'benefit_required' })
        .max(2000, { error: 'too_long' }),
      body: optionalText(200).optional(),
      kind: kind.optional(),
      contact: optionalText(200).optional(),
      since: date(ctx, 'since').optional(),
      until: date(ctx, 'until').optional(),
      area: area.optional(),
    })
    .refine((m) => !m.since || !m.until || m.since <= m.until, {
      error: 'until_before_since',
      path: ['until'],
    });

export type MembershipAddArgs = z.output<ReturnType<typeof membershipAdd>>;

const days = z.string().transform((value, issue) => {
  const parts = value.split(/[,;\s]+/).filter(Boolean);
  const numbers = parts.map((p) => (/^\d{1,2}$/.test(p) ? Number(p) : Number.NaN));
  if (parts.length === 0 || parts.length > 10 || numbers.some((n) => Number.isNaN(n) || n > 60)) {
    issue.addIssue({ code: 'custom', message: 'days_invalid', params: { value } });
    return z.NEVER;
  }
  return numbers;
});

const onOff = z.string().transform((value, issue) => {
  const parsed = parseOnOff(value);
  if (parsed === null) {
    issue.addIssue({ code: 'custom', message: 'digest_invalid', params: { value } });
    return z.NEVER;
  }
  return parsed;
});

const listFilter = z
  .string()
  .optional()
  .transform((value, issue) => {
    if (!value) return 'open' as const;
    const parsed = parseListFilter(value);
    if (!parsed) {
      issue.addIssue({ code: 'custom', message: 'list_filter_unknown', params: { value } });
      return z.NEVER;
    }
    return parsed;
  });

const BODY = ['body', 'organ', 'nämnd', 'namnd'];

/** `due:none` (`senast:ingen`) clears a deadline; any other value is a date. */
const dueOrNone = (ctx: ParseContext) =>
  z.string().transform((value, issue) => {
    if (/^\s*(?:none|no|ingen|inget|inte|-)\s*$/i.test(value)) return null;
    const parsed = parseDateInput(value, ctx.today);
    if (!parsed) {
      issue.addIssue({ code: 'custom', message: 'date_invalid', params: { field: 'due', value } });
      return z.NEVER;
    }
    return parsed;
  });

const page = z.string().transform((value, issue) => {
  if (!/^\d{1,4}$/.test(value.trim()) || Number(value) < 1) {
    issue.addIssue({ code: 'custom', message: 'page_invalid', params: { value } });
    return z.NEVER;
  }
  return Number(value);
});

export const COMMANDS: CommandDef[] = [
  {
    id: 'membership.add',
    group: 'membership',
    words: ['add', 'lägg till', 'lägg', 'ny', 'registrera'],
    options: {
      benefit: ['benefit', 'nytta'],
      body: BODY,
      kind: ['kind', 'typ', 'sort'],
      contact: ['contact', 'kontakt'],
      since: ['since', 'sedan', 'från', 'fran', 'from'],
      until: ['until', 'till', 'tom', 'to'],
      area: ['area', 'fokus', 'område', 'omrade', 'focus'],
    },
    flags: {},
    text: 'optional',
    textField: 'organisation',
    strict: true,
    permission: 'register',
    examples: [
      'membership add Eurocities benefit:"Learning from peer cities on climate" body:Kommunstyrelsen area:bevakning',
      'medlemskap lägg till "Union of the Baltic Cities" nytta:"Erfarenhetsutbyte om integration" typ:nätverk sedan:2024-01-01',
    ],
    schema: membershipAdd,
  },
  {
    id: 'membership.list',
    group: 'membership',
    words: ['list', 'lista'],
    options: {
      body: BODY,
      area: ['area', 'fokus', 'område', 'omrade', 'focus'],
      q: ['q', 'sök', 'sok', 'search'],
    },
    flags: { ended: ['ended', 'avslutade', 'alla', 'all'] },
    text: 'none',
    textField: 'target',
    strict: true,
    permission: 'ask',
    examples: [
      'membership list',
      'medlemskap lista område:bevakning',
      'membership list body:Kulturnämnden ended',
    ],
    schema: () =>
      z.object({
        body: optionalText(200).optional(),
        area: area.optional(),
        q: optionalText(200).optional(),
        ended: z.boolean(),
      }),
  },
  {
    id: 'membership.show',
    group: 'membership',
    words: ['show', 'visa'],
    options: {},
    flags: {},
    text: 'required',
    textField: 'target',
    strict: false,
    permission: 'ask',
    examples: ['membership show Eurocities', 'medlemskap visa 12'],
    schema: () => z.object({ target }),
  },
  {
    id: 'membership.end',
    group: 'membership',
    words: ['end', 'avsluta'],
    options: { date: ['date', 'datum'] },
    flags: {},
    text: 'required',
    textField: 'target',
    strict: true,
    permission: 'change',
    examples: ['membership end Eurocities date:2026-12-31', 'medlemskap avsluta 12 datum:"31 december 2026"'],
    schema: (ctx) => z.object({ target, date: date(ctx, 'date').optional() }),
  },
  {
    id: 'referral.deadline',
    group: 'referral',
    words: ['deadline', 'due', 'senast', 'svarsdag', 'sista'],
    options: {},
    flags: {},
    text: 'required',
    textField: 'target',
    strict: false,
    permission: 'ask',
    examples: [
      'referral deadline 006-1137/2007',
      'remiss senast "KS-dnr: 006-1137/2007"',
      'referral deadline internationella arbetet',
    ],
    schema: () => z.object({ target }),
  },
  {
    id: 'referral.add',
    group: 'referral',
    words: ['add', 'lägg till', 'lägg', 'ny', 'registrera'],
    options: {
      title: ['title', 'titel', 'rubrik'],
      sender: ['from', 'från', 'fran', 'sender', 'remittent', 'avsändare', 'avsandare'],
      due: ['due', 'senast', 'deadline', 'svarsdag'],
      ourBody: ['to', 'till', 'body', 'organ', 'nämnd', 'namnd'],
    },
    flags: {},
    text: 'required',
    textField: 'target',
    strict: true,
    permission: 'register',
    examples: [
      'referral add KS 2026/123 title:"Budget for the EU office" from:Kommunstyrelsen due:2026-09-01',
      'remiss lägg till "Dnr 2026-152-307" titel:"Ny strategi" från:Kommunstyrelsen senast:"1 september 2026" till:Kulturnämnden',
    ],
    schema: (ctx) =>
      z.object({
        target: z
          .string({ error: 'dnr_required' })
          .trim()
          .min(1, { error: 'dnr_required' })
          .max(100, { error: 'too_long' }),
        title: z
          .string({ error: 'title_required' })
          .trim()
          .min(1, { error: 'title_required' })
          .max(500, { error: 'too_long' }),
        sender: z
          .string({ error: 'sender_required' })
          .trim()
          .min(1, { error: 'sender_required' })
          .max(200, { error: 'too_long' }),
        due: z.string({ error: 'due_required' }).pipe(date(ctx, 'due')),
        ourBody: optionalText(200).optional(),
      }),
  },
  {
    id: 'referral.list',
    group: 'referral',
    words: ['list', 'lista'],
    options: {},
    flags: {},
    text: 'optional',
    textField: 'filter',
    strict: true,
    permission: 'ask',
    examples: ['referral list', 'remiss lista försenade', 'referral list all'],
    schema: () => z.object({ filter: listFilter }),
  },
  {
    id: 'referral.done',
    group: 'referral',
    words: ['done', 'answered', 'besvarad', 'klar'],
    options: {},
    flags: {},
    text: 'required',
    textField: 'target',
    strict: false,
    permission: 'change',
    examples: ['referral done 006-1137/2007', 'remiss besvarad "KS-dnr: 006-1137/2007"'],
    schema: () => z.object({ target }),
  },
  {
    id: 'referral.subscribe',
    group: 'referral',
    words: ['subscribe', 'prenumerera'],
    options: { body: BODY, days: ['days', 'dagar'], digest: ['digest', 'sammanfattning', 'veckobrev'] },
    flags: {},
    text: 'none',
    textField: 'target',
    strict: true,
    permission: 'change',
    examples: ['referral subscribe', 'remiss prenumerera organ:Kulturnämnden dagar:10,5,0 sammanfattning:på'],
    schema: () =>
      z.object({ body: optionalText(200).optional(), days: days.optional(), digest: onOff.optional() }),
  },
  {
    id: 'referral.unsubscribe',
    group: 'referral',
    words: ['unsubscribe', 'avprenumerera'],
    options: {},
    flags: {},
    text: 'none',
    textField: 'target',
    strict: true,
    permission: 'change',
    examples: ['referral unsubscribe', 'remiss avprenumerera'],
    schema: () => z.object({}),
  },
  {
    id: 'referral.set',
    group: 'referral',
    words: ['set', 'correct', 'ändra', 'andra', 'rätta', 'ratta'],
    options: {
      due: ['due', 'senast', 'deadline', 'svarsdag'],
      title: ['title', 'titel', 'rubrik'],
      ourBody: ['to', 'till', 'body', 'organ', 'nämnd', 'namnd'],
    },
    flags: {},
    text: 'required',
    textField: 'target',
    strict: true,
    permission: 'change',
    examples: [
      'referral set 1.5.1-512-2026 due:2027-01-15',
      'remiss ändra "KS 2026/588" senast:ingen',
      'referral set 2026-17542 title:"Strategi för en tystare stad 2027–2035" to:"Miljö- och hälsoskyddsnämnden"',
    ],
    schema: (ctx) =>
      z
        .object({
          target: z
            .string({ error: 'dnr_required_set' })
            .trim()
            .min(1, { error: 'dnr_required_set' })
            .max(100),
          due: dueOrNone(ctx).optional(),
          title: optionalText(500).optional(),
          ourBody: optionalText(200).optional(),
        })
        .refine((a) => a.due !== undefined || a.title !== undefined || a.ourBody !== undefined, {
          error: 'set_nothing',
          path: ['target'],
        }),
  },
  {
    id: 'referral.withdraw',
    group: 'referral',
    words: ['withdraw', 'återkalla', 'aterkalla', 'dra tillbaka'],
    options: {},
    flags: {},
    text: 'required',
    textField: 'target',
    strict: false,
    permission: 'change',
    examples: ['referral withdraw 1.2.1-455-2026', 'remiss återkalla "KS 2026/412"'],
    schema: () => z.object({ target }),
  },
  {
    id: 'knowledge.list',
    group: 'knowledge',
    words: ['list', 'lista'],
    options: { page: ['page', 'sida'] },
    flags: {},
    text: 'none',
    textField: 'target',
    strict: true,
    permission: 'admin',
    examples: ['knowledge list', 'kunskap lista sida:2'],
    schema: () => z.object({ page: page.optional() }),
  },
  {
    id: 'knowledge.show',
    group: 'knowledge',
    words: ['show', 'visa'],
    options: { page: ['page', 'sida'] },
    flags: {},
    text: 'required',
    textField: 'target',
    strict: true,
    permission: 'admin',
    examples: ['knowledge show a2-sdn-dagordning.txt', 'kunskap visa "KS 2026/588"'],
    schema: () => z.object({ target, page: page.optional() }),
  },
];

export const GROUP_WORDS: Record<Group, string[]> = {
  membership: ['membership', 'memberships', 'medlemskap', 'medlemskapen'],
  referral: ['referral', 'referrals', 'remiss', 'remisser'],
  knowledge: ['knowledge', 'kunskap', 'kunskapen', 'dokument'],
};

export const HELP_WORDS = ['help', 'hjälp', 'hjalp'];

export function commandById(id: CommandId): CommandDef {
  return COMMANDS.find((c) => c.id === id)!;
}
