import { z } from 'zod';
import { ACTION_IDS, type ActionId, type FormId } from '../../../src/core/reply.js';

/**
 * What an Action.Submit carries back in `activity.value`. Teams merges the card's input values into the
 * same object, so inputs get ids with a prefix that no data key uses.
 */
export const INPUT_PREFIX = 'field_';
const MARKER = 'utblick';

const FORM_IDS = ['membership_add'] as const satisfies readonly FormId[];
type MissingForm = Exclude<FormId, (typeof FORM_IDS)[number]>;
const allFormsKnown: MissingForm extends never ? true : false = true;
void allFormsKnown;

export function actionData(id: ActionId, value: string): Record<string, string> {
  return { [MARKER]: 'action', id, value };
}

export function formData(form: FormId): Record<string, string> {
  return { [MARKER]: 'form', form };
}

export function inputId(fieldName: string): string {
  return `${INPUT_PREFIX}${fieldName}`;
}

const ActionSubmit = z.object({
  [MARKER]: z.literal('action'),
  id: z.enum(ACTION_IDS),
  value: z.string().max(4000).default(''),
});
const FormSubmit = z.looseObject({ [MARKER]: z.literal('form'), form: z.enum(FORM_IDS) });

export type Submission =
  | { kind: 'action'; id: ActionId; value: string }
  | { kind: 'form'; form: FormId; values: Record<string, string> }
  | { kind: 'unknown' };

/** Reads `activity.value` from a card button; anything this bot did not put on a card is `unknown`. */
export function parseSubmission(value: unknown): Submission {
  const action = ActionSubmit.safeParse(value);
  if (action.success) return { kind: 'action', id: action.data.id, value: action.data.value };
  const form = FormSubmit.safeParse(value);
  if (!form.success) return { kind: 'unknown' };
  const values: Record<string, string> = {};
  for (const [key, raw] of Object.entries(form.data)) {
    if (!key.startsWith(INPUT_PREFIX)) continue;
    values[key.slice(INPUT_PREFIX.length)] = typeof raw === 'string' ? raw : String(raw ?? '');
  }
  return { kind: 'form', form: form.data.form, values };
}
