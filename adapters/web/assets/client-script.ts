/**
 * Progressive enhancement for the chat page, served as /assets/utblick.js. Without it every form is a
 * plain POST and the server redirects back to the page; with it the answer is appended to the live log
 * (announced by screen readers) without a reload. Any failure falls back to the plain form submission.
 */
export const CLIENT_SCRIPT = `(() => {
  'use strict';
  const log = document.getElementById('conversation');
  if (!log || !window.fetch || !window.URLSearchParams) return;

  function show(answer) {
    const old = answer.replaces ? document.getElementById(answer.replaces) : null;
    if (!old) return append(answer.fragment);
    old.outerHTML = answer.fragment;
    const turn = document.getElementById(answer.replaces);
    if (turn) turn.scrollIntoView({ block: 'start' });
  }

  function append(fragment) {
    const empty = document.getElementById('empty-conversation');
    if (empty) empty.remove();
    log.insertAdjacentHTML('beforeend', fragment);
    const turn = log.lastElementChild;
    if (turn) turn.scrollIntoView({ block: 'start' });
  }

  async function send(form, submitter) {
    const body = new URLSearchParams(new FormData(form));
    if (submitter && submitter.name) body.append(submitter.name, submitter.value);
    const response = await fetch(form.action, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'X-Utblick-Fragment': '1' },
    });
    if (!response.ok || response.headers.get('X-Utblick-Fragment') !== '1') throw new Error('fallback');
    return { fragment: await response.text(), replaces: response.headers.get('X-Utblick-Replaces') };
  }

  document.addEventListener('submit', async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const isAsk = form.classList.contains('ask');
    const isAction = form.classList.contains('action-form') && log.contains(form);
    if (!isAsk && !isAction) return;
    const input = isAsk ? form.querySelector('input[name="text"]') : null;
    if (input && input.value.trim() === '') return;
    event.preventDefault();
    const buttons = form.querySelectorAll('button');
    buttons.forEach((b) => { b.disabled = true; });
    try {
      show(await send(form, event.submitter));
      if (input) { input.value = ''; input.focus(); }
    } catch {
      form.submit();
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  });
})();
`;
