import { createInterface } from 'node:readline';

/** What a CLI command may touch, injected so that tests run commands in-process. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => AsyncIterable<string>;
  env: Record<string, string | undefined>;
  cwd: string;
};

// C0 controls except tab and newline, DEL and the C1 controls (ESC sequences, CSI), and a carriage return
// that is not part of a CRLF line end (CSV for Excel ends lines with CRLF; a bare one overwrites the line).
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

/**
 * Text from users and documents must not drive the terminal (colour, cursor, title, a carriage return that
 * overwrites the line): each control character is shown as its `\uXXXX` escape. In JSON output that is the
 * same escape JSON uses, so the data is unchanged.
 */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The same io, with everything written made terminal-safe. */
export function terminalSafeIo(io: CliIo): CliIo {
  return { ...io, stdout: (t) => io.stdout(terminalSafe(t)), stderr: (t) => io.stderr(terminalSafe(t)) };
}

export function stdinLines(): AsyncIterable<string> {
  return createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
}
