import type { types } from '@slack/bolt';
import type { Lang } from '../../src/core/lang.js';
import type { FormField, FormId, FormSpec, Reply } from '../../src/core/reply.js';
import { truncate } from './mrkdwn.js';
import { LIMITS, renderReply } from './render-blocks.js';
import { t } from './slack-messages.js';

type KnownBlock = types.KnownBlock;
type ModalView = types.ModalView;
type StaticSelect = types.StaticSelect;

const VALUE_ACTION = 'value';
const FORM_CALLBACK_PREFIX = 'form:';
const MODAL_TITLE = 24;
const OPTION_TEXT = 75;
const OPTION_VALUE = 150;
const SELECT_OPTIONS = 100;
const PLACEHOLDER = 150;
const INPUT_MAX = 3000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the modal carries through Slack between opening and submission. */
export type FormMetadata = { conversation?: string };

export function formCallbackId(id: FormId): string {
  return `${FORM_CALLBACK_PREFIX}${id}`;
}

export const FORM_CALLBACK_PATTERN = /^form:([a-z_]+)$/;

/** A FormSpec as a modal: one input block per field (block id = field name), with values kept on re-render. */
export function renderFormModal(form: FormSpec, lang: Lang, metadata: FormMetadata): ModalView {
  return {
    type: 'modal',
    callback_id: formCallbackId(form.id),
    title: { type: 'plain_text', text: truncate(form.title, MODAL_TITLE) },
    submit: { type: 'plain_text', text: truncate(form.submitLabel, MODAL_TITLE) },
    close: { type: 'plain_text', text: truncate(t(lang, 'cancel'), MODAL_TITLE) },
    private_metadata: JSON.stringify(metadata),
    blocks: form.fields
      .slice(0, LIMITS.surfaceBlocks)
      .map((field) => renderField(field, form.values[field.name])),
  };
}

function renderField(field: FormField, value: string | undefined): KnownBlock {
  const block: types.InputBlock = {
    type: 'input',
    block_id: field.name,
    optional: !field.required,
    label: { type: 'plain_text', text: truncate(field.label, LIMITS.fieldText) },
    element: renderElement(field, value),
  };
  if (field.hint) block.hint = { type: 'plain_text', text: truncate(field.hint, LIMITS.fieldText) };
  return block;
}

function renderElement(field: FormField, value: string | undefined): types.InputBlock['element'] {
  const placeholder = field.placeholder
    ? { placeholder: { type: 'plain_text' as const, text: truncate(field.placeholder, PLACEHOLDER) } }
    : {};
  if (field.kind === 'select' && field.options && field.options.length > 0) {
    const options = field.options.slice(0, SELECT_OPTIONS).map((option) => ({
      text: { type: 'plain_text' as const, text: truncate(option.label, OPTION_TEXT) },
      value: option.value.slice(0, OPTION_VALUE),
    }));
    const select: StaticSelect = { type: 'static_select', action_id: VALUE_ACTION, options, ...placeholder };
    const initial = options.find((option) => option.value === value);
    if (initial) select.initial_option = initial;
    return select;
  }
  if (field.kind === 'date' && (value === undefined || value === '' || ISO_DATE.test(value))) {
    return {
      type: 'datepicker',
      action_id: VALUE_ACTION,
      ...placeholder,
      ...(value ? { initial_date: value } : {}),
    };
  }
  return {
    type: 'plain_text_input',
    action_id: VALUE_ACTION,
    multiline: field.kind === 'textarea',
    max_length: Math.min(field.maxLength ?? INPUT_MAX, INPUT_MAX),
    ...placeholder,
    ...(value ? { initial_value: value } : {}),
  };
}

type StateValue = {
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_date?: string | null;
};

/** Reads a submitted modal's values back into `field name → text` (empty fields are left out). */
export function formValues(state: {
  values: Record<string, Record<string, StateValue>>;
}): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, actions] of Object.entries(state.values)) {
    const input = actions[VALUE_ACTION];
    const value = input?.value ?? input?.selected_option?.value ?? input?.selected_date ?? '';
    if (value.trim().length > 0) values[name] = value.trim();
  }
  return values;
}

/** Per-field errors for `response_action: "errors"`; an error for a field not in the form goes on the first field. */
export function formErrors(form: FormSpec): Record<string, string> {
  const names = new Set(form.fields.map((field) => field.name));
  const errors: Record<string, string> = {};
  for (const [name, message] of Object.entries(form.errors)) {
    const key = names.has(name) ? name : (form.fields[0]?.name ?? name);
    errors[key] = errors[key] ? `${errors[key]} ${message}` : message;
  }
  return errors;
}

/** The modal shown after a successful save. */
export function renderConfirmationModal(id: FormId, title: string, reply: Reply): ModalView {
  return {
    type: 'modal',
    callback_id: `${formCallbackId(id)}:done`,
    title: { type: 'plain_text', text: truncate(title, MODAL_TITLE) },
    close: { type: 'plain_text', text: truncate(t(reply.lang, 'close'), MODAL_TITLE) },
    blocks: renderReply(reply, { maxBlocks: LIMITS.surfaceBlocks }).blocks,
  };
}

export function parseMetadata(raw: string | undefined): FormMetadata {
  try {
    const parsed: unknown = JSON.parse(raw ?? '{}');
    if (parsed && typeof parsed === 'object' && 'conversation' in parsed) {
      const conversation = (parsed as { conversation: unknown }).conversation;
      if (typeof conversation === 'string') return { conversation };
    }
  } catch {
    // A modal opened by an older version carries no metadata we understand.
  }
  return {};
}
