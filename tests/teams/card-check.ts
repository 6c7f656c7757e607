import { createRequire } from 'node:module';

/**
 * Two independent checks of an Adaptive Card as Teams would receive it:
 * 1. the official `adaptivecards` 3.x renderer library parses it and validates its properties; every
 *    parse event and validation event is reported (the library loads in Node without a DOM: parsing and
 *    validation never touch `document`, only rendering does, and nothing here renders);
 * 2. our own walk against schema 1.5: only element, input and action types of 1.5, only properties
 *    that 1.5 defines for each type, enumerated values from 1.5, and the field shapes Teams needs.
 */
const require = createRequire(import.meta.url);
// biome-ignore lint/suspicious/noExplicitAny: the UMD bundle has no ESM typings
const AC: any = require('adaptivecards/dist/adaptivecards.js');

export function officialProblems(card: unknown): string[] {
  const context = new AC.SerializationContext();
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents)
    problems.push(`validate: ${event.message}`);
  return problems;
}

const COMMON = ['type', 'id', 'spacing', 'separator', 'height', 'isVisible', 'requires', 'fallback'];
const INPUT = [...COMMON, 'label', 'isRequired', 'errorMessage'];
const ACTION = [
  'type',
  'id',
  'title',
  'iconUrl',
  'style',
  'fallback',
  'tooltip',
  'isEnabled',
  'mode',
  'requires',
];

const PROPERTIES: Record<string, string[]> = {
  TextBlock: [
    ...COMMON,
    'text',
    'color',
    'fontType',
    'horizontalAlignment',
    'isSubtle',
    'maxLines',
    'size',
    'weight',
    'wrap',
    'style',
  ],
  FactSet: [...COMMON, 'facts'],
  Container: [
    ...COMMON,
    'items',
    'selectAction',
    'style',
    'verticalContentAlignment',
    'bleed',
    'backgroundImage',
    'minHeight',
    'rtl',
  ],
  ActionSet: [...COMMON, 'actions'],
  'Input.Text': [
    ...INPUT,
    'isMultiline',
    'maxLength',
    'placeholder',
    'style',
    'inlineAction',
    'value',
    'regex',
  ],
  'Input.Date': [...INPUT, 'max', 'min', 'placeholder', 'value'],
  'Input.ChoiceSet': [...INPUT, 'choices', 'isMultiSelect', 'style', 'value', 'placeholder', 'wrap'],
  'Action.Submit': [...ACTION, 'data', 'associatedInputs'],
};
/** Element types of schema 1.5 that Utblick does not use are still legal; they are listed to catch typos. */
const OTHER_15_TYPES = [
  'Image',
  'Media',
  'RichTextBlock',
  'ColumnSet',
  'Column',
  'ImageSet',
  'Table',
  'Input.Number',
  'Input.Time',
  'Input.Toggle',
  'Action.OpenUrl',
  'Action.ShowCard',
  'Action.ToggleVisibility',
  'Action.Execute',
];
const CARD_PROPERTIES = [
  'type',
  'version',
  '$schema',
  'body',
  'actions',
  'selectAction',
  'fallbackText',
  'backgroundImage',
  'minHeight',
  'rtl',
  'speak',
  'lang',
  'verticalContentAlignment',
  'refresh',
  'authentication',
  'metadata',
  'msteams',
];

const ENUMS: Record<string, string[]> = {
  spacing: ['none', 'small', 'default', 'medium', 'large', 'extraLarge', 'padding'],
  size: ['small', 'default', 'medium', 'large', 'extraLarge'],
  weight: ['lighter', 'default', 'bolder'],
  color: ['default', 'dark', 'light', 'accent', 'good', 'warning', 'attention'],
};
const STYLES: Record<string, string[]> = {
  TextBlock: ['default', 'heading'],
  Container: ['default', 'emphasis', 'good', 'attention', 'warning', 'accent'],
  'Input.Text': ['text', 'tel', 'url', 'email', 'password'],
  'Input.ChoiceSet': ['compact', 'expanded', 'filtered'],
  'Action.Submit': ['default', 'positive', 'destructive'],
};

type Json = Record<string, unknown>;

export function schemaProblems(card: unknown): string[] {
  const problems: string[] = [];
  const c = card as Json;
  if (c?.type !== 'AdaptiveCard') problems.push('card: type must be AdaptiveCard');
  if (c?.version !== '1.5') problems.push(`card: version must be 1.5, is ${String(c?.version)}`);
  for (const key of Object.keys(c ?? {}))
    if (!CARD_PROPERTIES.includes(key)) problems.push(`card: unknown property ${key}`);
  if (!Array.isArray(c?.body) || c.body.length === 0) problems.push('card: body must be a non-empty array');
  const ids = new Set<string>();
  const walk = (items: unknown, path: string) => {
    if (!Array.isArray(items)) {
      problems.push(`${path}: must be an array`);
      return;
    }
    for (const [i, item] of items.entries()) checkObject(item as Json, `${path}[${i}]`, problems, ids, walk);
  };
  walk(c?.body, 'body');
  if (c?.actions !== undefined) walk(c.actions, 'actions');
  return problems;
}

