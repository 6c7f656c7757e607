import type { Lang } from '../../../src/core/lang.js';
import type { FormField, FormSpec } from '../../../src/core/reply.js';
import { t } from '../messages.js';
import { type AdaptiveCard, card, type Element, type Input } from './card-types.js';
import { cardText, plainText } from './escape.js';
import { formData, inputId } from './submit-data.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A FormSpec as card elements: one input per field with its hint, the server's error under the field
 * (Teams shows an input's `errorMessage` only for its own client-side checks), and the submit button.
 */
export function formElements(form: FormSpec, lang: Lang): Element[] {
  const elements: Element[] = [
    {
      type: 'TextBlock',
      text: cardText(form.title),
      wrap: true,
      size: 'Medium',
      weight: 'Bolder',
      style: 'heading',
    },
  ];
  if (Object.keys(form.errors).length > 0) {
    elements.push({
      type: 'TextBlock',
      text: cardText(t(lang, 'formHasErrors')),
      wrap: true,
      color: 'Attention',
    });
  }
  for (const field of form.fields) elements.push(...fieldElements(form, field, lang));
  elements.push({
    type: 'ActionSet',
    actions: [
      {
        type: 'Action.Submit',
        title: plainText(form.submitLabel, 80),
        style: 'positive',
        associatedInputs: 'auto',
        data: formData(form.id),
      },
    ],
  });
  return elements;
}

function fieldElements(form: FormSpec, field: FormField, lang: Lang): Element[] {
  const out: Element[] = [input(field, form.values[field.name] ?? '', lang)];
  if (field.hint) {
    out.push({
      type: 'TextBlock',
      text: cardText(field.hint),
      wrap: true,
      isSubtle: true,
      size: 'Small',
      spacing: 'None',
    });
  }
  const error = form.errors[field.name];
  if (error) {
    out.push({
      type: 'TextBlock',
      text: cardText(error),
      wrap: true,
      color: 'Attention',
      size: 'Small',
      spacing: 'None',
    });
  }
  return out;
}

function input(field: FormField, value: string, lang: Lang): Input {
  const base = {
    id: inputId(field.name),
    label: plainText(field.label, 200),
    isRequired: field.required,
    ...(field.required
      ? { errorMessage: plainText(t(lang, 'formRequired', { label: field.label }), 200) }
      : {}),
  };
  const placeholder = field.placeholder ? { placeholder: plainText(field.placeholder, 200) } : {};
  switch (field.kind) {
    case 'select':
      return {
        ...base,
        ...placeholder,
        type: 'Input.ChoiceSet',
        style: 'compact',
        choices: (field.options ?? []).map((o) => ({ title: plainText(o.label, 200), value: o.value })),
        ...(value ? { value } : {}),
      };
    case 'date':
      // Input.Date only holds ISO dates; what a person submits through it is always ISO.
      return { ...base, ...placeholder, type: 'Input.Date', ...(ISO_DATE.test(value) ? { value } : {}) };
    case 'textarea':
    case 'text':
      return {
        ...base,
        ...placeholder,
        type: 'Input.Text',
        ...(field.kind === 'textarea' ? { isMultiline: true } : {}),
        ...(field.maxLength ? { maxLength: field.maxLength } : {}),
        ...(value ? { value } : {}),
      };
  }
}

/** A form on its own card (opened by a button, or sent again with the server's errors). */
export function formCard(form: FormSpec, lang: Lang): AdaptiveCard {
  return card(formElements(form, lang), plainText(form.title, 200));
}
