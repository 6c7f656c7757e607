import type { Clock } from '../core/clock.js';
import type { Lang } from '../core/lang.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import { analyzeText } from '../search/analyzer.js';
import type { Lexicon } from '../search/lexicon.js';
import { analyzeQuestion } from '../search/query.js';
import type { SearchIndex } from '../search/search-index.js';
import {
  composeAbstention,
  composeDeadlineList,
  composeListAnswer,
  composeMetadataAnswer,
  composePassageAnswer,
  composeSignatoryAnswer,
  localToday,
} from './compose.js';
import { isMetadataIntent, recognizeIntent } from './intent.js';
import { detectLanguage } from './language.js';
import { clampQuote } from './quote.js';
import {
  conceptMatch,
  rankPassages,
  type ScoredPassage,
  type WeightedConcept,
  weighConcepts,
} from './rank.js';
import type { AnswerResult, AskOptions, Citation } from './types.js';

/** Below this share of the question's topic weight, the best passage does not answer it. */
const MIN_COVERAGE = 0.62;

/** "Is there …?" / "Finns det …?" is answered by the sentence that says something exists ("finns"). */
const EXISTENCE_QUESTION = /^\s*(is|are|was|were) there\b|^\s*(finns|fanns)\b|\bfinns det\b/i;

function existenceCue(index: SearchIndex): WeightedConcept[] {
  const cue = {
    surface: 'finns',
    alternatives: [{ stems: ['finn'], quality: 1, source: 'word' as const }],
    isName: false,
    nounish: false,
    lang: 'sv' as const,
  };
  return weighConcepts(index, [cue], 'yes_no').map((w) => ({ ...w, generic: true, weight: 1 }));
}

/** An abstention cites nothing, so it draws on no confidential document. */
const NONE = { abstained: true, confidential: false, citations: [] as Citation[] };

export type AnswerEngineOptions = { clock: Clock; timeZone: string };

/**
 * Answers a question from the indexed documents: recognises what it asks, finds the passage and the
 * sentence that answer it, and declines when the evidence is weak.
 */
export class AnswerEngine {
  constructor(
    private readonly index: SearchIndex,
    private readonly documents: KnowledgeDocument[],
    private readonly lexicon: Lexicon,
    private readonly options: AnswerEngineOptions,
  ) {}

  answer(question: string, options: AskOptions = {}): AnswerResult {
    const result = this.answerText(question, options.lang);
    return {
      ...result,
      clarify: [],
      cases: result.abstained ? [] : casesOf(this.documents, result.citations),
    };
  }

  private answerText(question: string, forcedLang?: Lang): Omit<AnswerResult, 'clarify' | 'cases'> {
    const text = question.normalize('NFC').trim();
    const lang = forcedLang ?? detectLanguage(text);
    const intent = recognizeIntent(text);
    const weighted = weighConcepts(this.index, analyzeQuestion(text, lang, this.lexicon), intent);
    if (EXISTENCE_QUESTION.test(text)) weighted.push(...existenceCue(this.index));
    const base = { question: text, lang, intent };
    if (this.documents.length === 0) return { ...base, ...NONE, answer: composeAbstention(lang, []) };

    if (isMetadataIntent(intent)) {
      const metadata = this.answerFromMetadata(weighted, base);
      if (metadata) return metadata;
    }
    if (intent === 'who') {
      const signatory = this.answerFromSignatories(weighted, base);
      if (signatory) return signatory;
    }
    const ranked = rankPassages(this.index, weighted);
    const best = ranked[0];
    if (!best || this.isWeak(weighted, best)) {
      return { ...base, ...NONE, answer: composeAbstention(lang, this.documents) };
    }
    const citations = this.citations(ranked);
    const list = listAsked(best);
    return {
      ...base,
      abstained: false,
      // The answer and the quote come from the best passage; the other citations are only references.
      confidential: citations[0]!.confidential,
      answer:
        list && list.items.length > 1
          ? composeListAnswer(list.heading, list.items)
          : composePassageAnswer(lang, intent, citations[0]!, this.lexicon),
      citations,
    };
  }

  private isWeak(weighted: WeightedConcept[], best: ScoredPassage): boolean {
    const topic = weighted.filter((w) => !w.generic);
    if (topic.length === 0) return true;
    // The question names something (a noun or a name) that no document mentions: it is about something else.
    // An English word the lexicon cannot translate is unknown rather than absent: it does not decide alone.
    const untranslated = (w: WeightedConcept) =>
      w.concept.lang === 'en' && !w.concept.alternatives.some((a) => a.source === 'lexicon');
    if (topic.some((w) => w.absent && (w.concept.isName || (w.concept.nounish && !untranslated(w)))))
      return true;
    return best.coverage < MIN_COVERAGE;
  }

