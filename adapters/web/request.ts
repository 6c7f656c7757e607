import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Input } from '../../src/core/input.js';
import { isLang, type Lang, langFromLocale } from '../../src/core/lang.js';
import { html, type SafeHtml } from './html.js';
import { layout, type PageNav } from './layout.js';
import { t } from './messages.js';
import type { Session } from './session.js';

/** A single string from the query string (Express gives arrays for repeated keys). */
export function queryValue(req: Request, name: string): string | undefined {
  const value = (req.query as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** A single string from a parsed urlencoded body. */
export function bodyValue(req: Request, name: string): string | undefined {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The page language: `?lang=` (remembered for the session), then the session's choice, then the
 * browser's language (the platform locale), Swedish when unknown.
 */
export function pageLang(req: Request, session: Session | null): Lang {
  const asked = queryValue(req, 'lang');
  if (isLang(asked)) {
    if (session) session.lang = asked;
    return asked;
  }
  if (session?.lang) return session.lang;
  return langFromLocale(req.headers['accept-language']?.split(',')[0]);
}

/**
 * Everyone using the local web pages is the same local user; the core decides what they may do. The
 * page is seen by the person using it only.
 */
/** `session`: the page's conversation, for follow-up questions (its id is hashed: it is a cookie's secret). */
export function webInput(text: string, lang: Lang, session?: { id: string }): Input {
  const input: Input = { platform: 'web', text, userId: 'web:local', locale: lang, audience: 'private' };
  if (session) {
    const key = createHash('sha256').update(session.id).digest('base64url').slice(0, 22);
    input.thread = { id: `web:${key}`, kind: 'session' };
  }
  return input;
}

/** True when the page's script asked for just the new piece of conversation. */
export function wantsFragment(req: Request): boolean {
  return req.headers['x-utblick-fragment'] === '1';
}

export type PageOptions = { status?: number; lang: Lang; title: string; nav: PageNav; main: SafeHtml };

export function sendPage(req: Request, res: Response, page: PageOptions): void {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.query as Record<string, unknown>)) {
    if (typeof value === 'string' && key !== 'lang' && key !== 'token') query[key] = value;
  }
  res
    .status(page.status ?? 200)
    .type('text/html; charset=utf-8')
    .send(layout({ ...page, path: req.method === 'GET' ? req.path : '/', query }).value);
}

type ProblemKey = 'forbidden' | 'notFound' | 'failed' | 'csvUnavailable' | 'tooLong';

/** A page that only says what went wrong and where to go next. */
export function sendProblem(req: Request, res: Response, status: number, lang: Lang, key: ProblemKey): void {
  const main = html`<h1>${t(lang, key)}</h1>
<p><a href="/">${t(lang, 'backToChat')}</a> · <a href="/overview">${t(lang, 'navOverview')}</a></p>`;
  sendPage(req, res, { status, lang, title: t(lang, key), nav: null, main });
}
