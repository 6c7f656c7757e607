import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/core/logger.js';
import { describeErrorText } from '../../src/observability/error-description.js';

const MAX_MESSAGE = 300;

/**
 * Bolt's and the Web API client's logs, passed to our logger without payloads: only strings (shortened)
 * and the code/name/status of error objects survive, so tokens, secrets and message text are never logged.
 * Debug output is dropped: it can contain request bodies.
 */
export function createBoltLogger(logger: Logger): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  const write = (lvl: 'info' | 'warn' | 'error', args: unknown[]) => {
    const text = args
      .filter((arg): arg is string => typeof arg === 'string')
      .join(' ')
      .slice(0, MAX_MESSAGE);
    const errors = args.filter((arg) => arg !== null && typeof arg === 'object').map(describe);
    logger[lvl](`slack: ${text}`, errors.length > 0 ? { errors } : undefined);
  };
  return {
    debug() {},
    info: (...args: unknown[]) => write('info', args),
    warn: (...args: unknown[]) => write('warn', args),
    error: (...args: unknown[]) => write('error', args),
    setLevel(next: LogLevel) {
      level = next;
    },
    getLevel: () => level,
    setName() {},
  };
}

/**
 * The identifying parts of an error, never its data: the shared description (src/observability) plus
 * what Slack's errors add, Slack's own error code (`channel_not_found`) and the code of the cause.
 */
export function describe(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object') return { value: typeof value };
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = { error: describeErrorText(value) };
  if (typeof record.code === 'string') out.code = record.code;
  if (typeof record.statusCode === 'number') out.status = record.statusCode;
  const data = record.data as Record<string, unknown> | undefined;
  if (data && typeof data.error === 'string') out.slackError = data.error;
  const original = record.original as Record<string, unknown> | undefined;
  if (original && typeof original.code === 'string') out.cause = original.code;
  return out;
}
