/**
 * How an error is described in a log line or an operator's message: its class, its code and where it was
 * thrown, never its message. A message may carry what a person typed (a zod issue echoes the input), a
 * document's text, a SQL value or a token in a URL; a name and a code do not. Every log line about an
 * error uses this one description, so whether text reaches the logs never depends on which copy runs.
 */
export type ErrorDescription = {
  /** The error's class (`SqliteError`, `TypeError`), or the type of whatever was thrown. */
  name: string;
  /** A machine code when the error has one (`SQLITE_BUSY`, `ECONNREFUSED`, `slack_webapi_platform_error`). */
  code?: string;
  /** An HTTP status the error carries (a platform's answer). */
  status?: number;
  /** The first frame of the stack that is our own code: `file.ts:12`, without any message. */
  at?: string;
};

const CODE = /^[A-Za-z][\w.-]{0,63}$/;

export function describeError(error: unknown): ErrorDescription {
  if (!(error instanceof Error)) return { name: error === null ? 'null' : typeof error };
  const description: ErrorDescription = { name: safeName(error) };
  const { code, status, statusCode } = error as { code?: unknown; status?: unknown; statusCode?: unknown };
  // Only identifier-like codes: some libraries put a sentence (or the input) in `code`.
  if (typeof code === 'string' && CODE.test(code)) description.code = code;
  if (typeof code === 'number' && Number.isInteger(code)) description.code = String(code);
  const httpStatus = typeof status === 'number' ? status : statusCode;
  if (typeof httpStatus === 'number' && Number.isInteger(httpStatus)) description.status = httpStatus;
  const at = firstFrame(error);
  if (at) description.at = at;
  return description;
}

/** The description on one line, for a sentence to an operator: `SqliteError SQLITE_BUSY at store.ts:40`. */
export function describeErrorText(error: unknown): string {
  const d = describeError(error);
  return [d.name, d.code, d.status, d.at ? `at ${d.at}` : undefined].filter((p) => p !== undefined).join(' ');
}

/** What a stored failure reason or an alert says about an exception: its name and code only. */
export function errorReason(error: unknown): string {
  const d = describeError(error);
  return d.code ? `${d.name} ${d.code}` : d.name;
}

/**
 * The message itself, for the one place it is wanted: a sentence to the operator at the terminal or at
 * start-up (a port in use, a database from a newer version), before any person's text is in play. Never
 * for a log line written while requests are served.
 */
export function operatorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function safeName(error: Error): string {
  const name = error.name || error.constructor?.name || 'Error';
  return CODE.test(name) ? name : 'Error';
}

/**
 * The first frame of our own code as `file:line`. The stack begins with the message (which may span
 * lines), so only what follows it is read, and only `at …` frame lines.
 */
function firstFrame(error: Error): string | undefined {
  const stack = error.stack;
  if (!stack) return undefined;
  const header = `${error.name}: ${error.message}`;
  const frames = stack.startsWith(header)
    ? stack.slice(header.length)
    : stack.slice(stack.indexOf('\n    at '));
  for (const line of frames.split('\n')) {
    if (!/^\s+at /.test(line)) continue;
    const match = /\(?((?:file:\/\/)?[^\s()]+?):(\d+):\d+\)?\s*$/.exec(line.trim());
    if (!match || match[1]!.includes('node_modules') || match[1]!.startsWith('node:')) continue;
    return `${match[1]!.split('/').slice(-2).join('/')}:${match[2]}`;
  }
  return undefined;
}