function checkObject(
  o: Json,
  path: string,
  problems: string[],
  ids: Set<string>,
  walk: (x: unknown, p: string) => void,
): void {
  const type = String(o?.type);
  const allowed = PROPERTIES[type];
  if (!allowed) {
    problems.push(
      `${path}: ${OTHER_15_TYPES.includes(type) ? 'unexpected' : 'not a schema 1.5'} type ${type}`,
    );
    return;
  }
  for (const key of Object.keys(o))
    if (!allowed.includes(key)) problems.push(`${path}: ${type} has no property ${key} in 1.5`);
  for (const [key, values] of Object.entries(ENUMS)) {
    if (o[key] !== undefined && !values.includes(String(o[key]).toLowerCase()))
      problems.push(`${path}: bad ${key} ${String(o[key])}`);
  }
  if (o.style !== undefined && !STYLES[type]?.includes(String(o.style)))
    problems.push(`${path}: bad style ${String(o.style)}`);
  if (typeof o.id === 'string') {
    if (ids.has(o.id)) problems.push(`${path}: duplicate id ${o.id}`);
    ids.add(o.id);
  }
  const nonEmpty = (key: string) => {
    if (typeof o[key] !== 'string' || (o[key] as string).trim() === '')
      problems.push(`${path}: ${key} must be non-empty text`);
  };
  switch (type) {
    case 'TextBlock':
      nonEmpty('text');
      if (o.wrap !== true) problems.push(`${path}: TextBlock must wrap (long answers are cut otherwise)`);
      break;
    case 'FactSet':
      if (!Array.isArray(o.facts) || o.facts.length === 0)
        problems.push(`${path}: facts must be a non-empty array`);
      for (const fact of (o.facts as Json[]) ?? []) {
        if (
          typeof fact.title !== 'string' ||
          typeof fact.value !== 'string' ||
          Object.keys(fact).length !== 2
        ) {
          problems.push(`${path}: a fact is exactly { title, value } strings`);
        }
      }
      break;
    case 'Container':
      walk(o.items, `${path}.items`);
      break;
    case 'ActionSet':
      if (!Array.isArray(o.actions) || o.actions.length === 0)
        problems.push(`${path}: actions must be non-empty`);
      walk(o.actions, `${path}.actions`);
      break;
    case 'Action.Submit':
      nonEmpty('title');
      if (typeof o.data !== 'object' || o.data === null || Array.isArray(o.data))
        problems.push(`${path}: data must be an object`);
      break;
    default:
      checkInput(o, path, problems, nonEmpty);
  }
}

function checkInput(o: Json, path: string, problems: string[], nonEmpty: (key: string) => void): void {
  nonEmpty('id');
  nonEmpty('label');
  if (typeof o.isRequired !== 'boolean') problems.push(`${path}: isRequired must be a boolean`);
  if (o.isRequired === true) nonEmpty('errorMessage');
  if (o.value !== undefined && typeof o.value !== 'string') problems.push(`${path}: value must be a string`);
  if (o.type === 'Input.Date' && o.value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(o.value))) {
    problems.push(`${path}: Input.Date value must be YYYY-MM-DD`);
  }
  if (o.type === 'Input.ChoiceSet') {
    const choices = o.choices as Json[] | undefined;
    if (!Array.isArray(choices) || choices.length === 0) problems.push(`${path}: choices must be non-empty`);
    for (const choice of choices ?? []) {
      if (typeof choice.title !== 'string' || typeof choice.value !== 'string')
        problems.push(`${path}: a choice is { title, value }`);
    }
    if (o.value !== undefined && !choices?.some((choice) => choice.value === o.value))
      problems.push(`${path}: value is not a choice`);
  }
}

/** Every problem either check finds; an empty list means the card passes both. */
export function cardProblems(card: unknown): string[] {
  return [...officialProblems(card), ...schemaProblems(card)];
}

/** The Adaptive Cards in an activity the bot sent. */
// biome-ignore lint/suspicious/noExplicitAny: activity JSON as captured by the fake connector
export function cardsOf(activity: any): Json[] {
  return (activity?.attachments ?? [])
    .filter((a: Json) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a: Json) => a.content as Json);
}

/**
 * All visible text of a card (text blocks, facts, input labels, action titles) as a person reads it:
 * Markdown escapes resolved. For assertions on what users see.
 */
export function visibleText(card: unknown): string {
  const out: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const o = node as Json;
    if (o.type === 'FactSet') {
      for (const fact of (o.facts as Json[]) ?? []) out.push(`${fact.title}: ${fact.value}`);
    }
    for (const key of ['text', 'title', 'label']) if (typeof o[key] === 'string') out.push(o[key] as string);
    for (const key of ['body', 'items', 'actions', 'choices']) if (o[key]) visit(o[key]);
  };
  visit(card);
  return out
    .join('\n')
    .replace(/\\(.)/g, '$1')
    .replace(/\u200B/g, '');
}

/** The Action.Submit buttons of a card, wherever they sit, with the data Teams would send back. */
export function submitActions(card: unknown): { title: string; data: Record<string, unknown> }[] {
  const found: { title: string; data: Record<string, unknown> }[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const o = node as Json;
    if (o.type === 'Action.Submit')
      found.push({ title: String(o.title), data: o.data as Record<string, unknown> });
    for (const key of ['body', 'items', 'actions']) if (o[key]) visit(o[key]);
  };
  visit(card);
  return found;
}
