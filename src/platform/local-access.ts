import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * The local-access rule of DESIGN.md, shared by the web pages and the Teams endpoint in local mode:
 * a request is let through when its socket address is loopback and it carries no proxy header, or when
 * it presents the configured web token (`Authorization: Bearer <token>`, a `utblick_token` cookie, or
 * `?token=` once, which sets the cookie).
 */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address;
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

function hasProxyHeader(req: Request): boolean {
  return ['x-forwarded-for', 'forwarded', 'x-real-ip'].some((h) => req.headers[h] !== undefined);
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function presentedToken(req: Request): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const cookie = req.headers.cookie
    ?.split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith('utblick_token='));
  if (cookie) return decodeURIComponent(cookie.slice('utblick_token='.length));
  const query = req.query?.token;
  return typeof query === 'string' ? query : undefined;
}

/**
 * Whether the browser reached us over HTTPS: directly, or through a TLS-terminating proxy that says so
 * (`X-Forwarded-Proto: https`). Cookies are then marked Secure. A client that fakes the header only
 * keeps its own cookies off plain HTTP, so the header needs no trust here.
 */
export function cameOverHttps(req: Request): boolean {
  const forwarded = req.headers['x-forwarded-proto'];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return req.secure || proto === 'https';
}

export function isLocalRequest(req: Request): boolean {
  return isLoopback(req.socket.remoteAddress) && !hasProxyHeader(req);
}

export function localAccess(webToken: string | undefined): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (isLocalRequest(req)) return next();
    const token = presentedToken(req);
    if (webToken && token && sameSecret(token, webToken)) {
      if (typeof req.query?.token === 'string') {
        res.cookie('utblick_token', token, {
          httpOnly: true,
          sameSite: 'strict',
          secure: cameOverHttps(req),
        });
      }
      return next();
    }
    res
      .status(403)
      .type('text/plain; charset=utf-8')
      .send(
        'Utblick svarar bara på anrop från den här datorn, eller med UTBLICK_WEB_TOKEN.\n' +
          'Utblick only answers requests from this computer, or with UTBLICK_WEB_TOKEN.\n',
      );
  };
}
