import type { Clock } from '../core/clock.js';
import { type Case, EXTRACTOR_VERSION } from '../knowledge/case.js';
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
  /** Referrals whose document is there but no longer states them: marked, audited, never reminded of. */
  notRead: Referral[];
  /** Referral cases without a case number (`<doc>#case:<n>`), which cannot become records. */
  skipped: string[];
};

/** A referral case as read from its document. */
export type ReadReferral = {
  doc: KnowledgeDocument;
  case: Case;
  fields: ReferralFields;
  otherDnrs: string[];
};

/**
 * What a referral case says, field by field; null when it is no referral or has no case number. A
 * confidential document (indexed only with `UTBLICK_INDEX_CONFIDENTIAL`) gives a record like any other:
 * the fields are what a public authority's register (diarium) shows for a secret document too — case
 * number, title, sender, bodies, dates, case officer — and never a sentence of its text.
 */
export function extractReferral(doc: KnowledgeDocument, c: Case = doc.cases[0]!): ReadReferral | null {
  if (!c?.referral?.value || !c.dnr) return null;
  return {
    doc,
    case: c,
    fields: {
      dnr: stripCaseNumberLabel(c.dnr.value),
      title: (c.title?.value ?? doc.meta.title).trim() || doc.id,
      sender: c.sender?.value ?? null,
      recipients: c.recipients?.value ?? [],
      ourBody: doc.meta.addressee,
      received: c.date?.value ?? null,
      due: c.deadline?.value ?? null,
      caseOfficer: c.caseOfficer?.value.name ?? null,
    },
    otherDnrs: c.otherDnrs,
  };
}

/** Every referral case of the documents, once per case number: the first document to state it wins. */
export function referralCases(documents: KnowledgeDocument[]): { read: ReadReferral[]; skipped: string[] } {
  const read: ReadReferral[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const doc of documents) {
    for (const c of doc.cases) {
      if (!c.referral?.value) continue;
      const one = extractReferral(doc, c);
      if (!one) {
        skipped.push(c.id);
        continue;
      }
      const key = caseNumberKey(one.fields.dnr);
      if (seen.has(key)) continue;
      seen.add(key);
      read.push(one);
    }
  }
  return { read, skipped };
}

/**
 * Brings the referral register in line with what the documents state, per (document, case) and
 * idempotently: running it twice on the same documents changes nothing. Fields a person changed by
 * command (`overridden`) are never overwritten; the new extracted value is still recorded in
 * `extracted`, so the audit log shows both. A record written by a newer extractor is left alone. A
 * referral whose document disappears stays (it is a public record) and is marked `removed`; one whose
 * document is there but no longer states it is marked `not_read`, and no reminder goes out about it
 * unless a person vouched for it.
 */
export function syncReferralsFromDocuments(
  store: Store,
  documents: KnowledgeDocument[],
  clock: Clock,
): Promise<SyncResult> {
  const change: Change = { by: KNOWLEDGE_ACTOR, at: clock.now().toISOString() };
  return store.transaction(async (tx) => {
    const { read, skipped } = referralCases(documents);
    const result: SyncResult = { added: [], changed: [], removed: [], notRead: [], skipped };
    const readKeys = new Set<string>();
    for (const one of read) {
      readKeys.add(caseNumberKey(one.fields.dnr));
      await syncOne(tx, one, change, result);
    }
    const present = new Set(documents.map((d) => d.id));
    for (const referral of await tx.listReferrals()) {
      if (!referral.sourceDoc || readKeys.has(referral.dnrKey)) continue;
      if ((referral.extractorVersion ?? 0) > EXTRACTOR_VERSION) continue;
      if (present.has(referral.sourceDoc)) {
        if (referral.sourceState === 'not_read' || referral.sourceState === 'removed') continue;
        const marked = await tx.updateReferral(
          referral.id,
          { sourceState: 'not_read', extractorVersion: EXTRACTOR_VERSION },
          change,
          'referral.not_read',
        );
        if (marked) result.notRead.push(marked);
        continue;
      }
      if (referral.sourceState === 'removed') continue;
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
  one: ReadReferral,
  change: Change,
  result: SyncResult,
): Promise<void> {
  const { doc, fields } = one;
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
        sourceCase: one.case.id,
        extractorVersion: EXTRACTOR_VERSION,
        otherDnrs: one.otherDnrs,
        extracted: fields,
      },
      change,
      'referral.extract',
    );
    result.added.push(added);
    return;
  }
  // A record a newer extractor wrote is never overwritten by an older one.
  if ((existing.extractorVersion ?? 0) > EXTRACTOR_VERSION) return;
  const patch: ReferralPatch = {};
  const changedFields: string[] = [];
  for (const field of REFERRAL_EXTRACTED_FIELDS) {
    if (existing.overridden.includes(field)) continue;
    if (!sameValue(existing[field], fields[field])) {
      setField(patch, field, fields[field]);
      changedFields.push(field);
    }
  }
  if (!sameValue(existing.otherDnrs, one.otherDnrs)) {
    patch.otherDnrs = one.otherDnrs;
    changedFields.push('otherDnrs');
  }
  if (!sameValue(existing.extracted, fields)) patch.extracted = fields;
  if (existing.sourceDoc !== doc.id) patch.sourceDoc = doc.id;
  if (existing.sourceCase !== one.case.id) patch.sourceCase = one.case.id;
  if (existing.extractorVersion !== EXTRACTOR_VERSION) patch.extractorVersion = EXTRACTOR_VERSION;
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
