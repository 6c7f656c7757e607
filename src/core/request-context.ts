import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What every log line written while handling one request carries, without anyone passing it around. */
export type RequestContext = { reqId: string };

const storage = new AsyncLocalStorage<RequestContext>();

/** The context of the request being handled, if any. */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** Runs `fn` (and everything it starts asynchronously) as part of the request `reqId`. */
export function runInRequest<T>(reqId: string, fn: () => T): T {
  return storage.run({ reqId }, fn);
}

/**
 * An incoming `X-Request-Id` is kept when it is sane (a proxy's or load balancer's id, so that lines can
 * be matched across systems): short, and only letters, digits and `._:-`. Anything else is replaced,
 * because the id ends up in every log line and in a response header.
 */
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SANE_ID.test(value) ? value : randomUUID();
}
