import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../../src/config/config.js';
import { fixedClock } from '../../src/core/clock.js';
import type { Logger } from '../../src/core/logger.js';
import { createSqliteStore } from '../../src/registry/index.js';
import type { Referral, Subscription } from '../../src/registry/model.js';
import type { Store } from '../../src/registry/store.js';
import { caseNumberKey } from '../../src/text/case-number.js';

export const ZONE = 'Europe/Stockholm';
export const CONFIG: Pick<Config, 'timeZone' | 'admins'> = { timeZone: ZONE, admins: ['slack:T1:UADMIN'] };

/** A temporary data directory with an SQLite file; removed by `cleanup`. */
export function tempDb(): { dir: string; file: string; open: () => Store; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-notify-'));
  const file = path.join(dir, 'utblick.sqlite');
  return {
    dir,
    file,
    open: () => createSqliteStore(file),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export async function addReferral(
  store: Store,
  fields: { dnr: string; title: string; due: string | null; ourBody?: string; sender?: string },
  at = '2026-08-03T07:00:00.000Z',
): Promise<Referral> {
  return store.addReferral(
    {
      dnr: fields.dnr,
      dnrKey: caseNumberKey(fields.dnr),
      title: fields.title,
      due: fields.due,
      ourBody: fields.ourBody ?? null,
      sender: fields.sender ?? 'Kommunstyrelsen',
    },
    { by: 'cli:anna', at },
  );
}

export async function subscribe(
  store: Store,
  conversation: string,
  options: { offsets?: number[]; digest?: boolean; bodyFilter?: string } = {},
  at = '2026-08-03T07:00:00.000Z',
): Promise<Subscription> {
  return store.upsertSubscription(
    {
      conversation,
      ...(options.offsets ? { offsets: options.offsets } : {}),
      digest: options.digest ?? false,
      bodyFilter: options.bodyFilter ?? null,
    },
    { by: 'slack:T1:U1', at },
  );
}

/** A logger that keeps its lines, to check what reaches the log (and what must not). */
export function memoryLogger(): Logger & { lines: { level: string; msg: string; fields?: unknown }[] } {
  const lines: { level: string; msg: string; fields?: unknown }[] = [];
  const at = (level: string) => (msg: string, fields?: Record<string, unknown>) => {
    lines.push({ level, msg, fields });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export const clockAt = fixedClock;

/** A referral record as the store returns it, for the pure planner. */
export function referralRecord(fields: Partial<Referral> & { id: number; due: string | null }): Referral {
  return {
    dnr: `KS 2026/${fields.id}`,
    dnrKey: `ks2026${fields.id}`,
    title: `Remiss nummer ${fields.id}`,
    sender: 'Kommunstyrelsen',
    recipients: [],
    ourBody: null,
    received: null,
    caseOfficer: null,
    status: 'open',
    statusBy: null,
    statusByName: null,
    statusAt: null,
    sourceDoc: null,
    sourceHash: null,
    sourceState: null,
    extracted: null,
    overridden: [],
    sourceCase: null,
    extractorVersion: null,
    otherDnrs: [],
    createdBy: 'cli:anna',
    createdAt: '2026-08-03T07:00:00.000Z',
    updatedAt: '2026-08-03T07:00:00.000Z',
    ...fields,
  };
}

export function subscriptionRecord(fields: Partial<Subscription> & { id: number }): Subscription {
  return {
    conversation: `slack:T1:C${fields.id}`,
    bodyFilter: null,
    offsets: [14, 7, 2, 0],
    digest: false,
    createdBy: 'slack:T1:U1',
    createdAt: '2026-08-03T07:00:00.000Z',
    updatedAt: '2026-08-03T07:00:00.000Z',
    ...fields,
  };
}