  private citations(ranked: ScoredPassage[]): Citation[] {
    const top = ranked[0]!.score;
    return ranked
      .filter((r) => r.score >= top * 0.5)
      .slice(0, 3)
      .map((r) => this.citation(r));
  }

  private citation(r: ScoredPassage): Citation {
    const { passage, doc } = r.entry;
    return {
      doc: doc.id,
      title: doc.meta.title,
      dnr: doc.meta.dnr,
      section: passage.section,
      quote: clampQuote(r.sentence),
      score: Math.round(r.score * 1000) / 1000,
      passageId: passage.id,
      replacedBy: doc.meta.replacedBy,
      confidential: doc.meta.confidential !== null,
    };
  }

  private listDeadlines(
    docs: KnowledgeDocument[],
    base: Pick<AnswerResult, 'question' | 'lang' | 'intent'>,
  ): Omit<AnswerResult, 'clarify' | 'cases'> {
    const today = localToday(this.options);
    const upcoming = docs
      .filter((d) => d.meta.deadline !== null)
      .sort((a, b) => {
        const da = a.meta.deadline!.date;
        const db = b.meta.deadline!.date;
        // Upcoming deadlines first (nearest first), then passed ones (latest first).
        if (da >= today !== db >= today) return da >= today ? -1 : 1;
        return da >= today ? da.localeCompare(db) : db.localeCompare(da);
      })
      .slice(0, 5);
    const citations: Citation[] = upcoming.map((doc) => {
      const evidence = doc.meta.deadline!;
      const passage = doc.passages.find((p) => p.id === evidence.passageId);
      return {
        doc: doc.id,
        title: doc.meta.title,
        dnr: doc.meta.dnr,
        section: passage?.section ?? null,
        quote: clampQuote(evidence.sentence),
        score: 1,
        passageId: evidence.passageId,
        replacedBy: doc.meta.replacedBy,
        confidential: doc.meta.confidential !== null,
      };
    });
    // The list names every document's title and date: one confidential document makes it confidential.
    const confidential = citations.some((c) => c.confidential);
    return {
      ...base,
      abstained: false,
      confidential,
      answer: composeDeadlineList(base.lang, upcoming),
      citations,
    };
  }

  /** "Who is the district director?" — a signatory whose role the question names. */
  private answerFromSignatories(
    weighted: WeightedConcept[],
    base: Pick<AnswerResult, 'question' | 'lang' | 'intent'>,
  ): Omit<AnswerResult, 'clarify' | 'cases'> | null {
    const topic = weighted.filter((w) => !w.generic);
    const total = topic.reduce((sum, w) => sum + w.weight, 0);
    if (topic.length === 0 || total === 0) return null;
    for (const doc of this.documents) {
      for (const signatory of doc.meta.signatories) {
        if (!signatory.role) continue;
        const bag = new Set(analyzeText(signatory.role));
        const covered = topic.reduce((sum, w) => sum + w.weight * conceptMatch(w, bag), 0);
        if (covered / total < MIN_COVERAGE) continue;
        const passage =
          doc.passages.find((p) => p.text === signatory.role) ??
          doc.passages.find((p) => p.text === signatory.name);
        const citation: Citation = {
          doc: doc.id,
          title: doc.meta.title,
          dnr: doc.meta.dnr,
          section: passage?.section ?? null,
          quote: `${signatory.name}, ${signatory.role}`,
          score: Math.round((covered / total) * 1000) / 1000,
          passageId: passage?.id ?? doc.passages[0]!.id,
          replacedBy: doc.meta.replacedBy,
          confidential: doc.meta.confidential !== null,
        };
        return {
          ...base,
          abstained: false,
          confidential: citation.confidential,
          answer: composeSignatoryAnswer(base.lang, signatory, doc),
          citations: [citation],
        };
      }
    }
    return null;
  }

