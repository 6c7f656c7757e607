import { z } from 'zod';
import { defineCommand, type GroupDef, type ParseContext } from './command.js';
import { membershipForm, submitMembershipForm } from './forms.js';
import { addMembership, endMembership, listMemberships, showMembership } from './membership-handlers.js';
import { AREA_KEYS, area, BODY_KEYS, date, kind, optionalText, requiredText, target } from './schemas.js';

export const MEMBERSHIP_GROUP: GroupDef = {
  id: 'membership',
  words: { en: ['membership', 'memberships'], sv: ['medlemskap', 'medlemskapen'] },
  title: { sv: 'Medlemskap', en: 'Memberships' },
  intro: {
    sv: 'Registret över de internationella nätverk och organisationer som stadens nämnder och bolag är med i.',
    en: 'The register of the international networks and organisations the city’s committees and companies belong to.',
  },
  slash: {
    sv: 'Medlemskap i internationella nätverk: lägg till, lista, visa, avsluta',
    en: 'Memberships in international networks: add, list, show, end',
  },
};

/** The schema of `membership add`, which the membership form validates with too. */
export const membershipAddSchema = (ctx: ParseContext) =>
  z
    .object({
      organisation: requiredText('organisation_required', 200),
      benefit: requiredText('benefit_required', 2000),
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

export type MembershipAddArgs = z.output<ReturnType<typeof membershipAddSchema>>;

export const MEMBERSHIP_COMMANDS = [
  defineCommand({
    id: 'membership.add',
    group: 'membership',
    words: { en: ['add'], sv: ['lägg till', 'lägg', 'ny', 'registrera'] },
    options: {
      benefit: ['benefit', 'nytta'],
      body: BODY_KEYS,
      kind: ['kind', 'typ', 'sort'],
      contact: ['contact', 'kontakt'],
      since: ['since', 'sedan', 'från', 'fran', 'from'],
      until: ['until', 'till', 'tom', 'to'],
      area: AREA_KEYS,
    },
    flags: {},
    text: 'optional',
    textField: 'organisation',
    strict: true,
    permission: 'register',
    guard: 'register',
    // Arrow functions: forms.ts reads this file's schema, so its functions are looked up when called.
    form: {
      id: 'membership_add',
      open: (lang) => membershipForm(lang),
      submit: (values, ctx) => submitMembershipForm(values, ctx),
    },
    usage: {
      sv: 'medlemskap lägg till <organisation> nytta:"<varför det gagnar verksamheten>" [organ:<nämnd eller bolag>] [typ:nätverk|organisation|projekt] [kontakt:<namn>] [sedan:<datum>] [till:<datum>] [område:positionering|verksamhetsutveckling|bevakning]',
      en: 'membership add <organisation> benefit:"<why it serves the operations>" [body:<committee or company>] [kind:network|organisation|project] [contact:<name>] [since:<date>] [until:<date>] [area:positioning|development|monitoring]',
    },
    summary: {
      sv: 'Registrera ett medlemskap i ett nätverk, en organisation eller ett projekt. Utan argument öppnas ett formulär.',
      en: 'Register a membership of a network, organisation or project. With no arguments, a form opens.',
    },
    menu: {
      sv: 'Registrera ett nätverk eller en organisation som staden är med i (öppnar ett formulär)',
      en: 'Register a network or organisation the city belongs to (opens a form)',
    },
    examples: [
      'membership add Eurocities benefit:"Learning from peer cities on climate" body:Kommunstyrelsen area:bevakning',
      'medlemskap lägg till "Union of the Baltic Cities" nytta:"Erfarenhetsutbyte om integration" typ:nätverk sedan:2024-01-01',
    ],
    schema: membershipAddSchema,
    handler: addMembership,
  }),
  defineCommand({
    id: 'membership.list',
    group: 'membership',
    words: { en: ['list'], sv: ['lista'] },
    options: { body: BODY_KEYS, area: AREA_KEYS, q: ['q', 'sök', 'sok', 'search'] },
    flags: { ended: ['ended', 'avslutade', 'alla', 'all'] },
    text: 'none',
    textField: 'target',
    strict: true,
    permission: 'ask',
    usage: {
      sv: 'medlemskap lista [organ:<…>] [område:<…>] [sök:<text>] [avslutade]',
      en: 'membership list [body:<…>] [area:<…>] [q:<text>] [ended]',
    },
    summary: { sv: 'Lista medlemskapen, med filter.', en: 'List the memberships, with filters.' },
    menu: {
      sv: 'Stadens internationella medlemskap, per nämnd, bolag eller område',
      en: "The city's international memberships, filtered by body or area",
    },
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
    handler: listMemberships,
  }),
  defineCommand({
    id: 'membership.show',
    group: 'membership',
    words: { en: ['show'], sv: ['visa'] },
    options: {},
    flags: {},
    text: 'required',
    textField: 'target',
    strict: false,
    permission: 'ask',
    usage: { sv: 'medlemskap visa <id|organisation>', en: 'membership show <id|organisation>' },
    summary: { sv: 'Visa ett medlemskap.', en: 'Show one membership.' },
    menu: {
      sv: 'Ett medlemskap i sin helhet: skriv namnet eller id',
      en: 'One membership in full: add its name or id',
    },
    examples: ['membership show Eurocities', 'medlemskap visa 12'],
    schema: () => z.object({ target }),
    handler: showMembership,
  }),
  defineCommand({
    id: 'membership.end',
    group: 'membership',
    words: { en: ['end'], sv: ['avsluta'] },
    options: { date: ['date', 'datum'] },
    flags: {},
    text: 'required',
    textField: 'target',
    strict: true,
    permission: 'change',
    guard: 'end_membership',
    usage: {
      sv: 'medlemskap avsluta <id|organisation> [datum:<datum>]',
      en: 'membership end <id|organisation> [date:<date>]',
    },
    summary: {
      sv: 'Avsluta ett medlemskap (i dag, eller ett visst datum).',
      en: 'End a membership (today, or on a date).',
    },
    examples: ['membership end Eurocities date:2026-12-31', 'medlemskap avsluta 12 datum:"31 december 2026"'],
    schema: (ctx: ParseContext) => z.object({ target, date: date(ctx, 'date').optional() }),
    handler: endMembership,
  }),
];
