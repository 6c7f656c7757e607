import type { Lang } from '../../src/core/lang.js';
import { html, type SafeHtml } from './html.js';
import { t } from './messages.js';
import { renderReply } from './render-reply.js';
import { CSRF_FIELD, type Turn } from './session.js';

export const MAX_MESSAGE_LENGTH = 2000;

/** One exchange; the chat page lists them, and the script appends a new one to the live log. */
export function renderTurn(turn: Turn, lang: Lang, csrf: string): SafeHtml {
  return html`<article class="turn" id="turn-${turn.id}" aria-labelledby="turn-${turn.id}-said">
<h2 class="said" id="turn-${turn.id}-said"><span class="visually-hidden">${t(lang, 'youSaid')}: </span>${turn.said}</h2>
<p class="visually-hidden">${t(lang, 'utblickReplied')}:</p>
${renderReply(turn.reply, { csrf, headingLevel: 3 })}
</article>`;
}

export type ChatView = {
  lang: Lang;
  csrf: string;
  turns: Turn[];
  /** A problem with the last message (empty, too long), shown next to the field. */
  error?: string | undefined;
  draft?: string | undefined;
};

export function renderChat(view: ChatView): SafeHtml {
  const { lang, csrf } = view;
  return html`<h1>${t(lang, 'chatTitle')}</h1>
<p class="intro">${t(lang, 'chatIntro')}</p>
<section class="conversation" aria-label="${t(lang, 'conversation')}">
<div id="conversation" role="log" aria-live="polite" aria-relevant="additions">
${view.turns.length === 0 ? html`<p class="empty" id="empty-conversation">${t(lang, 'emptyConversation')}</p>` : ''}
${view.turns.map((turn) => renderTurn(turn, lang, csrf))}
</div>
</section>
<form class="ask" method="post" action="/ask">
<input type="hidden" name="${CSRF_FIELD}" value="${csrf}">
<label for="ask-text">${t(lang, 'askLabel')}</label>
<p class="hint" id="ask-hint">${t(lang, 'askHint')}</p>
${view.error ? html`<p class="field-error" id="ask-error" role="alert">${view.error}</p>` : ''}
<div class="ask-row">
<input type="text" id="ask-text" name="text" autocomplete="off" maxlength="${MAX_MESSAGE_LENGTH}" aria-describedby="ask-hint${
    view.error ? ' ask-error' : ''
  }"${view.error ? html` aria-invalid="true"` : ''} value="${view.draft ?? ''}">
<button type="submit" class="primary">${t(lang, 'askButton')}</button>
</div>
</form>`;
}
