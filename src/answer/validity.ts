import type { KnowledgeDocument } from '../knowledge/types.js';
import { findDates } from '../text/dates.js';

/**
 * Whether a document is still in force on a date. A document is out of force when another document
 * replaces it, or when it says of itself that it ceases to apply ("Dessa riktlinjer upphör att gälla den
 * 31 december 2026", "Programmet gäller till och med 2026-12-31") and that date has passed.
 */
const SELF =
  /^(?:dessa|denna|detta|riktlinjerna|programmet|policyn|planen|strategin|reglerna|bestämmelserna|these|this)\b/iu;
const ENDS =
  /\b(?:upphör\s+att\s+gälla|gäller\s+till\s+och\s+med|gäller\s+t\.o\.m\.|ceases?\s+to\s+apply|expires?)\s+(?:den\s+|on\s+)?(.{6,30})/iu;

/** The label of a note ("ANTECKNING (införd … 2026-11-25):", "OBS:", "Note:"). */
const NOTE_LABEL = /^(?:anteckning|notering|obs|observera|note|nb|please note)\b[^:]{0,80}:\s*/iu;

/** How many passages at the head of a document are read for a note about the document itself. */
const HEAD = 12;

export type Validity = { inForce: boolean; until: string | null; replacedBy: string | null };

export function validityOf(doc: KnowledgeDocument, today: string): Validity {
  const replacedBy = doc.meta.replacedBy;
  if (doc.meta.status === 'replaced' || replacedBy) return { inForce: false, until: null, replacedBy };
  for (const passage of doc.passages.slice(0, HEAD)) {
    for (const text of passage.text.split(/(?<=[.!?])\s+/)) {
      // A note set above the text says it ("ANTECKNING (införd av stadsledningskontoret 2026-11-25): Dessa
      // riktlinjer upphör att gälla …"): its label is not the sentence's subject.
      const sentence = text.trim().replace(NOTE_LABEL, '');
      if (!SELF.test(sentence)) continue;
      const m = ENDS.exec(sentence);
      const found = m ? findDates(m[1]!, null)[0] : undefined;
      const until = found && !found.inferredYear ? found.date : null;
      if (until) {
        const by = /\bersätts\s+av\s+(.+?)(?:\s*\(|[.]|$)/iu.exec(sentence)?.[1] ?? null;
        return { inForce: until >= today, until, replacedBy: by };
      }
    }
  }
  return { inForce: true, until: null, replacedBy: null };
}
