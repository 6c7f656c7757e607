import fs from 'node:fs';
import type { DeliveryAdapter, DeliveryResult } from '../../src/core/delivery.js';
import type { Reply } from '../../src/core/reply.js';

export type Delivered = { reference: string; reply: Reply };

/**
 * A delivery adapter that records what it was asked to send and can fail on demand: the stand-in for
 * Slack's and Microsoft's servers. With `recordFile`, every delivery is also appended to a file as one
 * JSON line, so that ticks in other processes can be counted together.
 */
export class RecordingDelivery implements DeliveryAdapter {
  readonly delivered: Delivered[] = [];
  private readonly failures: { permanent: boolean; reason: string; throws?: boolean }[] = [];

  constructor(
    readonly platform: DeliveryAdapter['platform'] = 'slack',
    private readonly options: { prefix?: string; recordFile?: string; delayMs?: number } = {},
  ) {}

  /** The next `times` sends fail (temporarily unless `permanent`), or throw when `throws`. */
  failNext(failure: { permanent?: boolean; reason?: string; throws?: boolean } = {}, times = 1): void {
    for (let i = 0; i < times; i += 1) {
      this.failures.push({
        permanent: failure.permanent ?? false,
        reason: failure.reason ?? 'ratelimited',
        ...(failure.throws ? { throws: true } : {}),
      });
    }
  }

  owns(reference: string): boolean {
    return reference.startsWith(this.options.prefix ?? `${this.platform}:`);
  }

  async send(reference: string, reply: Reply): Promise<DeliveryResult> {
    if (this.options.delayMs) await new Promise((resolve) => setTimeout(resolve, this.options.delayMs));
    const failure = this.failures.shift();
    if (failure?.throws) throw new Error('socket hang up');
    if (failure) return { ok: false, permanent: failure.permanent, reason: failure.reason };
    this.delivered.push({ reference, reply });
    if (this.options.recordFile) {
      fs.appendFileSync(
        this.options.recordFile,
        `${JSON.stringify({ reference, summary: reply.summary })}\n`,
      );
    }
    return { ok: true, messageId: `m${this.delivered.length}` };
  }
}

export function readRecordFile(file: string): { reference: string; summary: string }[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { reference: string; summary: string });
}
