import type { Request, Response, Router } from 'express';
import type { Lang } from '../../src/core/lang.js';
import { type ActionId, isActionId } from '../../src/core/reply.js';
import { MAX_MESSAGE_LENGTH, renderChat, renderTurn } from './chat-page.js';
import { route, type WebDeps } from './deps.js';
import { t } from './messages.js';
import { bodyValue, pageLang, sendPage, sendProblem, wantsFragment, webInput } from './request.js';
import type { Session, Turn } from './session.js';

/**
 * After a new turn: the fragment for the page's script, or back to the page at the new answer. `replaced`:
 * the turn was there already and its reply changed (a choice), so the script swaps it instead of adding.
 */
function answered(
  req: Request,
  res: Response,
  deps: WebDeps,
  session: Session,
  turn: Turn,
  replaced = false,
): void {
  if (wantsFragment(req)) {
    const lang = pageLang(req, session);
    if (replaced) res.set('X-Utblick-Replaces', `turn-${turn.id}`);
    res
      .status(200)
      .type('text/html; charset=utf-8')
      .set('X-Utblick-Fragment', '1')
      .send(renderTurn(turn, lang, deps.sessions.tokenFor(session.id)).value);
    return;
  }
  res.redirect(303, `/#turn-${turn.id}`);
}

function chatPage(
  req: Request,
  res: Response,
  deps: WebDeps,
  session: Session,
  problem?: { error: string; draft: string },
) {
  const lang = pageLang(req, session);
  const main = renderChat({
    lang,
    csrf: deps.sessions.tokenFor(session.id),
    turns: session.turns,
    error: problem?.error,
    draft: problem?.draft,
  });
  sendPage(req, res, { status: problem ? 422 : 200, lang, title: t(lang, 'chatTitle'), nav: 'chat', main });
}

export function chatRoutes(router: Router, deps: WebDeps): void {
  router.get(
    '/',
    route(deps, (req, res) => chatPage(req, res, deps, deps.sessions.open(req, res))),
  );

  router.post(
    '/ask',
    route(deps, async (req, res) => {
      const session = deps.sessions.verify(req);
      if (!session) return sendProblem(req, res, 403, deps.sessions.langOf(req), 'forbidden');
      const lang = pageLang(req, session);
      const text = (bodyValue(req, 'text') ?? '').trim();
      if (text.length === 0) return chatPage(req, res, deps, session, { error: t(lang, 'empty'), draft: '' });
      if (text.length > MAX_MESSAGE_LENGTH) {
        return chatPage(req, res, deps, session, {
          error: t(lang, 'tooLong'),
          draft: text.slice(0, MAX_MESSAGE_LENGTH),
        });
      }
      const reply = await deps.core.handle(webInput(text, lang, session));
      answered(req, res, deps, session, deps.sessions.addTurn(session, text, reply));
    }),
  );

  router.post(
    '/action',
    route(deps, async (req, res) => {
      const session = deps.sessions.verify(req);
      if (!session) return sendProblem(req, res, 403, deps.sessions.langOf(req), 'forbidden');
      const lang = pageLang(req, session);
      const id = bodyValue(req, 'id');
      const value = bodyValue(req, 'value') ?? '';
      if (!isActionId(id)) return sendProblem(req, res, 404, lang, 'notFound');
      if (id === 'open_form') return res.redirect(303, `/forms/${encodeURIComponent(value)}`);
      const button = pressed(session, id, value);
      const reply = await deps.core.action(id, value, webInput('', button.lang ?? lang, session));
      // A choice answers the question in place of the list it was chosen from.
      if (id === 'choose' && button.turn) {
        button.turn.reply = reply;
        return answered(req, res, deps, session, button.turn, true);
      }
      const turn = deps.sessions.addTurn(session, button.label, reply);
      if (bodyValue(req, 'return') === 'overview') return res.redirect(303, `/overview?done=${turn.id}`);
      answered(req, res, deps, session, turn);
    }),
  );
}

/**
 * The button a person pressed, found in the conversation: its label (for the record of the turn) and
 * the language of the reply it belonged to, so that "show the whole passage" under an English answer
 * is answered in English.
 */
function pressed(
  session: Session,
  id: ActionId,
  value: string,
): { label: string; lang: Lang | null; turn?: Turn } {
  for (const turn of [...session.turns].reverse()) {
    for (const block of turn.reply.blocks) {
      if (block.type !== 'actions') continue;
      const found = block.actions.find((a) => a.id === id && a.value === value);
      if (found) return { label: found.label, lang: turn.reply.lang, turn };
    }
  }
  return { label: id, lang: null };
}
