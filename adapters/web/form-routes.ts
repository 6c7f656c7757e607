import type { Request, Response, Router } from 'express';
import type { Lang } from '../../src/core/lang.js';
import type { FormId, FormSpec } from '../../src/core/reply.js';
import { route, type WebDeps } from './deps.js';
import { html } from './html.js';
import { t } from './messages.js';
import { renderForm } from './render-form.js';
import { renderReply } from './render-reply.js';
import { bodyValue, pageLang, queryValue, sendPage, sendProblem, webInput } from './request.js';
import type { Session } from './session.js';

const FORM_IDS: readonly FormId[] = ['membership_add'];

function formId(value: unknown): FormId | null {
  return FORM_IDS.includes(value as FormId) ? (value as FormId) : null;
}

function formPage(
  req: Request,
  res: Response,
  deps: WebDeps,
  session: Session,
  lang: Lang,
  form: FormSpec,
  status: number,
): void {
  const csrf = deps.sessions.tokenFor(session.id);
  const savedId = Number(queryValue(req, 'saved'));
  const saved = status === 200 ? session.turns.find((turn) => turn.id === savedId) : undefined;
  const main = html`<h1>${form.title}</h1>
${
  saved
    ? html`<section class="success" role="status" aria-labelledby="saved-heading">
<h2 id="saved-heading">${t(lang, 'saved')}</h2>
${renderReply(saved.reply, { csrf, headingLevel: 3 })}
<p>${t(lang, 'formAgain')} <a href="/overview">${t(lang, 'navOverview')}</a></p>
</section>`
    : ''
}
${renderForm(form, { lang, csrf, headingLevel: 2 })}`;
  sendPage(req, res, { status, lang, title: form.title, nav: 'add', main });
}

export function formRoutes(router: Router, deps: WebDeps): void {
  router.get(
    '/forms/:id',
    route(deps, (req, res) => {
      const session = deps.sessions.open(req, res);
      const lang = pageLang(req, session);
      const id = formId(req.params.id);
      if (!id) return sendProblem(req, res, 404, lang, 'notFound');
      formPage(req, res, deps, session, lang, deps.core.openForm(id, webInput('', lang)), 200);
    }),
  );

  router.post(
    '/forms/:id',
    route(deps, async (req, res) => {
      const session = deps.sessions.verify(req);
      if (!session) return sendProblem(req, res, 403, deps.sessions.langOf(req), 'forbidden');
      const lang = pageLang(req, session);
      const id = formId(req.params.id);
      if (!id) return sendProblem(req, res, 404, lang, 'notFound');
      const input = webInput('', lang);
      // Only the form's own fields reach the core; the CSRF token and anything else stay here.
      const empty = deps.core.openForm(id, input);
      const values: Record<string, string> = {};
      for (const field of empty.fields) values[field.name] = bodyValue(req, field.name) ?? '';
      const outcome = await deps.core.submitForm(id, values, input);
      if (!outcome.ok) return formPage(req, res, deps, session, lang, outcome.form, 422);
      const turn = deps.sessions.addTurn(session, empty.title, outcome.reply);
      res.redirect(303, `/forms/${id}?saved=${turn.id}`);
    }),
  );
}
