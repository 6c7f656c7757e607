import { expect } from 'vitest';
import { DocumentReadError } from '../../src/knowledge/formats/index.js';

/** The reason a conversion was refused with; fails the test when it was not refused that way. */
export async function readErrorReason(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentReadError);
  return (error as DocumentReadError).reason;
}
