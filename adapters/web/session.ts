import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { type Lang, langFromLocale } from '../../src/core/lang.js';
import type { Reply } from '../../src/core/reply.js';
import { cameOverHttps } from '../../src/platform/local-access.js';

/** One exchange in the page's conversation: what the person sent and what the core replied. */
export type Turn = { id: number; said: string; reply: Reply };

export type Session = {
  id: string;
  lang: Lang | null;
  turns: Turn[];
  nextTurn: number;
};

export const SESSION_COOKIE = 'utblick_sid';
export const CSRF_COOKIE = 'utblick_csrf';
export const CSRF_FIELD = '_csrf';

const MAX_SESSIONS = 500;
const MAX_TURNS = 40;

export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    try {
      cookies[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      // A malformed cookie value is ignored rather than failing the page.
    }
  }
  return cookies;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Conversations and CSRF tokens for the web pages, kept in memory only (a conversation is what the
 * page shows, not a record). The CSRF defence is a signed double-submit: the token is an HMAC of the
 * session id under a per-process secret, sent both as a SameSite=Strict cookie and as a hidden form
 * field; a POST must present the same token in both, and it must be the one this session was given.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly secret = randomBytes(32);

  tokenFor(sessionId: string): string {
    return createHmac('sha256', this.secret).update(sessionId).digest('base64url');
  }

  /** The request's session, or a new one (with its cookies set on the response). */
  open(req: Request, res: Response): Session {
    const cookies = parseCookies(req.headers.cookie);
    const known = cookies[SESSION_COOKIE] ? this.sessions.get(cookies[SESSION_COOKIE]) : undefined;
    const session = known ?? this.create();
    this.touch(session);
    if (!known || cookies[CSRF_COOKIE] !== this.tokenFor(session.id)) this.setCookies(req, res, session);
    return session;
  }

  /** The session of a form POST, or null when its CSRF token is missing or does not match. */
  verify(req: Request): Session | null {
    const cookies = parseCookies(req.headers.cookie);
    const sid = cookies[SESSION_COOKIE];
    const cookieToken = cookies[CSRF_COOKIE];
    const body = req.body as Record<string, unknown> | undefined;
    const fieldToken = typeof body?.[CSRF_FIELD] === 'string' ? (body[CSRF_FIELD] as string) : undefined;
    if (!sid || !cookieToken || !fieldToken) return null;
    if (!sameSecret(fieldToken, cookieToken) || !sameSecret(cookieToken, this.tokenFor(sid))) return null;
    const session = this.sessions.get(sid) ?? this.restore(sid);
    this.touch(session);
    return session;
  }

  /** The language a request's session chose, for pages that have no session at hand (errors). */
  langOf(req: Request): Lang {
    const sid = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    const chosen = sid ? this.sessions.get(sid)?.lang : null;
    return chosen ?? langFromLocale(req.headers['accept-language']?.split(',')[0]);
  }

  addTurn(session: Session, said: string, reply: Reply): Turn {
    const turn = { id: session.nextTurn++, said, reply };
    session.turns.push(turn);
    if (session.turns.length > MAX_TURNS) session.turns.splice(0, session.turns.length - MAX_TURNS);
    return turn;
  }

  private create(): Session {
    return this.restore(randomBytes(24).toString('base64url'));
  }

  /** A session id whose token verified but that this process forgot (evicted): start it afresh. */
  private restore(id: string): Session {
    const session: Session = { id, lang: null, turns: [], nextTurn: 1 };
    this.sessions.set(id, session);
    return session;
  }

  private touch(session: Session): void {
    this.sessions.delete(session.id);
    this.sessions.set(session.id, session);
    while (this.sessions.size > MAX_SESSIONS) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
  }

  private setCookies(req: Request, res: Response, session: Session): void {
    const options = { httpOnly: true, sameSite: 'strict' as const, secure: cameOverHttps(req), path: '/' };
    res.cookie(SESSION_COOKIE, session.id, options);
    res.cookie(CSRF_COOKIE, this.tokenFor(session.id), options);
  }
}
