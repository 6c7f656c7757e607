/**
 * A file that cannot be turned into text. `reason` is a short English phrase meant for the operator
 * (it is what `/healthz` lists under `skipped[].reason`), e.g. "not a valid PDF (file is truncated)".
 */
export class DocumentReadError extends Error {
  override readonly name = 'DocumentReadError';
  readonly reason: string;

  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.reason = reason;
  }
}
