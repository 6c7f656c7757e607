import type { Lang } from '../../src/core/lang.js';
import type { FormField, FormSpec } from '../../src/core/reply.js';
import { heading, html, join, type SafeHtml } from './html.js';
import { t } from './messages.js';
import { CSRF_FIELD } from './session.js';

export type FormContext = { lang: Lang; csrf: string; headingLevel: 2 | 3 };

function fieldId(form: FormSpec, field: FormField): string {
  return `f-${form.id}-${field.name}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

function control(form: FormSpec, field: FormField, describedBy: string[]): SafeHtml {
  const id = fieldId(form, field);
  const value = form.values[field.name] ?? '';
  const invalid = form.errors[field.name] !== undefined;
  const attrs = html` id="${id}" name="${field.name}"${field.required ? html` aria-required="true"` : ''}${
    invalid ? html` aria-invalid="true"` : ''
  }${describedBy.length > 0 ? html` aria-describedby="${describedBy.join(' ')}"` : ''}${
    field.maxLength ? html` maxlength="${field.maxLength}"` : ''
  }`;
  switch (field.kind) {
    case 'textarea':
      return html`<textarea${attrs} rows="4">${value}</textarea>`;
    case 'select': {
      const options = field.options ?? [];
      const blank =
        field.required && options.some((o) => o.value === value) ? null : html`<option value=""></option>`;
      return html`<select${attrs}>${blank}${options.map(
        (o) =>
          html`<option value="${o.value}"${o.value === value ? html` selected` : ''}>${o.label}</option>`,
      )}</select>`;
    }
    default:
      return html`<input type="text"${attrs} value="${value}"${
        field.placeholder ? html` placeholder="${field.placeholder}"` : ''
      } autocomplete="off">`;
  }
}

function renderField(form: FormSpec, field: FormField, lang: Lang): SafeHtml {
  const id = fieldId(form, field);
  const error = form.errors[field.name];
  const describedBy = [field.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(
    (x): x is string => x !== null,
  );
  return html`<div class="field${error ? ' field-invalid' : ''}">
<label for="${id}">${field.label}${field.required ? html` <span class="required">(${t(lang, 'required')})</span>` : ''}</label>
${field.hint ? html`<p class="hint" id="${id}-hint">${field.hint}</p>` : ''}
${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : ''}
${control(form, field, describedBy)}
</div>`;
}

/** Errors first (as links to their fields), so that a keyboard or screen-reader user finds them at once. */
function errorSummary(form: FormSpec, ctx: FormContext): SafeHtml | null {
  const errors = form.fields.filter((f) => form.errors[f.name] !== undefined);
  const general = Object.entries(form.errors).filter(([name]) => !form.fields.some((f) => f.name === name));
  const count = errors.length + general.length;
  if (count === 0) return null;
  return html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary-${form.id}">
${heading(ctx.headingLevel, t(ctx.lang, 'errorSummary', { count }))}
<ul>${errors.map((f) => html`<li><a href="#${fieldId(form, f)}">${f.label}: ${form.errors[f.name]}</a></li>`)}${general.map(
    ([, message]) => html`<li>${message}</li>`,
  )}</ul>
</div>`;
}

/**
 * A form from the core's FormSpec, posted as a plain form (works without JavaScript). The browser's own
 * validation is off (`novalidate`): the core validates, and its per-field errors in the user's language
 * are the only ones shown.
 */
export function renderForm(form: FormSpec, ctx: FormContext): SafeHtml {
  return html`<form class="core-form" method="post" action="/forms/${form.id}" novalidate>
<input type="hidden" name="${CSRF_FIELD}" value="${ctx.csrf}">
${errorSummary(form, ctx)}
${join(form.fields.map((field) => renderField(form, field, ctx.lang)))}
<button type="submit" class="primary">${form.submitLabel}</button>
</form>`;
}