  /** Deadline, case number, case officer, recipients and sender come from the extracted metadata. */
  private answerFromMetadata(
    weighted: WeightedConcept[],
    base: Pick<AnswerResult, 'question' | 'lang' | 'intent'>,
  ): Omit<AnswerResult, 'clarify' | 'cases'> | null {
    const topic = weighted.filter((w) => !w.generic);
    const candidates = this.documents.filter((d) => hasMetadata(d, base.intent));
    if (candidates.length === 0) return null;
    const scored = candidates
      .map((doc) => ({ doc, coverage: documentCoverage(this.index, doc, topic) }))
      .sort(
        (a, b) =>
          b.coverage - a.coverage ||
          (b.doc.meta.deadline?.date ?? '').localeCompare(a.doc.meta.deadline?.date ?? ''),
      );
    const best = scored[0]!;
    const tied = scored.filter((s) => s.coverage === best.coverage);
    // "When is the reply due?" with several referrals and nothing to tell them apart: list them.
    if (base.intent === 'deadline' && tied.length > 1)
      return this.listDeadlines(
        tied.map((s) => s.doc),
        base,
      );
    if (topic.length > 0 && best.coverage < MIN_COVERAGE) {
      return { ...base, ...NONE, answer: composeAbstention(base.lang, this.documents) };
    }
    const composed = composeMetadataAnswer(base.lang, base.intent, best.doc, this.options, this.lexicon);
    if (!composed) return null;
    const passage = best.doc.passages.find((p) => p.id === composed.evidence.passageId);
    const citation: Citation = {
      doc: best.doc.id,
      title: best.doc.meta.title,
      dnr: best.doc.meta.dnr,
      section: passage?.section ?? null,
      quote: clampQuote(composed.evidence.sentence),
      score: Math.round(best.coverage * 1000) / 1000,
      passageId: composed.evidence.passageId,
      replacedBy: best.doc.meta.replacedBy,
      confidential: best.doc.meta.confidential !== null,
    };
    return {
      ...base,
      abstained: false,
      confidential: citation.confidential,
      answer: composed.answer,
      citations: [citation],
    };
  }
}

/**
 * The list the question asked for: the best match is a list's introducing sentence ("… läggs följande
 * riktlinjer fast:"), or a list item that matched through its heading or lead rather than its own words.
 */
function listAsked(best: ScoredPassage): { heading: string; items: string[] } | null {
  const { passage, doc } = best.entry;
  if (passage.kind === 'paragraph' && passage.text.trim().endsWith(':')) {
    const items = doc.passages
      .filter((p) => p.kind === 'list_item' && p.lead === passage.text)
      .map((p) => p.text);
    return { heading: passage.text, items };
  }
  if (passage.kind !== 'list_item' || !best.viaContext) return null;
  const items = doc.passages
    .filter((p) => p.kind === 'list_item' && p.section === passage.section && p.lead === passage.lead)
    .map((p) => p.text);
  return { heading: passage.lead ?? passage.section ?? '', items };
}

function hasMetadata(doc: KnowledgeDocument, intent: string): boolean {
  const m = doc.meta;
  switch (intent) {
    case 'deadline':
      return m.deadline !== null;
    case 'case_number':
      return m.dnr !== null;
    case 'case_officer':
      return m.caseOfficer !== null;
    case 'recipients':
      return m.recipients !== null || m.addressee !== null;
    case 'title':
      return true;
    case 'sender':
      return m.sender !== null;
    case 'signatories':
      return m.signatories.length > 0;
    default:
      return false;
  }
}

/** The share of topic weight met anywhere in the document (title included). */
function documentCoverage(index: SearchIndex, doc: KnowledgeDocument, topic: WeightedConcept[]): number {
  if (topic.length === 0) return 1;
  const entries = index.entriesOf(doc);
  const bag = {
    has: (term: string) => entries.some((e) => e.terms.has(term) || e.context.has(term) || e.title.has(term)),
  };
  const total = topic.reduce((s, w) => s + w.weight, 0);
  const covered = topic.reduce((s, w) => s + w.weight * conceptMatch(w, bag), 0);
  return total > 0 ? covered / total : 0;
}

/** The cases the citations fall in, the top citation's first. */
function casesOf(documents: KnowledgeDocument[], citations: Citation[]): string[] {
  const ids: string[] = [];
  for (const citation of citations) {
    const doc = documents.find((d) => d.id === citation.doc);
    const ordinal = doc?.passages.find((p) => p.id === citation.passageId)?.ordinal;
    const found = doc?.cases.find(
      (c) => ordinal !== undefined && ordinal >= c.passages.from && ordinal < c.passages.to,
    );
    if (found && !ids.includes(found.id)) ids.push(found.id);
  }
  return ids;
}
