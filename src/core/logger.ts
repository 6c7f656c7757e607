import { type DestinationStream, pino } from 'pino';
import { currentRequest } from './request-context.js';

/** A minimal structured logger, injected. Never pass personal data or secrets as fields. */
export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

type Level = 'debug' | 'info' | 'warn' | 'error';

/**
 * Field names that may hold what people wrote or who they are. Callers must not log them at all; the
 * redaction is the second line of defence for a field that slips through, at the top level or one
 * level down (`{ input: { text } }`).
 */
const PERSONAL = [
  'text',
  'question',
  'q',
  'answer',
  'summary',
  'userName',
  'userId',
  'user',
  'name',
  'email',
  'token',
  'authorization',
  'cookie',
  'password',
  'secret',
];
export const REDACTED_PATHS = [...PERSONAL, ...PERSONAL.map((field) => `*.${field}`)];

/**
 * JSON lines on stderr (pino), so that stdout stays clean for CLI output. Each line is
 * `{"level":"info","time":"<ISO>","msg":"…",…fields}`, plus `reqId` when it is written while an HTTP
 * request is handled (see src/core/request-context.ts).
 */
export function createLogger(
  level: Level = 'info',
  sink: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Logger {
  const stream: DestinationStream = { write: (line: string) => sink(line.replace(/\n$/, '')) };
  const base = pino(
    {
      level,
      base: null,
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      mixin: () => {
        const request = currentRequest();
        return request ? { reqId: request.reqId } : {};
      },
    },
    stream,
  );
  return {
    debug: (msg, fields) => base.debug(fields ?? {}, msg),
    info: (msg, fields) => base.info(fields ?? {}, msg),
    warn: (msg, fields) => base.warn(fields ?? {}, msg),
    error: (msg, fields) => base.error(fields ?? {}, msg),
  };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
