import type { Clock } from '../core/clock.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import {
  REFERRAL_EXTRACTED_FIELDS,
  type Referral,
  type ReferralExtractedField,
  type ReferralFields,
} from '../registry/model.js';
import type { Change, ReferralPatch, Store, StoreWrites } from '../registry/store.js';
import { caseNumberKey, stripCaseNumberLabel } from '../text/case-number.js';

/** The actor recorded in the audit log for changes that come from the documents. */
export const KNOWLEDGE_ACTOR = 'system:knowledge';

export type SyncResult = {
  added: Referral[];
  changed: { referral: Referral; fields: string[] }[];
  /** Referrals whose document disappeared: they stay in the register, marked. */
  removed: Referral[];
  /** Referral documents without a case number, which cannot become records. */
  skipped: string[];
};

/**
 * What a referral document says, field by field; null when it has no case number. A confidential
 * document (indexed only with `UTBLICK_INDEX_CONFIDENTIAL`) gives a record like any other: the fields
 * are what a public authority's register (diarium) shows for a secret document too — case number,
 * title, sender, bodies, dates, case officer — and never a sentence of its text, so the notices and
 * lists built from the record quote nothing from it.
 */
export function extractReferral(doc: KnowledgeDocument): ReferralFields | null {
  const m = doc.meta;
  if (m.kind !== 'referral' || !m.dnr) return null;
  return {
    dnr: stripCaseNumberLabel(m.dnr),
    title: m.title.trim() || doc.id,
    sender: m.sender?.name ?? null,
    recipients: m.recipients?.names ?? [],
    ourBody: m.addressee,
    received: m.date,
    due: m.deadline?.date ?? null,
    caseOfficer: m.caseOfficer?.name ?? null,
  };
}

/**
 * Turns every referral document into a referral record, idempotently: running it twice on the same
 * documents changes nothing. Fields a person changed by command (`overridden`) are never overwritten;
 * the new extracted value is still recorded in `extracted`, so the audit log shows both. A referral
 * whose document disappears stays (it is a public record) and is marked `removed`.
 */
export function syncReferralsFromDocuments(
  store: Store,
  documents: KnowledgeDocument[],
  clock: Clock,
): Promise<SyncResult> {
  const change: Change = { by: KNOWLEDGE_ACTOR, at: clock.now().toISOString() };
  return store.transaction(async (tx) => {
    const result: SyncResult = { added: [], changed: [], removed: [], skipped: [] };
    const seenDocs = new Set<string>();
    for (const doc of documents) {
      if (doc.meta.kind !== 'referral') continue;
      const fields = extractReferral(doc);
      if (!fields) {
        result.skipped.push(doc.id);
        continue;
      }
      seenDocs.add(doc.id);
      await syncOne(tx, doc, fields, change, result);
    }
    for (const referral of await tx.listReferrals()) {
      if (!referral.sourceDoc || seenDocs.has(referral.sourceDoc) || referral.sourceState === 'removed')
        continue;
      const marked = await tx.updateReferral(
        referral.id,
        { sourceState: 'removed' },
        change,
        'referral.source_removed',
      );
      if (marked) result.removed.push(marked);
    }
    return result;
  });
}

async function syncOne(
  tx: StoreWrites,
  doc: KnowledgeDocument,
  fields: ReferralFields,
  change: Change,
  result: SyncResult,
): Promise<void> {
  const key = caseNumberKey(fields.dnr);
  const existing = await tx.getReferralByKey(key);
  if (!existing) {
    const added = await tx.addReferral(
      {
        ...fields,
        dnrKey: key,
        sourceDoc: doc.id,
        sourceHash: doc.hash,
        sourceState: 'present',
        extracted: fields,
      },
      change,
      'referral.extract',
    );
    result.added.push(added);
    return;
  }
  const patch: ReferralPatch = {};
  const changedFields: string[] = [];
  for (const field of REFERRAL_EXTRACTED_FIELDS) {
    if (existing.overridden.includes(field)) continue;
    if (!sameValue(existing[field], fields[field])) {
      setField(patch, field, fields[field]);
      changedFields.push(field);
    }
  }
  if (!sameValue(existing.extracted, fields)) patch.extracted = fields;
  if (existing.sourceDoc !== doc.id) patch.sourceDoc = doc.id;
  if (existing.sourceHash !== doc.hash) patch.sourceHash = doc.hash;
  const documentChanged = existing.sourceHash !== null && existing.sourceHash !== doc.hash;
  const state = documentChanged || existing.sourceState === 'changed' ? 'changed' : 'present';
  if (existing.sourceState !== state) patch.sourceState = state;
  if (Object.keys(patch).length === 0) return;
  const updated = await tx.updateReferral(existing.id, patch, change, 'referral.extract');
  if (
    updated &&
    (changedFields.length > 0 || patch.sourceState !== undefined || patch.extracted !== undefined)
  ) {
    result.changed.push({ referral: updated, fields: changedFields });
  }
}

function setField(patch: ReferralPatch, field: ReferralExtractedField, value: unknown): void {
  (patch as Record<string, unknown>)[field] = value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
