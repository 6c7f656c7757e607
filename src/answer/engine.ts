import type { Clock } from '../core/clock.js';
import type { Lang } from '../core/lang.js';
import { standingOf } from '../knowledge/agenda-groups.js';
import { askedPaperKind } from '../knowledge/author.js';
import type { AgendaGroup, Author, Case } from '../knowledge/case.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import { BoundedCandidates } from '../search/bounded-candidates.js';
import type { CandidateQuery, CandidateSource } from '../search/candidates.js';
import type { Lexicon } from '../search/lexicon.js';
import { analyzeQuestion, definiteAnBase } from '../search/query.js';
import type { PassageEntry, SearchIndex, TermMatch } from '../search/search-index.js';
import { lowerBound } from '../search/sorted-ids.js';
import { findCaseNumbers, sameCaseNumber } from '../text/case-number.js';
import {
  askedAgendaGroups,
  clarifyOption,
  composeCaseField,
  composeClarify,
  composeMeetingTime,
  type FieldIntent,
  hasAgendaGroups,
  hasField,
  isAgendaCue,
  isFieldIntent,
} from './case-answer.js';
import {
  clamp,
  composeAbstention,
  composeListAnswer,
  composePassageAnswer,
  formatDate,
  localToday,
} from './compose.js';
import { onlyTheCount, oppositeCondition } from './conditions.js';
import { hasCue, statesDate, statesDeadline } from './cues.js';
import {
  CASE_WIDE_INTENTS,
  CASE_WIDE_LIMIT,
  FeatureBuilder,
  heldIn,
  type PassageFacts,
  type SentenceCandidate,
} from './features.js';
import { askedThing, headConcept } from './head.js';
import { type Intent, recognizeIntent } from './intent.js';
import { issuedBy, issuerOf } from './issuer.js';
import { detectLanguage, expandContractions } from './language.js';
import { isMeetingWord, type MeetingAsked, meetingAsked } from './meeting-question.js';
import { t } from './messages.js';
import { type AnswerModel, MODEL } from './model.js';
import { clampQuote } from './quote.js';
import { type WeightedConcept, weighConcepts } from './rank.js';
import { ReferenceIndex, referenceKey, withoutReferences } from './references.js';
import { type RoleHolder, roleHolders } from './role-holder.js';
import { weightedSum } from './score.js';
import { subSections } from './sections.js';
import { outsideSpans, sourceConcepts, sourceSpans, withPreamble } from './source-phrase.js';
import { askedTense } from './tense.js';
import type { AnswerResult, AskOptions, Citation, ClarifyOption } from './types.js';
import { type Validity, validityOf } from './validity.js';
import { askedYears } from './years.js';

export type AnswerEngineOptions = {
  clock: Clock;
  timeZone: string;
  model?: AnswerModel;
  /** Where candidates come from; the bounded source unless a test compares it with the exhaustive one. */
  candidates?: CandidateSource;
};

/** At most this many documents' titles may hold a name or noun for it to single them out (see `titleNamed`). */
const TITLE_NAMED_DOCUMENTS = 3;

/** At most this many passages of a document its title names are read (see `titleNamed`). */
const TITLE_NAMED_PASSAGES = 40;

/** A title's term stands for a name's word at this strength or more: the word itself, not a part of it. */
const TITLE_TERM = 0.85;

/** How many passages the candidate stage hands to the features. */
const CANDIDATES = 60;
/** The presenting vice mayor's opening of a report: it announces all that follows, not one sentence. */
const SPEAKER_OPENING = /^Föredragande\s+borgarråd(?:et|en)\b.*\banför\s+följande\s*[.:]?\s*$/iu;

/** The question speaks of a referral: an answer-type-only question then fits the referral cases. */
const REFERRAL_WORD = /\bremiss\w*|\breferral\w*|\bconsultation\w*/iu;
/** "Is there …?" / "Finns det …?" is answered by the sentence that says something exists ("finns"). */
const EXISTENCE_QUESTION = /^\s*(is|are|was|were) there\b|^\s*(finns|fanns)\b|\bfinns det\b/i;

/**
 * A question about rules that applied earlier, or about what replaced them ("What replaces the 2019
 * guidelines?"): an out-of-force document is then the right source.
 */
const PAST_QUESTION =
  /\b(gamla|tidigare|förra|föregående|upphävda|skulle|gällde|hade|old|previous|former|earlier|used to|was|were|did|had)\b|\b(\d{4}) års\b|\b(från|enligt|of|from|the) \d{4}\b|\b(replac\w*|supersed\w*|ersätt\w*|ersatt\w*|upphör\w*|expired?|no longer|inte längre)\b/iu;

/** Answer types that are a time: their answer names a year of its own. */
const TIME_INTENTS: ReadonlySet<Intent> = new Set(['when', 'deadline', 'since_when', 'how_long']);

/** Field questions that a sentence can still answer when no case has the field read out. */
const SENTENCE_FALLBACK: ReadonlySet<Intent> = new Set([
  'case_officer',
  'signatories',
  'recipients',
  'sender',
  'author',
]);

/**
 * Everything about a question that does not depend on the model's weights: its analysis, the cases it
 * names and the features of its candidate sentences. Fitting scores many models on one preparation.
 */
export type Prepared = {
  question: string;
  lang: Lang;
  intent: Intent;
  topic: WeightedConcept[];
  /** The cases the question is restricted to (chosen, or named by a reference), or null. */
  scope: Case[] | null;
  /** The question holds a case reference that no document carries. */
  unknownReference: boolean;
  /** Field questions: the cases that fit the question's topic, with the share of the topic they meet. */
  fieldCases: { c: Case; cover: number }[] | null;
  sentences: SentenceCandidate[];
  /**
   * A question that points at a thing without naming it ("projektet", "the agreement"): the candidate cases
   * whose titles name that kind of thing.
   */
  titled: ReadonlySet<string>;
  /**
   * For such a question: per candidate case, the share of the weight of the topic's nouns, names, dates and
   * numbers that the case meets.
   */
  nounCover: ReadonlyMap<string, number>;
  /** The same over the words that name a thing: nouns, and other words that few documents hold. */
  thingCover: ReadonlyMap<string, number>;
  /** Per candidate case, the words naming a thing (as in `thingCover`) that it holds as words of its own. */
  thingsHeld: ReadonlyMap<string, ReadonlySet<WeightedConcept>>;
  /**
   * A question about when or where a meeting sits: what it asks, and the cases whose documents state that
   * meeting, with the share of the rest of the question they meet.
   */
  meeting: { asked: MeetingAsked; named: boolean; cases: { c: Case; cover: number }[] } | null;
  /**
   * The question's names that the candidate cases of most documents hold ("EU", "Stockholm", a month): they
   * name no one thing among them, and a question pointing at "projektet" is not anchored by them.
   */
  commonNames: ReadonlySet<WeightedConcept>;
  /**
   * A question about a kind of agenda item ("Vilka ärenden är bordlagda?"): the items of that kind that hold
   * the rest of the question best, and whether it asks for them all (see `askedAgendaGroups`).
   */
  agenda?: { cases: Case[]; plural: boolean; groups: AgendaGroup[] } | null;
};

type Base = Pick<AnswerResult, 'question' | 'lang' | 'intent'>;

/**
 * Answers a question from the indexed documents: recognises what it asks and which case it names, scores
 * candidate sentences with a fitted linear model, and answers, asks back or declines.
 */
export class AnswerEngine {
  private readonly source: CandidateSource;
  private readonly references: ReferenceIndex;
  private readonly caseById = new Map<string, { c: Case; doc: KnowledgeDocument }>();
  private readonly docStart = new Map<string, number>();
  /** Candidate passages' question-independent sentence figures, kept across questions. */
  private readonly passageFacts = new Map<number, PassageFacts>();
  private readonly validity = new Map<string, Validity>();
  private validityDay = '';
  private readonly model: AnswerModel;
  /**
   * Field questions that name no topic fit every case with the field. At 10,000 documents that is 6,667
   * referrals, sorted by deadline, made distinct and offered as choices on every such question: kept per
   * field intent and day, with the distinct cases and their choices, since the cases never change.
   */
  private readonly everyCase = new Map<FieldIntent, { c: Case; cover: number }[]>();
  private everyCaseDay = '';
  private readonly everyCaseDistinct = new WeakMap<object, Case[]>();
  private readonly choicesOf = new WeakMap<Case[], { options: ClarifyOption[]; confidential: boolean }>();
  /** The abstention names the corpus's first titles: the same for every question in a language. */
  private readonly abstention = new Map<Lang, string>();

  constructor(
    private readonly index: SearchIndex,
    private readonly documents: KnowledgeDocument[],
    private readonly lexicon: Lexicon,
    private readonly options: AnswerEngineOptions,
  ) {
    this.source = options.candidates ?? new BoundedCandidates(index);
    this.model = options.model ?? MODEL;
    for (const doc of documents) for (const c of doc.cases) this.caseById.set(c.id, { c, doc });
    index.entries.forEach((entry, id) => {
      if (!this.docStart.has(entry.doc.id)) this.docStart.set(entry.doc.id, id);
    });
    // Built with the engine, off the request path: at 10,000 documents it reads for about a second.
    this.references = new ReferenceIndex(documents);
  }

  answer(question: string, options: AskOptions = {}): AnswerResult {
    return this.finish(this.prepare(question, options));
  }

  /** The model-independent part of answering (see `Prepared`). */
  prepare(question: string, options: AskOptions = {}): Prepared {
    const text = question.normalize('NFC').trim();
    const lang = options.lang ?? detectLanguage(text);
    // What the question's words are read from: "what's" is "what is", "we're" is no word to look for.
    const read = expandContractions(text, lang);
    // A case number in the question names the case; it does not ask for the case number.
    const asked = withoutReferences(read);
    const spans = sourceSpans(asked);
    // "Under the proposed rules, who decides …" asks who, not for a proposal: the source phrase only says
    // where to look.
    const intent = recognizeIntent(outsideSpans(asked, spans));
    const chosen = (options.caseIds ?? []).flatMap((id) => {
      const found = this.caseById.get(id);
      return found ? [found.c] : [];
    });
    const named = this.references.named(text);
    const scope = chosen.length > 0 ? chosen : named.cases.length > 0 ? named.cases : null;
    const unknownReference = chosen.length === 0 && named.keys.length > 0 && named.cases.length === 0;
    // The reference itself is not topic: "KS 2026/412" is not a word the answer sentence must hold.
    const known = (stem: string) => this.index.expand(stem).some((m) => m.term === stem);
    const weighted = weighConcepts(this.index, analyzeQuestion(asked, lang, this.lexicon, known), intent);
    if (EXISTENCE_QUESTION.test(read)) weighted.push(...existenceCue(this.index, intent));
    const topic = withPreamble(
      asked,
      weighted.filter((w) => !w.generic),
    );
    const prepared: Prepared = {
      question: text,
      lang,
      intent,
      topic,
      scope,
      unknownReference,
      fieldCases: null,
      sentences: [],
      titled: new Set(),
      nounCover: new Map(),
      thingCover: new Map(),
      thingsHeld: new Map(),
      meeting: null,
      commonNames: new Set(),
    };
    if (this.documents.length === 0 || unknownReference) return prepared;

    const head = headConcept(asked, topic);
    const tenseAsked = intent === 'when' ? askedTense(read) : null;
    const features = new FeatureBuilder(
      this.index,
      topic,
      intent,
      (c) => this.entriesOfCase(c),
      (doc) => !this.inForce(doc),
      PAST_QUESTION.test(read),
      head,
      sourceConcepts(asked, spans, topic),
      // A question about a time is answered by a sentence that names another year than the one asked.
      TIME_INTENTS.has(intent) ? new Set() : askedYears(asked, spans),
      this.passageFacts,
      askedThing(asked, intent, topic, head),
      tenseAsked ? { asked: tenseAsked, today: localToday(this.options) } : null,
      asked,
    );
    const query = this.candidateQuery(weighted, scope);
    const candidates = this.source.candidates(query, CANDIDATES);
    const sentences: SentenceCandidate[] = [];
    const seen = new Set<number>();
    for (const { id } of candidates) {
      const c = this.caseOfEntry(id);
      if (c) sentences.push(...features.sentences(id, c));
      seen.add(id);
    }
    // A document whose title names what the question names ("Stockholm Möten & Evenemang AB, protokoll",
    // "Sambruk – medlemskap") speaks of it in every passage, though its sentences never repeat the name:
    // its passages that hold the rest of the question are read, whether or not a passage of it is among the
    // candidates (its head may be, and hold nothing else of the question).
    if (!scope)
      for (const { from, to, rest } of this.titleNamed(weighted, query)) {
        for (const id of this.passagesMeeting(rest, from, to, TITLE_NAMED_PASSAGES)) {
          if (seen.has(id)) continue;
          const c = this.caseOfEntry(id);
          if (c) sentences.push(...features.sentences(id, c));
          seen.add(id);
        }
      }
    // The small case that holds most of the question is read too (`bestCase`): among many documents, an
    // answering passage ("Stockholm (member since 2011) is placed in Tier B") may hold only the question's
    // common words, and tie with hundreds of passages of other documents below the candidates' cut. Only
    // its passages that hold a word of the question are read, except for a reservation, which is written
    // in a passage of its own that need not repeat what the case is about: that case is read whole.
    const wholeCases: Case[] = [];
    const best = this.bestCase(sentences);
    // When the case's titles name all the question's nouns and names ("Var hålls Kungsholmens sammanträde?"
    // of a meeting's page), the answer need repeat none of them ("Plats: Bolinderssalen"): it is read whole.
    // A reservation may stand in any of the small cases that hold the question as fully as the best one (a
    // motion rejected in the council's minutes, the report on the same matter): each of them is read whole.
    if (best && CASE_WIDE_INTENTS.has(intent)) wholeCases.push(...this.equallyBestCases(sentences, best));
    else if (best && features.titlesNameTopic(best)) wholeCases.push(best);
    else if (best) {
      const start = this.docStart.get(best.docId) ?? 0;
      for (const id of this.passagesHolding(query, start + best.passages.from, start + best.passages.to)) {
        if (seen.has(id)) continue;
        sentences.push(...features.sentences(id, best));
        seen.add(id);
      }
    }
    // "Vad kostar konferensen?": each case whose title names a conference may be the one meant, and its fee
    // is stated in a sentence that need not say "conference" again.
    if (!scope) prepared.commonNames = commonNames(topic, distinctCases(sentences), features);
    if (!scope && isUnanchored(asked, topic, prepared.commonNames))
      wholeCases.push(...titledCases(sentences));
    for (const c of wholeCases) {
      const start = this.docStart.get(c.docId) ?? 0;
      for (let id = start + c.passages.from; id < start + c.passages.to; id++) {
        if (seen.has(id)) continue;
        sentences.push(...features.sentences(id, c));
        seen.add(id);
      }
    }
    prepared.sentences = sentences;
    if (!scope) {
      const cases = distinctCases(sentences);
      // What the question is about (its nouns, names, dates and numbers), not what it asks of it (its verbs).
      const nounsOnly = topic.filter(
        (w) => w.concept.nounish || w.concept.isName || /\d/.test(w.concept.surface),
      );
      // A word of another kind that few documents hold ("heatsafe", "esf-stöd") names its thing as well; one
      // that many hold ("väntas") does not. A part of a word ("stöd" of "esf-stöd") is not the word.
      const docsHolding = (w: WeightedConcept) =>
        new Set(cases.filter((c) => features.caseHolds(c, w) >= WHOLE_WORD).map((c) => c.docId)).size;
      const things = topic.filter((w) => nounsOnly.includes(w) || docsHolding(w) < COMMON_WORD_DOCUMENTS);
      const coverOf = (nouns: WeightedConcept[]) => {
        const nounWeight = nouns.reduce((sum, w) => sum + w.weight, 0);
        return new Map(
          cases.map((c) => [
            c.id,
            nounWeight > 0
              ? nouns.reduce((sum, w) => sum + w.weight * features.caseHolds(c, w), 0) / nounWeight
              : 1,
          ]),
        );
      };
      prepared.nounCover = coverOf(nounsOnly);
      prepared.thingCover = coverOf(things);
      prepared.thingsHeld = new Map(
        cases.map((c) => [c.id, new Set(things.filter((w) => features.caseHolds(c, w) >= WHOLE_WORD))]),
      );
    }
    if (!scope && isUnanchored(asked, topic, prepared.commonNames)) {
      const cases = distinctCases(sentences);
      const pointed = pointedConcepts(asked, topic);
      prepared.titled = new Set(
        cases.filter((c) => pointed.some((w) => features.titleHolds(c, w))).map((c) => c.id),
      );
    }
    if (intent === 'updated') {
      prepared.fieldCases = (scope ?? (topic.length > 0 ? this.relevantCases(sentences) : this.firstCases()))
        .filter((c) => this.caseById.get(c.id)!.doc.meta.updated)
        .map((c) => ({
          c,
          cover: topic.length > 0 ? (features.caseCover(c) + features.titleCover(c)) / 2 : 1,
        }))
        .sort((a, b) => b.cover - a.cover);
    } else if (isFieldIntent(intent)) {
      if (!scope && topic.length === 0) {
        prepared.fieldCases = this.everyCaseWith(intent);
      } else {
        const cases = scope ?? this.relevantCases(sentences);
        prepared.fieldCases = cases
          .map((c) => ({
            c,
            cover: topic.length > 0 ? (features.caseCover(c) + features.titleCover(c)) / 2 : 1,
          }))
          .sort((a, b) => b.cover - a.cover);
      }
    }
    // "Vilka ärenden är bordlagda?", "the tabled item": the items an agenda's group heading or their own line
    // of standing marks so, unless the question names one of them, or another case holds it better (a
    // protocol's sentence on the programme the council tabled).
    // A question for a count or a sum ("Hur många gånger kan en interpellant bordlägga sitt ärende?") is not one.
    const agenda = scope || VALUE_ASKED.has(intent) ? null : askedAgendaGroups(asked);
    const held = agenda ? this.casesInGroups(agenda.groups) : [];
    if (agenda && held.length > 0) {
      // What the question says of the items beyond their kind and what it asks for: its nouns, names and
      // numbers ("the international programme 2028–2031"), not its verbs ("behandlas"), the kind's own words
      // nor the asked thing ("Which borgarråd …").
      const cues = topic.filter((w) => isAgendaCue(w.concept.surface, agenda.words));
      const rest = topic.filter(
        (w) =>
          (w.concept.nounish || w.concept.isName || /\d/.test(w.concept.surface)) &&
          !cues.includes(w) &&
          w !== head,
      );
      const restWeight = rest.reduce((sum, w) => sum + w.weight, 0);
      // An agenda's head (its body, its day) stands with its first item and speaks for all its items.
      const holds = (c: Case, w: WeightedConcept) => {
        const top = c.item !== null ? this.caseById.get(c.id)!.doc.cases[0] : undefined;
        return Math.max(features.caseHolds(c, w), top && top !== c ? features.caseHolds(top, w) : 0);
      };
      const cover = (c: Case) =>
        restWeight > 0 ? rest.reduce((sum, w) => sum + w.weight * holds(c, w), 0) / restWeight : 1;
      const top = Math.max(...held.map(cover));
      // Another case that says the same of itself ("Ärendet bordläggs …") and holds the rest better is meant.
      const rival =
        best !== null &&
        !hasAgendaGroups(best, agenda.groups) &&
        cues.every((w) => features.caseHolds(best, w) >= WHOLE_WORD) &&
        cover(best) > top + 1e-9;
      const fit = held.filter((c) => cover(c) >= top - 1e-9);
      // "Vilket ärende har återremitterats?" with one such item asks for that item.
      if (!rival && (fit.length > 1 || agenda.plural || intent === 'which'))
        prepared.agenda = { cases: fit, plural: agenda.plural, groups: agenda.groups };
    }
    // "Where should I send my apologies for the meeting?" asks where to send something, not where it sits.
    const meeting = MEETING_INTENTS.has(intent) ? meetingAsked(asked) : null;
    if (meeting)
      prepared.meeting = {
        asked: meeting,
        named: prepared.topic.some((w) => !isMeetingWord(w)),
        cases: this.meetingCases(prepared, meeting, features),
      };
    return prepared;
  }

  /**
   * The cases whose documents state the asked meeting's time or place. A question that says nothing but "the
   * meeting" may mean any meeting a document is for; one that says more ("When does the culture committee
   * meet?") means those that hold what it says.
   */
  private meetingCases(
    prepared: Prepared,
    asked: MeetingAsked,
    features: FeatureBuilder,
  ): { c: Case; cover: number }[] {
    const states = (c: Case) =>
      asked.time && asked.place
        ? c.meetingTime !== null && c.meetingPlace !== null
        : asked.place
          ? c.meetingPlace !== null
          : c.meetingTime !== null;
    const rest = prepared.topic.filter((w) => !isMeetingWord(w));
    if (!prepared.scope && rest.length === 0) {
      // Every document's meeting: read once per kind of question, not per question, among many documents.
      const key = `${asked.time}${asked.place}`;
      let every = this.everyMeeting.get(key);
      if (!every) {
        every = this.documents.flatMap((doc) => {
          const c = doc.cases.find(states);
          return c ? [{ c, cover: 1 }] : [];
        });
        this.everyMeeting.set(key, every);
      }
      return every;
    }
    const stating = (prepared.scope ?? this.relevantCases(prepared.sentences)).filter(states);
    // "När sammanträder kommunstyrelsen?" asks for the board's own meeting: another body's agenda with an item
    // from the board ("Svar på remiss från kommunstyrelsen …") is not it. The body is named in the title of
    // the document for the meeting or in the line that states the meeting ("Till / Idrottsnämnden / 2027-04-20").
    const bodies = rest.filter((w) => MEETING_BODY.test(w.concept.surface));
    const own = stating.filter((c) => {
      const named = [
        this.caseById.get(c.id)?.doc.meta.title ?? '',
        c.meetingTime?.evidence.sentence ?? '',
        c.meetingPlace?.evidence.sentence ?? '',
      ].join(' ');
      // "När sammanträdde kommunfullmäktige i Åtvidaberg?" is not answered by another town's meeting.
      return bodies.every((w) => heldIn(w, named)) && !features.missesHeldName(c);
    });
    // With no meeting of the named body, the question is read as any other.
    return own
      .map((c) => ({
        c,
        cover: rest.length > 0 ? (features.caseCover(c) + features.titleCover(c)) / 2 : 1,
      }))
      .sort((a, b) => b.cover - a.cover);
  }

  /** Decides from a preparation with the engine's model, or with another one (fitting). */
  finish(prepared: Prepared, model: AnswerModel = this.model): AnswerResult {
    const base: Base = { question: prepared.question, lang: prepared.lang, intent: prepared.intent };
    if (this.documents.length === 0 || prepared.unknownReference) return this.decline(base);
    if (prepared.agenda) return this.fromAgenda(prepared.agenda, base);
    if (prepared.intent === 'updated') return this.fromUpdated(prepared, model, base);
    if (prepared.meeting) {
      const decided = this.fromMeeting(prepared.meeting, model, base);
      if (decided) return decided;
    }
    if (prepared.fieldCases && isFieldIntent(prepared.intent)) {
      const decided = this.fromFields(prepared, prepared.intent, model, base);
      if (decided) return decided;
      // A deadline the text states for something other than a referral reply ("The deadline for answering
      // the survey is 30 April 2027") is no case field, but it answers the question.
      // A date set without a deadline word ("Nästa uppföljning lämnas i februari 2028") answers it too, when no
      // sentence with such a word does and the dated sentence holds most of the question (not a conference's
      // date for "the deadline for the questionnaire" in the same letter).
      if (prepared.intent === 'deadline') {
        const worded = this.fromSentences(deadlineSentences(prepared), model, base);
        if (!worded.abstained || worded.clarify.length > 0) return worded;
        return this.fromSentences(datedSentences(prepared), model, base);
      }
      if (!SENTENCE_FALLBACK.has(prepared.intent)) return this.decline(base);
    }
    const answered = this.fromSentences(prepared, model, base);
    // A role that only a signature block gives ("Leif Arnesson / Kulturdirektör") is no sentence's answer:
    // when no sentence answers, the one person signing with that role does; several are asked back. (Tried
    // first, before the sentences, it answered questions that other cases' sentences answer too.)
    if (prepared.intent !== 'who' || !answered.abstained || answered.clarify.length > 0) return answered;
    const holders = this.roleHoldersOf(prepared);
    const held = new Set(holders.map((h) => h.signatory.value.name)).size;
    if (held === 1) return this.fromRoleHolder(holders[0]!, base);
    if (held > 1) return this.clarify(base, distinct(holders.map((h) => h.c)));
    return answered;
  }

  /** Every agenda item of the asked kinds, in the documents' order. */
  private casesInGroups(groups: readonly AgendaGroup[]): Case[] {
    return this.documents.flatMap((doc) => doc.cases.filter((c) => hasAgendaGroups(c, groups)));
  }

  /**
   * The items of one agenda that its group heading gathers ("Bordlagda ärenden: 1. Svar på remiss … 2. …"),
   * quoted from the heading; one item of several asked for ("the tabled item"), or items of several
   * meetings, are asked back.
   */
  private fromAgenda(agenda: NonNullable<Prepared['agenda']>, base: Base): AnswerResult {
    const { cases } = agenda;
    const docs = new Set(cases.map((c) => c.docId));
    if ((!agenda.plural && cases.length > 1) || docs.size > 1) return this.clarify(base, cases);
    const doc = this.caseById.get(cases[0]!.id)!.doc;
    const groupOf = (c: Case) => c.groups?.find((g) => g.value === agenda.groups[0]);
    const evidence = groupOf(cases[0]!)!;
    const lines = new Set(cases.map((c) => groupOf(c)?.evidence.sentence));
    // An item's own line of standing may open with its case numbers ("Dnr 7-742-2011 Återremitterat ärende.").
    const heading = lines.size === 1 ? standingOf(evidence.evidence.sentence) : doc.meta.title;
    const titles = cases.map((c) => c.title?.value ?? c.item ?? doc.meta.title);
    const passage = doc.passages.find((p) => p.id === evidence.evidence.passageId) ?? doc.passages[0]!;
    const citation = this.citation(doc, passage.id, passage.section, evidence.evidence.sentence, 1);
    return {
      ...base,
      abstained: false,
      confidential: citation.confidential,
      answer: withValidityNote(
        titles.length === 1
          ? `${heading.replace(/:\s*$/, '')}: ${titles[0]}`
          : composeListAnswer(heading, titles),
        this.validityNote(base.lang, doc),
      ),
      citations: [citation],
      clarify: [],
      cases: cases.map((c) => c.id),
    };
  }

  private roleHoldersOf(prepared: Prepared): RoleHolder[] {
    const cases = prepared.scope ?? this.relevantCases(prepared.sentences);
    return roleHolders(
      prepared.topic,
      cases.map((c) => this.caseById.get(c.id)!),
    );
  }

  /** "Vem är kulturdirektör?": the signatory whose role the question names, quoted from the signature. */
  private fromRoleHolder(first: RoleHolder, base: Base): AnswerResult {
    const doc = this.caseById.get(first.c.id)!.doc;
    const evidence = first.signatory.evidence;
    const passage = doc.passages.find((p) => p.id === evidence.passageId) ?? doc.passages[0]!;
    const citation = this.citation(doc, passage.id, passage.section, evidence.sentence, 1);
    const { name, role } = first.signatory.value;
    return {
      ...base,
      abstained: false,
      confidential: citation.confidential,
      answer: withValidityNote(
        t(base.lang, 'roleHolder', { name, role: role ?? '' }),
        this.validityNote(base.lang, doc),
      ),
      citations: [citation],
      clarify: [],
      cases: [first.c.id],
    };
  }

  /**
   * A list of items, each on its line with its own case number ("37 Dnr KS 2018/85 Ny strategi för
   * Mittnorden"), read as one case: the line that fits the question clearly better than the case's own
   * number's line gives the number asked for.
   */
  private listedCaseNumber(
    prepared: Prepared,
    c: Case,
    evidence: string,
    model: AnswerModel,
  ): { s: SentenceCandidate; dnr: string } | null {
    const own = c.dnr?.value ?? '';
    let evidenceScore = Number.NEGATIVE_INFINITY;
    let best: { s: SentenceCandidate; dnr: string; score: number } | null = null;
    for (const s of prepared.sentences) {
      if (s.caseRef.id !== c.id) continue;
      const score = scoreOf(s, model);
      const numbers = findCaseNumbers(s.sentence);
      if (s.sentence.includes(evidence) || numbers.some((n) => sameCaseNumber(n.value, own)))
        evidenceScore = Math.max(evidenceScore, score);
      if (numbers.length !== 1 || sameCaseNumber(numbers[0]!.value, own)) continue;
      if (!best || score > best.score) best = { s, dnr: numbers[0]!.value, score };
    }
    return best && best.score > evidenceScore + model.fieldMargin ? best : null;
  }

  /** A field question: the fitting case's field, a clarify among equally fitting ones, or nothing. */
  private fromFields(
    prepared: Prepared,
    intent: FieldIntent,
    model: AnswerModel,
    base: Base,
  ): AnswerResult | null {
    const ranked = prepared.fieldCases ?? [];
    const best = ranked[0];
    if (!best || (prepared.topic.length > 0 && best.cover < model.fieldCover)) return null;
    // The case that fits the question best states a deadline in its own words and has no such field (a
    // newsletter's "Anmäl dig senast den 10 april" under its seminar): a less fitting case's field does not
    // answer it; the sentences do.
    if (
      intent === 'deadline' &&
      !hasField(best.c, intent) &&
      deadlineSentences(prepared, best.c).sentences.length > 0
    )
      return null;
    // The cases that fit as well as the best one with the field: a better-fitting case without it (a
    // council's minutes on what the ministry is preparing) answers nothing, and does not push the
    // referrals that do out of the margin.
    const anchor =
      ranked.find((r) => r.cover >= best.cover - model.fieldMargin && hasField(r.c, intent)) ?? best;
    const fits = (r: { cover: number }) => r.cover >= anchor.cover - model.fieldMargin;
    // The kept list of every case with a field all fits (thousands of cases): its distinct cases are kept
    // too, and it is not copied to find that out.
    const fittingWithField =
      this.everyCaseDistinct.has(ranked) && ranked.every(fits)
        ? this.everyCaseDistinct.get(ranked)!
        : distinct(
            ranked
              .filter(fits)
              .filter((r) => hasField(r.c, intent))
              .map((r) => r.c),
          );
    // "Who wrote the letter …" asks about a paper of that kind.
    const paperKind = intent === 'author' ? askedPaperKind(prepared.question) : null;
    const withField = namedIn(
      prepared,
      this.ofKind(paperKind, this.ownPapers(prepared.question, fittingWithField)),
    );
    // The question names something (a network, a project) that another case holds and none of the cases
    // with the field does: their field does not answer it; the sentences are read.
    if (withField === null) return null;
    // "Who submitted the motion?" says nothing but "the" motion: every case with the field that holds it is
    // a choice, however much better one of them has it in its title. A question that says more about
    // its thing ("the deadline for the draft guidelines") is left to the cover margin.
    const pointedWithField =
      prepared.titled.size > 0 && prepared.topic.length === 1
        ? ranked.filter((r) => prepared.titled.has(r.c.id) && hasField(r.c, intent))
        : [];
    const nounCover = (c: Case) => prepared.nounCover.get(c.id) ?? 0;
    const mostNouns = Math.max(0, ...pointedWithField.map((r) => nounCover(r.c)));
    const pointedAt = this.ownPapers(
      prepared.question,
      distinct(pointedWithField.filter((r) => nounCover(r.c) >= mostNouns).map((r) => r.c)),
    );
    if (withField.length <= 1 && pointedAt.length > 1) return this.clarify(base, pointedAt);
    if (withField.length === 0) return null;
    const asked = REFERRAL_WORD.test(prepared.question) ? referralItself(withField, prepared.question) : null;
    if (withField.length > 1 && !asked) return this.clarify(base, withField);
    const c = asked ?? withField[0]!;
    const doc = this.caseById.get(c.id)!.doc;
    const composed = composeCaseField(base.lang, intent, c, this.options, paperKind);
    if (!composed) return null;
    // A case can state more than one deadline (the committee's reply, the city's joint reply): when another
    // sentence of the case that states a deadline fits the question better than the field's evidence, the
    // question asks for that one.
    if (intent === 'deadline') {
      const inCase = deadlineSentences(prepared, c);
      const evidence = composed.evidence.sentence;
      const scoreOfSentence = (text: string) =>
        Math.max(
          Number.NEGATIVE_INFINITY,
          ...prepared.sentences
            .filter((s) => s.caseRef.id === c.id && (s.sentence.includes(text) || text.includes(s.sentence)))
            .map((s) => scoreOf(s, model)),
        );
      const evidenceScore = scoreOfSentence(evidence);
      const better = inCase.sentences.find((s) => scoreOf(s, model) > evidenceScore + model.fieldMargin);
      if (better && Number.isFinite(evidenceScore)) return this.fromSentences(inCase, model, base);
    }
    if (intent === 'case_number') {
      const listed = this.listedCaseNumber(prepared, c, composed.evidence.sentence, model);
      if (listed) {
        const { s, dnr } = listed;
        const citation = this.citation(
          doc,
          s.entry.passage.id,
          s.entry.passage.section,
          s.sentence,
          best.cover,
        );
        return {
          ...base,
          abstained: false,
          confidential: citation.confidential,
          answer: withValidityNote(
            clamp(t(base.lang, 'caseNumber', { dnr })),
            this.validityNote(base.lang, doc),
          ),
          citations: [citation],
          clarify: [],
          cases: [c.id],
        };
      }
    }
    const passage = doc.passages.find((p) => p.id === composed.evidence.passageId) ?? doc.passages[0]!;
    // "Vem är kontaktperson på Socialdepartementet …" asks for someone at another body than the one whose
    // officer the case names: unless the officer's passage or the document's head names that body, the
    // city's own officer does not answer it.
    if (intent === 'case_officer') {
      const body = AT_BODY.exec(prepared.question)?.[1];
      const near = `${doc.meta.title} ${doc.passages[0]?.text ?? ''} ${passage.section ?? ''} ${passage.text}`;
      if (body && !near.toLowerCase().includes(body.toLowerCase().slice(0, Math.max(4, body.length - 3))))
        return this.decline(base);
    }
    const citation = this.citation(doc, passage.id, passage.section, composed.evidence.sentence, best.cover);
    return {
      ...base,
      abstained: false,
      confidential: citation.confidential,
      answer: withValidityNote(composed.answer, this.validityNote(base.lang, doc)),
      citations: [citation],
      clarify: [],
      cases: [c.id],
    };
  }

  /**
   * "När sammanträder kulturnämnden?": the meeting's time or place from the head of the document that is for
   * it, quoted from its line; several meetings that fit alike are asked back. Null when no document states a
   * meeting that fits (the question is then read as any other).
   */
  private fromMeeting(
    meeting: NonNullable<Prepared['meeting']>,
    model: AnswerModel,
    base: Base,
  ): AnswerResult | null {
    const best = meeting.cases[0];
    if (!best || best.cover < model.fieldCover) return null;
    const fitting = meeting.cases.filter((r) => r.cover >= best.cover - model.fieldMargin);
    const choices = onTheAskedSide(
      firstOfEachDocument(fitting.map((r) => r.c)),
      // "When and where does … meet?" asks with the verb after both question words.
      meeting.named
        ? askedTense(base.question.replace(/^\s*(när|when)\s+(?:och|and)\s+(?:var|where)\b/iu, '$1'))
        : null,
      localToday(this.options),
    );
    if (choices.length > 1) {
      // Each choice is a meeting: named by its document's title and day, shown with what the question asks.
      const options = choices.map((c): ClarifyOption => {
        const doc = this.caseById.get(c.id)!.doc;
        const said = meeting.asked.place ? c.meetingPlace : c.meetingTime;
        // The item's title and meeting ("Val av justerare" of "…, föredragningslista 2026-11-19") would
        // name an item; the choice is the meeting.
        const { meeting: _item, ...option } = clarifyOption(c, doc);
        return {
          ...option,
          title: doc.meta.title || option.title,
          date: c.meetingTime?.value.date ?? option.date,
          ...(said ? { preview: said.evidence.sentence } : {}),
        };
      });
      return this.askBack(
        base,
        options,
        choices.some((c) => this.caseById.get(c.id)!.doc.meta.confidential !== null),
      );
    }
    const c = choices[0]!;
    const doc = this.caseById.get(c.id)!.doc;
    const today = localToday(this.options);
    const citations: Citation[] = [];
    const parts: string[] = [];
    const cite = (evidence: { sentence: string; passageId: string }) => {
      const passage = doc.passages.find((p) => p.id === evidence.passageId) ?? doc.passages[0]!;
      if (!citations.some((x) => x.quote === evidence.sentence))
        citations.push(this.citation(doc, passage.id, passage.section, evidence.sentence, best.cover));
    };
    const time = c.meetingTime;
    const past = time !== null && time.value.date < today;
    if (meeting.asked.time && time) {
      parts.push(composeMeetingTime(base.lang, time.value, past));
      cite(time.evidence);
    }
    if (meeting.asked.place && c.meetingPlace) {
      parts.push(t(base.lang, past ? 'meetingPlacePast' : 'meetingPlace', { place: c.meetingPlace.value }));
      cite(c.meetingPlace.evidence);
    }
    if (parts.length === 0) return null;
    return {
      ...base,
      abstained: false,
      confidential: citations.some((x) => x.confidential),
      answer: withValidityNote(parts.join(' '), this.validityNote(base.lang, doc)),
      citations,
      clarify: [],
      cases: [c.id],
    };
  }

  /**
   * "När uppdaterades sidan om nätverk?": the date the page gives for itself ("Senast uppdaterad: 3 februari
   * 2027"), which the reader keeps aside from the page's content, quoted as the page writes it.
   */
  private fromUpdated(prepared: Prepared, model: AnswerModel, base: Base): AnswerResult {
    const ranked = prepared.fieldCases ?? [];
    const best = ranked[0];
    if (!best || (prepared.topic.length > 0 && best.cover < model.fieldCover)) return this.decline(base);
    const choices = onePerDocument(
      ranked.filter((r) => r.cover >= best.cover - model.fieldMargin).map((r) => r.c),
    );
    if (choices.length > 1) return this.clarify(base, choices);
    const doc = this.caseById.get(best.c.id)!.doc;
    const updated = doc.meta.updated!;
    const passage = doc.passages.at(-1) ?? doc.passages[0]!;
    const citation = this.citation(doc, passage.id, null, updated.line, best.cover);
    return {
      ...base,
      abstained: false,
      confidential: citation.confidential,
      answer: t(base.lang, 'pageUpdated', { date: formatDate(updated.date, base.lang) }),
      citations: [citation],
      clarify: [],
      cases: [best.c.id],
    };
  }

  /**
   * "Who wrote the letter from 2004?" in a report on a motion and a letter: the case's writer is the motion's,
   * which does not answer it; only cases that name a paper of the asked kind fit.
   */
  private ofKind(kind: Author['kind'] | null, cases: Case[]): Case[] {
    return kind ? cases.filter((c) => c.papers.some((p) => p.value.kind === kind)) : cases;
  }

  /**
   * "Vem har undertecknat kulturförvaltningens tjänsteutlåtande …": of the fitting cases, those whose
   * document that body wrote. The others only mention it; when none was written by it, all stay.
   */
  private ownPapers(question: string, cases: Case[]): Case[] {
    if (cases.length < 2) return cases;
    const issuer = issuerOf(question);
    if (!issuer) return cases;
    const own = cases.filter((c) => issuedBy(this.caseById.get(c.id)!.doc, c, issuer));
    return own.length > 0 ? own : cases;
  }

  /** The first case of every document: what a question that names nothing about a document may be about. */
  private firstCases(): Case[] {
    return this.documents.flatMap((doc) => {
      const first = doc.cases[0];
      return first ? [first] : [];
    });
  }

  private fromSentences(prepared: Prepared, model: AnswerModel, base: Base): AnswerResult {
    const scored = prepared.sentences.map((s) => ({ s, score: scoreOf(s, model) })).sort(byRank);
    let best = scored[0];
    if (!best) return this.decline(base);
    let bareType = prepared.scope !== null && prepared.topic.length === 0;
    if (!prepared.scope && prepared.topic.length === 0) {
      // Nothing but an answer type and perhaps the kind of case ("What does the referral propose?"): every
      // case that answers that type fits it equally. One is the answer; several are asked back.
      const answering = scored.filter(
        ({ s }) =>
          s.features.cue > 0 &&
          s.features.leadIn === 0 &&
          (!REFERRAL_WORD.test(prepared.question) || s.caseRef.referral?.value === true),
      );
      // Every fitting case is a choice, the items of one agenda too: each is a case of its own.
      const choices = distinct(answering.map(({ s }) => s.caseRef));
      if (choices.length > 1) return this.clarify(base, choices, answering);
      if (choices.length === 0) return this.decline(base);
      best = answering[0]!;
      bareType = true;
    }
    const unanchored = prepared.scope || bareType ? [] : unanchoredChoices(prepared, scored, best, model);
    // A question about one case may hold nothing but its answer type ("What does it propose?"): within that
    // case, the sentence with the answer type's cue answers it.
    const scopedCue = bareType && best.s.features.cue > 0;
    if (!scopedCue && (prepared.topic.length === 0 || best.score < model.answerThreshold))
      return unanchored.length > 1 ? this.clarify(base, unanchored, scored) : this.decline(base);
    if (!prepared.scope && model.clarifyMargin > 0) {
      const byCase = new Map<string, { c: Case; score: number }>();
      for (const { s, score } of scored) {
        if (score < best.score - model.clarifyMargin) break;
        if (s.features.proximity < best.s.features.proximity * model.rivalProximity) continue;
        // A document no longer in force does not answer as well as one in force (unless the question asks
        // about the old rules, when neither counts as out of force): it is no choice beside it.
        if (s.features.outOfForce > best.s.features.outOfForce) continue;
        if (!byCase.has(s.caseRef.id)) byCase.set(s.caseRef.id, { c: s.caseRef, score });
      }
      // Cases of one document (items of one agenda) that tie are offered as that document's best case.
      const choices = distinct(onePerDocument([...byCase.values()].map(({ c }) => c)));
      // A question that points at "the" study visit without naming it offers every case it may mean, not
      // only those whose sentences happen to tie.
      const tied = singledOut(prepared, best.s.caseRef, alsoUnanchored(choices, unanchored));
      if (tied.length > 1) return this.clarify(base, tied, scored);
      const rivals = rivalCases(
        scored,
        best,
        model,
        !prepared.topic.some((w) => w.concept.isName),
        prepared.thingCover,
        prepared.topic,
      );
      const rivalling = singledOut(prepared, best.s.caseRef, alsoUnanchored(rivals, unanchored));
      if (rivalling.length > 1) return this.clarify(base, rivalling, scored);
      const equal = singledOut(prepared, best.s.caseRef, equalCases(scored, best, model, prepared.topic));
      if (equal.length > 1) return this.clarify(base, equal, scored);
    }
    const pointed = singledOut(prepared, best.s.caseRef, unanchored);
    if (pointed.length > 1) return this.clarify(base, pointed, scored);
    // "Fewer than 500,000 inhabitants" asked where the case states only "fler än 500 000 invånare": the
    // case's figure answers the other side of the condition, and what is asked is not stated.
    if (
      oppositeCondition(
        prepared.question,
        this.entriesOfCase(best.s.caseRef).map((e) => e.passage.text),
      )
    )
      return this.decline(base);
    if (onlyTheCount(prepared.question, best.s.sentence)) return this.decline(base);
    const top = best.s;
    const citations: Citation[] = [];
    const seen = new Set<number>();
    for (const { s, score } of bareType
      ? [best, ...scored.filter((x) => x.s.caseRef === top.caseRef)]
      : scored) {
      if (seen.has(s.id) || citations.length >= 3) continue;
      if (citations.length > 0 && score < best.score * 0.5) break;
      seen.add(s.id);
      // A lead-in ("… föreslår att kommunstyrelsen beslutar följande.") is quoted with what it announces.
      const announced = s === top && s.features.leadIn > 0 ? this.announced(s) : null;
      const quote = announced ? `${s.sentence} ${announced}` : s.sentence;
      citations.push(this.citation(s.entry.doc, s.entry.passage.id, s.entry.passage.section, quote, score));
    }
    const list = listAsked(top);
    const note = this.validityNote(base.lang, top.entry.doc);
    const answer =
      list && list.items.length > 1
        ? composeListAnswer(list.heading, list.items)
        : composePassageAnswer(base.lang, base.intent, citations[0]!, this.lexicon);
    return {
      ...base,
      abstained: false,
      confidential: citations[0]!.confidential,
      answer: withValidityNote(answer, note),
      citations,
      clarify: [],
      cases: [top.caseRef.id],
    };
  }

  /**
   * Asks back among the cases. With the sentences they were ranked by (best first), each choice shows what
   * its case says ("Nämnden utser Sanna Mäkinen (M) att justera protokollet."), so that a person can choose
   * by the answer as well as by the title.
   */
  private clarify(base: Base, cases: Case[], ranked: { s: SentenceCandidate }[] = []): AnswerResult {
    let choices = this.choicesOf.get(cases);
    if (!choices) {
      choices = {
        options: cases.map((c) => clarifyOption(c, this.caseById.get(c.id)!.doc)),
        // Each choice names a document's title: one confidential document makes the list confidential.
        confidential: cases.some((c) => this.caseById.get(c.id)!.doc.meta.confidential !== null),
      };
      // Only the lists of every case with a field are asked again and again.
      if (this.everyCaseChoices.has(cases)) this.choicesOf.set(cases, choices);
    }
    // Each case's best-ranked sentence, found in one pass: a list of every case with a field among many
    // documents holds hundreds of choices, and searching the ranked sentences for each was quadratic.
    const first = new Map<string, SentenceCandidate>();
    for (const { s } of ranked) if (!first.has(s.caseRef.id)) first.set(s.caseRef.id, s);
    // Without sentences no choice gains a preview: the kept list of thousands is copied, not mapped.
    const options =
      first.size === 0
        ? choices.options.slice()
        : choices.options.map((option) => {
            const said = first.get(option.case);
            return said ? { ...option, preview: said.sentence } : option;
          });
    return this.askBack(base, options, choices.confidential);
  }

  private askBack(base: Base, options: ClarifyOption[], confidential: boolean): AnswerResult {
    return {
      ...base,
      abstained: false,
      confidential,
      answer: composeClarify(base.lang, options),
      citations: [],
      clarify: options,
      cases: [],
    };
  }

  private decline(base: Base): AnswerResult {
    return {
      ...base,
      abstained: true,
      confidential: false,
      answer: this.abstentionIn(base.lang),
      citations: [],
      clarify: [],
      cases: [],
    };
  }

  /** The sentence after a lead-in, in its passage or at the start of the next one of the document. */
  private announced(s: SentenceCandidate): string | null {
    // "Föredragande borgarrådet Sara Nyberg anför följande." opens the rest of the report, not one sentence.
    if (SPEAKER_OPENING.test(s.sentence)) return null;
    const sentences = s.entry.sentences;
    const at = sentences.findIndex((x) => x.text === s.sentence);
    if (at >= 0 && at + 1 < sentences.length) return sentences[at + 1]!.text;
    const next = this.index.entries[s.id + 1];
    if (!next || next.doc !== s.entry.doc || next.passage.kind === 'heading') return null;
    // "Särskilt uttalande görs av … enligt följande." announces the paragraph under it: a short one is quoted
    // whole, as what was said, not only its first sentence.
    const whole = next.sentences.map((x) => x.text).join(' ');
    if (next.passage.kind === 'paragraph' && whole.length <= ANNOUNCED_PARAGRAPH) return whole;
    return next.sentences[0]?.text ?? null;
  }

  private abstentionIn(lang: Lang): string {
    let text = this.abstention.get(lang);
    if (text === undefined) {
      text = composeAbstention(lang, this.documents);
      this.abstention.set(lang, text);
    }
    return text;
  }

  /** Every case with the field, upcoming deadlines first (see `byUpcoming`), each with full cover. */
  private everyCaseWith(intent: FieldIntent): { c: Case; cover: number }[] {
    // Read once: a sort over thousands of referrals compares as many times over.
    const today = localToday(this.options);
    if (this.everyCaseDay !== today) {
      this.everyCase.clear();
      this.everyCaseDay = today;
    }
    let ranked = this.everyCase.get(intent);
    if (!ranked) {
      const all: Case[] = [];
      for (const { c } of this.caseById.values()) if (hasField(c, intent)) all.push(c);
      all.sort((a, b) => byUpcoming(a, b, today));
      ranked = all.map((c) => ({ c, cover: 1 }));
      const cases = distinct(all);
      this.everyCaseDistinct.set(ranked, cases);
      this.everyCaseChoices.add(cases);
      this.everyCase.set(intent, ranked);
    }
    return ranked;
  }

  private readonly everyCaseChoices = new WeakSet<Case[]>();
  private readonly everyMeeting = new Map<string, { c: Case; cover: number }[]>();

  private citation(
    doc: KnowledgeDocument,
    passageId: string,
    section: string | null,
    sentence: string,
    score: number,
  ): Citation {
    return {
      doc: doc.id,
      title: doc.meta.title,
      dnr: doc.meta.dnr,
      section,
      quote: clampQuote(sentence),
      score: Math.round(score * 1000) / 1000,
      passageId,
      replacedBy: doc.meta.replacedBy,
      confidential: doc.meta.confidential !== null,
    };
  }

  private candidateQuery(weighted: WeightedConcept[], scope: Case[] | null): CandidateQuery {
    const query: CandidateQuery = {
      concepts: weighted.map((w) => ({
        weight: w.weight,
        terms: w.expansions.flatMap((alt, a) => {
          // A candidate's concept counts its best term, so each word of "Safer Cities Network Europe" alone
          // would count as much as any other: among a thousand documents, every passage with "cities" or
          // "network" ties with the one that holds the name, and ties go to the lower id. The rarest word
          // stands for the whole (a passage that holds it most likely holds the rest; the features check).
          // Not for the parts of a split compound ("buller" + "strategi"): apart, they are a weak reading.
          const whole = alt.stems.length > 1 && w.concept.alternatives[a]?.source !== 'parts';
          const rarest = whole ? this.rarestStem(alt.stems) : -1;
          return alt.stems.flatMap((matches, i) =>
            matches.map((m) => ({
              term: m.term,
              strength: (m.strength * alt.quality) / (i === rarest ? 1 : alt.stems.length),
            })),
          );
        }),
      })),
    };
    if (scope) {
      query.scope = scope.map((c) => {
        const start = this.docStart.get(c.docId) ?? 0;
        return { from: start + c.passages.from, to: start + c.passages.to };
      });
    }
    return query;
  }

  /** The passages with ids in [from, to) whose text, heading or list lead holds a term of the query, in order. */
  private passagesHolding(query: CandidateQuery, from: number, to: number): number[] {
    const held = new Set<number>();
    for (const concept of query.concepts)
      for (const { term } of concept.terms)
        for (const field of ['body', 'context'] as const) {
          const ids = this.index.postings(term, field);
          for (let i = lowerBound(ids, from); i < ids.length && ids[i]! < to; i++) held.add(ids[i]!);
        }
    return [...held].sort((a, b) => a - b);
  }

  /**
   * The documents whose titles hold a name or noun of the question that few titles hold ("Sambruk",
   * "studieresa"), each with its passages' range and the query without the concepts its title holds (what
   * its passages must still say). A word many titles hold ("Stockholm", "AB", "protokoll") singles out no
   * document.
   */
  private titleNamed(
    weighted: WeightedConcept[],
    query: CandidateQuery,
  ): { from: number; to: number; rest: CandidateQuery }[] {
    const held = new Map<number, Set<number>>();
    weighted.forEach((w, k) => {
      if (w.generic || w.absent || !(w.concept.isName || w.concept.nounish)) return;
      const docs = this.titlesHolding(w);
      if (docs.size === 0 || docs.size > TITLE_NAMED_DOCUMENTS) return;
      for (const d of docs) {
        const concepts = held.get(d) ?? new Set<number>();
        concepts.add(k);
        held.set(d, concepts);
      }
    });
    return [...held].map(([d, concepts]) => ({
      from: this.index.starts[d]!,
      to: this.index.starts[d + 1]!,
      rest: { concepts: query.concepts.filter((_, k) => !concepts.has(k)) },
    }));
  }

  /**
   * The documents whose titles hold all the words of one of the concept's spellings: a name's own words
   * only (a gloss of "Evenemang" is no name), a noun's glosses too (an English question, a Swedish title).
   */
  private titlesHolding(w: WeightedConcept): Set<number> {
    const docs = new Set<number>();
    w.expansions.forEach((alt, a) => {
      const source = w.concept.alternatives[a]?.source;
      if (source === 'parts' || (source === 'lexicon' && w.concept.isName)) return;
      let common: number[] | null = null;
      for (const matches of alt.stems) {
        const here = new Set<number>();
        for (const m of matches)
          if (m.strength >= TITLE_TERM) for (const d of this.index.titleDocuments(m.term)) here.add(d);
        common = common === null ? [...here] : common.filter((d) => here.has(d));
        if (common.length === 0) return;
      }
      for (const d of common ?? []) docs.add(d);
    });
    return docs;
  }

  /**
   * Of the passages with ids in [from, to), those that hold a term of the query, at most `limit`: the ones
   * that meet the most of its weight, in order.
   */
  private passagesMeeting(query: CandidateQuery, from: number, to: number, limit: number): number[] {
    const met = new Map<number, number>();
    for (const concept of query.concepts) {
      const best = new Map<number, number>();
      for (const { term, strength } of concept.terms)
        for (const field of ['body', 'context'] as const) {
          const ids = this.index.postings(term, field);
          for (let i = lowerBound(ids, from); i < ids.length && ids[i]! < to; i++)
            best.set(ids[i]!, Math.max(best.get(ids[i]!) ?? 0, strength));
        }
      for (const [id, strength] of best) met.set(id, (met.get(id) ?? 0) + concept.weight * strength);
    }
    return [...met]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id]) => id)
      .sort((a, b) => a - b);
  }

  /** Of an alternative's words (each as its index terms), the one the fewest passages hold. */
  private rarestStem(stems: readonly TermMatch[][]): number {
    let rarest = -1;
    let fewest = Number.POSITIVE_INFINITY;
    stems.forEach((matches, i) => {
      let count = 0;
      for (const m of matches)
        count += this.index.postings(m.term, 'body').length + this.index.postings(m.term, 'context').length;
      if (count > 0 && count < fewest) {
        fewest = count;
        rarest = i;
      }
    });
    return rarest;
  }

  /** The case whose sentences meet most of the question (case cover, then title cover), among small cases. */
  private bestCase(sentences: SentenceCandidate[]): Case | null {
    let best: SentenceCandidate | null = null;
    for (const s of sentences) {
      const size = s.caseRef.passages.to - s.caseRef.passages.from;
      if (size > CASE_WIDE_LIMIT) continue;
      if (
        !best ||
        s.features.caseCover > best.features.caseCover ||
        (s.features.caseCover === best.features.caseCover && s.features.titleCover > best.features.titleCover)
      )
        best = s;
    }
    return best?.caseRef ?? null;
  }

  /**
   * The best case and the other small cases whose sentences meet as much of the question (case cover and
   * title cover), at most `CASE_WIDE_CASES` in all, the best first.
   */
  private equallyBestCases(sentences: SentenceCandidate[], best: Case): Case[] {
    const top = sentences.find((s) => s.caseRef === best);
    if (!top) return [best];
    const cases: Case[] = [best];
    for (const s of sentences) {
      if (cases.length >= CASE_WIDE_CASES) break;
      if (cases.includes(s.caseRef) || s.caseRef.passages.to - s.caseRef.passages.from > CASE_WIDE_LIMIT)
        continue;
      if (
        s.features.caseCover >= top.features.caseCover - 1e-9 &&
        s.features.titleCover >= top.features.titleCover - 1e-9
      )
        cases.push(s.caseRef);
    }
    return cases;
  }

  /** Field questions that name a topic but no case: the cases of the candidate passages. */
  private relevantCases(sentences: SentenceCandidate[]): Case[] {
    const cases: Case[] = [];
    for (const s of sentences) if (!cases.includes(s.caseRef)) cases.push(s.caseRef);
    return cases;
  }

  private entriesOfCase(c: Case): PassageEntry[] {
    let entries = this.caseEntries.get(c);
    if (!entries) {
      const start = this.docStart.get(c.docId);
      entries =
        start === undefined ? [] : this.index.entries.slice(start + c.passages.from, start + c.passages.to);
      this.caseEntries.set(c, entries);
    }
    return entries;
  }

  /**
   * Each case's passages, kept across questions (no reader changes them): a question's candidate cases are
   * asked for theirs again and again, and a register's run of hundreds was copied each time.
   */
  private readonly caseEntries = new WeakMap<Case, PassageEntry[]>();

  private caseOfEntry(id: number): Case | null {
    const known = this.entryCases[id];
    if (known !== undefined) return known;
    const entry = this.index.entries[id];
    if (!entry) return null;
    const ordinal = id - (this.docStart.get(entry.doc.id) ?? 0);
    const c =
      entry.doc.cases.find((c) => ordinal >= c.passages.from && ordinal < c.passages.to) ??
      entry.doc.cases[0] ??
      null;
    this.entryCases[id] = c;
    return c;
  }

  /**
   * Each candidate passage's case, kept across questions: a register among generated documents holds
   * hundreds of cases, and finding a passage's case among them anew for each of a question's candidates
   * grew with the corpus. The index and its documents never change under an engine.
   */
  private readonly entryCases: (Case | null)[] = [];

  /** Read once per document and day: a running server crosses the date a document stops applying. */
  private validityAt(doc: KnowledgeDocument): Validity {
    const today = localToday(this.options);
    if (this.validityDay !== today) {
      this.validity.clear();
      this.validityDay = today;
    }
    let validity = this.validity.get(doc.id);
    if (!validity) {
      validity = validityOf(doc, today);
      this.validity.set(doc.id, validity);
    }
    return validity;
  }

  private inForce(doc: KnowledgeDocument): boolean {
    return this.validityAt(doc).inForce;
  }

  private validityNote(lang: Lang, doc: KnowledgeDocument): string {
    const v = this.validityAt(doc);
    if (v.inForce) return '';
    if (v.until) {
      return v.replacedBy
        ? t(lang, 'expiredBy', { title: doc.meta.title, date: v.until, by: v.replacedBy })
        : t(lang, 'expired', { title: doc.meta.title, date: v.until });
    }
    return v.replacedBy ? t(lang, 'replaced', { title: doc.meta.title, by: v.replacedBy }) : '';
  }
}

export function scoreOf(s: SentenceCandidate, model: AnswerModel): number {
  return weightedSum(model.weights, s.features);
}

function withValidityNote(answer: string, note: string): string {
  if (!note || answer.includes(note)) return answer;
  return `${answer} ${note}`;
}

/**
 * One meeting per document: the items of an agenda all sit at its meeting, so the first of the cases from each
 * document, in order, stands for them.
 */
function firstOfEachDocument(cases: Case[]): Case[] {
  const seen = new Set<string>();
  return cases.filter((c) => {
    if (seen.has(c.docId)) return false;
    seen.add(c.docId);
    return true;
  });
}

/**
 * "När sammanträder kulturnämnden?" of a committee with several meetings in the documents asks about the one
 * to come, "När sammanträdde …" about one held: when exactly one meeting lies on the asked side of today, it
 * is the one. Otherwise all stay choices.
 */
function onTheAskedSide(choices: Case[], tense: 'past' | 'future' | null, today: string): Case[] {
  if (!tense || choices.length < 2) return choices;
  const side = choices.filter((c) => {
    const date = c.meetingTime?.value.date;
    return date !== undefined && (tense === 'future' ? date >= today : date < today);
  });
  return side.length === 1 ? side : choices;
}

const MEETING_INTENTS: ReadonlySet<Intent> = new Set(['when', 'where', 'which']);
/**
 * Questions that ask for a count, a sum or a length: no question for a group of agenda items ("Hur många gånger
 * får ett ärende bordläggas?"). "When will the tabled item be dealt with?" still asks which item.
 */
const VALUE_ASKED: ReadonlySet<Intent> = new Set([
  'how_often',
  'how_many',
  'how_much',
  'how_large',
  'how_long',
  'since_when',
]);
/** A body that meets: a committee, a board, a council ("kommunstyrelsen", "kulturnämnden", "the city council"). */
const MEETING_BODY =
  /(?:nämnd|styrelse|fullmäktige|beredning|utskott|råd)(?:n|en|et|s|ns|ens|ets)?$|\b(?:committee|board|council|assembly)\b/iu;

/**
 * The cases, one per document: the items of one document that tie on what they share (an agenda's
 * "Nämnden beslutar …") are offered as its best one. Entries that each stand as a case of their own, with a
 * case number of their own (the trips of a register of delegation decisions, the agreements of an overview,
 * the referrals of a page), are each a choice: a question that fits several of them fits each as well. So
 * they stay when the document's best one has no case number of its own (the minutes' closing "Anmälan av
 * delegationsbeslut" over the numbered items, for "Vad beslutade arbetsutskottet i ärendet?").
 */
function onePerDocument(cases: Iterable<Case>): Case[] {
  const out: Case[] = [];
  const firstOf = new Map<string, Case>();
  for (const c of cases) {
    const first = firstOf.get(c.docId);
    if (!first) {
      firstOf.set(c.docId, c);
      out.push(c);
    } else if (ownEntry(c) && !out.includes(c)) out.push(c);
  }
  return out;
}

/** A reply to a referral, an opinion on it ("svar på remissen", "yttrande", "the reply to the referral"). */
const REPLY_WORD =
  /\bsvar\w*|\byttrande\w*|\byttra\w*|\bremissvar\w*|\b(?:reply|replies|answer|answers|response|responses|opinion)\b/iu;

/**
 * "Who do I contact with questions about the referral on …?": of a referral and the replies to it that fit
 * equally (each reply cites the referral's case number), the question about the referral means the referral
 * itself, unless it asks about a reply. Null when no single referral is cited by all the others.
 */
export function referralItself(cases: Case[], question: string): Case | null {
  if (cases.length < 2 || REPLY_WORD.test(question)) return null;
  const first = cases[0]!;
  const citedByFirst = referralKeysOf(first).others;
  // How many of the cases (each place in the list counted) are cited by all the others.
  let found = 0;
  let cited: Case | null = null;
  const own = referralKeysOf(first).own;
  if (own !== null && cases.every((o) => o === first || referralKeysOf(o).others.has(own))) {
    for (const o of cases) if (o === first) found++;
    cited = first;
  }
  // Any other such case's own key is one the first cites, and every case but it cites that key: each key
  // the first cites is followed through the list only while at most one case (the key's own) does not
  // cite it. Among many cases most keys stop at the second case that does not, so a field question that
  // names no topic (thousands of cases) no longer reads every case's own key.
  for (const key of citedByFirst) {
    if (key === null) continue;
    let missing: Case | null = null;
    let misses = 0;
    let stopped = false;
    for (let i = 1; i < cases.length; i++) {
      const o = cases[i]!;
      if (referralKeysOf(o).others.has(key)) continue;
      if (missing !== null && missing !== o) {
        stopped = true;
        break;
      }
      missing = o;
      misses++;
    }
    if (stopped) continue;
    if (missing === null) {
      // Every case cites the key: each one (but the first) whose own key it is, is cited by all the others.
      for (let i = 1; i < cases.length; i++) {
        const c = cases[i]!;
        if (c !== first && referralKeysOf(c).own === key) {
          found++;
          cited = c;
        }
      }
    } else if (missing !== first && referralKeysOf(missing).own === key) {
      // The one case that does not cite the key is cited by all the others if the key is its own.
      found += misses;
      cited = missing;
    }
  }
  return found === 1 ? cited : null;
}

/**
 * A case's own reference key and those it cites, kept per case: a field question among many documents
 * weighs hundreds of cases against each other, and reading their case numbers anew for every pair was a
 * tenth of its time at 1,000 documents. A case is never changed after it is read.
 */
const referralKeys = new WeakMap<Case, { own: string | null; others: Set<string | null> }>();

function referralKeysOf(c: Case): { own: string | null; others: Set<string | null> } {
  let keys = referralKeys.get(c);
  if (!keys) {
    keys = {
      own: c.dnr ? referenceKey(c.dnr.value) : null,
      others: new Set(c.otherDnrs.map((d) => referenceKey(d))),
    };
    referralKeys.set(c, keys);
  }
  return keys;
}

function ownEntry(c: Case): boolean {
  return c.item !== null && c.dnr !== null;
}

function distinct(cases: Case[]): Case[] {
  const seen = new Set<string>();
  return cases.filter((c) => {
    const key = distinctKey(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Kept per case: a field question that names no topic weighs every referral, and reading thousands of case
 * numbers anew per question was a quarter of its time at 10,000 documents. A case is never changed after
 * it is read; a re-read document brings new Case objects.
 */
const distinctKeys = new WeakMap<Case, string>();

function distinctKey(c: Case): string {
  let key = distinctKeys.get(c);
  if (key === undefined) {
    const dnr = c.dnr ? referenceKey(c.dnr.value) : null;
    key = dnr ? `${dnr}|${c.title?.value ?? ''}|${c.deadline?.value ?? ''}` : c.id;
    distinctKeys.set(c, key);
  }
  return key;
}

/** Upcoming deadlines first (nearest first), then passed ones (latest first), then cases without one. */
function byUpcoming(a: Case, b: Case, today: string): number {
  const da = a.deadline?.value ?? '';
  const db = b.deadline?.value ?? '';
  if (da === db) return 0;
  if (!da || !db) return da ? -1 : 1;
  if (da >= today !== db >= today) return da >= today ? -1 : 1;
  // ISO dates order as strings; localeCompare would collate them, for the same order at many times the cost.
  const [first, second] = da >= today ? [da, db] : [db, da];
  return first < second ? -1 : 1;
}

function existenceCue(index: SearchIndex, intent: Intent): WeightedConcept[] {
  const cue = {
    surface: 'finns',
    alternatives: [{ stems: ['finn'], quality: 1, source: 'word' as const }],
    isName: false,
    nounish: false,
    lang: 'sv' as const,
  };
  return weighConcepts(index, [cue], intent).map((w) => ({ ...w, generic: true, weight: 1 }));
}

/**
 * The list the question asked for: the best sentence introduces a list ("… läggs följande riktlinjer
 * fast:"), or it is a list item matched through its list's lead rather than its own words.
 */
function listAsked(best: SentenceCandidate): { heading: string; items: string[] } | null {
  const { passage, doc } = best.entry;
  const sections = subSections(doc, passage);
  if (sections.length > 0) return { heading: passage.text, items: sections };
  if (passage.kind === 'paragraph' && passage.text.trim().endsWith(':')) {
    const items = doc.passages
      .filter((p) => p.kind === 'list_item' && p.lead === passage.text)
      .map((p) => p.text);
    return { heading: passage.text, items };
  }
  if (passage.kind !== 'list_item' || best.features.cover >= best.features.window / 2) return null;
  // The list the item stands in: the run of items around it. Each item of an agenda may have a list under a
  // heading of the same words ("Kommunstyrelsens förslag till beslut"), and those are other lists.
  const inList = (p: (typeof doc.passages)[number] | undefined) =>
    p !== undefined && p.kind === 'list_item' && p.section === passage.section && p.lead === passage.lead;
  const at = doc.passages.indexOf(passage);
  let from = at;
  let to = at;
  while (inList(doc.passages[from - 1])) from--;
  while (inList(doc.passages[to + 1])) to++;
  const items = doc.passages.slice(from, to + 1).map((p) => p.text);
  return { heading: passage.lead ?? passage.section ?? '', items };
}

/** The preparation narrowed to sentences that state a deadline, in one case or in any. */
function deadlineSentences(prepared: Prepared, c?: Case): Prepared {
  return {
    ...prepared,
    sentences: prepared.sentences.filter(
      // The case first: the pattern is the dearer test.
      (s) => (c === undefined || s.caseRef.id === c.id) && statesDeadline(s.sentence),
    ),
  };
}

/** How much of the question a dated sentence without a deadline word must hold to answer a deadline question. */
const DATED_COVER = 0.75;

/** The preparation narrowed to sentences that state a date and hold most of the question. */
function datedSentences(prepared: Prepared): Prepared {
  return {
    ...prepared,
    sentences: prepared.sentences.filter((s) => statesDate(s.sentence) && s.features.cover >= DATED_COVER),
  };
}

/**
 * Best first. Of equally scored sentences, the one holding the question's words closest together comes
 * first, then the earlier one.
 */
export function byRank(
  a: { s: SentenceCandidate; score: number },
  b: { s: SentenceCandidate; score: number },
): number {
  return b.score - a.score || b.s.features.proximity - a.s.features.proximity || a.s.id - b.s.id;
}

/**
 * A common noun on an acronym ("EU-projektet", "EU-stödet", "UBC-konferensen") is capitalised for its acronym,
 * not because it is a name: it points as "projektet" does, and whether its acronym singles out one case is left
 * to the cases' cover of the question (a choice must hold the acronym as the best case does).
 */
const KIND_ON_ACRONYM = /^\p{Lu}{2,}-\p{Ll}/u;

/** In how many documents' candidate cases a word that is no noun may stand and still name its thing. */
const COMMON_WORD_DOCUMENTS = 3;
/** The least quality of a match of a word itself, a translation or all its parts (not one part alone). */
const WHOLE_WORD = 0.85;

/**
 * A question that points at one thing ("the conference", "projektet", "Vad kostar det per år?") without
 * naming it: no name in its topic (but an acronym naming a kind: "EU-projektet", "the EU project", or a name
 * most candidate documents hold: "betalar EU i projektet"), and a definite noun or a pronoun.
 */
function isUnanchored(
  question: string,
  topic: readonly WeightedConcept[],
  common: ReadonlySet<WeightedConcept> = new Set(),
): boolean {
  if (
    topic.length === 0 ||
    topic.some(
      (w) =>
        w.concept.isName &&
        !common.has(w) &&
        !KIND_ON_ACRONYM.test(w.concept.surface) &&
        !acronymOfKind(question, w.concept.surface),
    )
  )
    return false;
  return (
    ENGLISH_DEFINITE.test(question) ||
    POINTING_PRONOUN.test(question) ||
    topic.some((w) => w.concept.lang === 'sv' && isDefinite(w.concept.surface))
  );
}

const ENGLISH_DEFINITE = /\bthe\b/i;

/**
 * "the EU project", "the ESF application": an acronym between "the" and a lower-case noun names the kind of
 * thing, as "EU-projektet" does in Swedish, not the thing.
 */
function acronymOfKind(question: string, surface: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(surface)) return false;
  return new RegExp(`\\bthe\\s+${surface}\\s+\\p{Ll}`, 'u').test(question);
}
/** The city itself ("staden", "the city"): definite, but always the asker's own, not a thing among cases. */
const SELF = /^(?:staden|stadens|kommunen|kommunens|city|city's)$/iu;

/**
 * What an unanchored question points at: its Swedish nouns in the definite form ("projektet", "avtalet"),
 * and the nouns of an English question after "the" ("the EU project").
 */
function pointedConcepts(question: string, topic: readonly WeightedConcept[]): WeightedConcept[] {
  const after = question.search(ENGLISH_DEFINITE);
  return topic.filter((w) => {
    if (SELF.test(w.concept.surface)) return false;
    if (w.concept.lang === 'sv') return isDefinite(w.concept.surface);
    if (after < 0 || !w.concept.nounish) return false;
    return question.toLocaleLowerCase('en').indexOf(w.concept.surface.toLocaleLowerCase('en'), after) >= 0;
  });
}
/** "When does it enter into force?", "Vad kostar det per år?": a pronoun for something the asker has in mind. */
const POINTING_PRONOUN = /\b(?:it|det|den)\b/i;
/** Swedish nouns whose base form ends like a definite one (-an, -et). */
const BASE_LIKE_DEFINITE = /(?:ansökan|påverkan|inverkan|verkan|början|önskan|tvekan|anmodan|budget)$/i;

/** A Swedish noun in the definite form: konferensen, projektet, resan, konferenserna, nätverkets. */
function isDefinite(surface: string): boolean {
  const word =
    surface
      .toLocaleLowerCase('sv')
      .split(/[\s-]+/)
      .at(-1) ?? '';
  if (word.length < 5 || BASE_LIKE_DEFINITE.test(word)) return false;
  return /(?:en|et|na|ns|ets)$/.test(word) || definiteAnBase(word) !== null;
}

/** The longest paragraph a lead-in announces that is quoted whole with it. */
const ANNOUNCED_PARAGRAPH = 400;

/** How many cases that hold a reservation question equally well are read whole. */
const CASE_WIDE_CASES = 3;

/** How much of an unanchored question a case's title must hold for the case to be read whole. */
const UNANCHORED_TITLE = 0.5;
/** How many such cases are read whole, best covered first, and how many passages each may have. */
const UNANCHORED_CASES = 3;
const UNANCHORED_CASE_PASSAGES = 40;
/**
 * A case of at most this many passages (a memo, a press release, an agenda item) is about what it holds:
 * holding every word of the question is enough for it to be the thing the question points at.
 */
const UNANCHORED_SHORT_CASE = 25;

/** The small cases among the candidates whose titles name what an unanchored question points at. */
function titledCases(sentences: readonly SentenceCandidate[]): Case[] {
  const byId = new Map<string, SentenceCandidate>();
  for (const s of sentences) {
    const size = s.caseRef.passages.to - s.caseRef.passages.from;
    if (size > UNANCHORED_CASE_PASSAGES || s.features.titleCover < UNANCHORED_TITLE) continue;
    if (!byId.has(s.caseRef.id)) byId.set(s.caseRef.id, s);
  }
  return [...byId.values()]
    .sort(
      (a, b) => b.features.caseCover - a.features.caseCover || b.features.titleCover - a.features.titleCover,
    )
    .slice(0, UNANCHORED_CASES)
    .map((s) => s.caseRef);
}

/** How much of the best sentence's window of the question an untitled unanchored choice's sentence holds. */
const UNANCHORED_SENTENCE_SHARE = 0.5;
/** The fewest words of a question for that share to be measured. */
const UNANCHORED_SENTENCE_WORDS = 3;
/** A body named after a locative preposition ("på Socialdepartementet", "at the Ministry of Health"). */
const AT_BODY = /(?<![\p{L}])(?:på|hos|vid|at)\s+(?:the\s+)?(\p{Lu}[\p{L}-]{3,})/u;

/**
 * A question that names nothing (no name, no case) and whose every word several documents hold ("Vad kostar
 * konferensen?", "Who leads the project?") points at "the" conference or project without saying which. When
 * cases of two or more documents hold all its words and say something of the asked type (a sum, a name),
 * it is asked back, whichever of their sentences happens to hold the question's words closest.
 */
function unanchoredChoices(
  prepared: Prepared,
  scored: { s: SentenceCandidate; score: number }[],
  best: { s: SentenceCandidate; score: number },
  model: AnswerModel,
): Case[] {
  if (model.unanchoredSlack <= 0 || !isUnanchored(prepared.question, prepared.topic, prepared.commonNames))
    return [];
  const cover = best.s.features.caseCover;
  // A word met by its translation (quality 0.9) meets 0.8999… of a one-word topic: that is 0.9.
  if (cover < model.unanchoredCover - 1e-9) return [];
  const floor = model.answerThreshold - model.unanchoredSlack;
  const shaped = hasCue(prepared.intent);
  const fitting: Case[] = [];
  for (const { s, score } of scored) {
    if (score < floor) break;
    if ((shaped && s.features.cue === 0) || s.features.leadIn > 0) continue;
    // The guidelines that ceased to apply are not another thing the question may mean beside those in force.
    if (s.features.outOfForce > best.s.features.outOfForce) continue;
    // A case whose title names the kind of thing pointed at ("Deltagande i EU-projektet …") may say the asked
    // thing in other words than the best case does ("stadens del" for "medfinansierar"): it must hold as
    // much of the question's nouns as the best case, and either as much of the whole question or some of
    // it in its answering sentence.
    const titled = prepared.titled.has(s.caseRef.id);
    const nounCover = prepared.nounCover.get(s.caseRef.id) ?? 0;
    const bestNouns = prepared.nounCover.get(best.s.caseRef.id) ?? 0;
    if (
      titled
        ? nounCover < bestNouns - model.rivalCover - 1e-9 ||
          (s.features.caseCover < cover - model.rivalCover - 1e-9 && s.features.cover === 0)
        : s.features.caseCover < cover - model.rivalCover - 1e-9
    )
      continue;
    // The case is about what the question names (its title says so, or it is short: a memo, an agenda
    // item), or the sentence is: a long programme that holds every word somewhere is not another conference.
    const short = s.caseRef.passages.to - s.caseRef.passages.from <= UNANCHORED_SHORT_CASE;
    if (!short && !titled && Math.max(s.features.titleCover, s.features.window) < model.unanchoredAbout)
      continue;
    // A short case that holds the question's words here and there but answers with a sentence that says
    // little of it ("Idrottsnämnden ska följas upp två gånger per år" for how often the noise strategy is
    // followed up) is not another thing the question may mean.
    // A question that says little ("Hur mycket kostar det för staden?") leaves no measure there: one word
    // in a sentence or none.
    // A case whose title names the thing pointed at may say the rest in other words, but it must say some of
    // it: one whose sentence holds nothing of the question but what its title holds, less than half of what
    // the best sentence says, and whose title meets no more of the question than the best case's title
    // ("Sista dag att svara på enkäten är …" in an invitation titled on another survey, for the deadline of
    // "the survey on bicycle parking") is not another thing the question may mean.
    const bestWindow = best.s.features.window;
    if (
      (!titled || (s.features.focus === 0 && s.features.titleCover <= best.s.features.titleCover + 1e-9)) &&
      prepared.topic.length >= UNANCHORED_SENTENCE_WORDS &&
      s.features.window < bestWindow * UNANCHORED_SENTENCE_SHARE
    )
      continue;
    // Without a shape to look for ("Which cities are partners in the project?"), any sentence of a case
    // may hold the question's words: the case's title must then meet as much of the question as the best
    // case's does ("Vilka är inriktningarna för det internationella arbetet?" is the strategy so titled).
    if (!shaped && s.features.titleCover < best.s.features.titleCover - model.rivalCover - 1e-9) continue;
    // Another case whose title does not name the thing pointed at must fit the question as well as the best
    // case either by its title or by its answering sentence: one that falls short on both ("500 000 kronor
    // avsätts inom kommunstyrelsens budget för en samverkansövning" beside the work plan titled on
    // international work, for "the city executive board's budget for international work") is about
    // something else that shares some of the question's words.
    if (
      !titled &&
      s.caseRef !== best.s.caseRef &&
      s.features.titleCover < best.s.features.titleCover - model.rivalCover - 1e-9 &&
      s.features.cover < best.s.features.cover - model.rivalCover - 1e-9
    )
      continue;
    fitting.push(s.caseRef);
  }
  return onePerDocument(fitting);
}

/**
 * The choices that hold every word naming a thing that the best case holds: a question that names a place,
 * a project or a body ("When do the climate coordinators meet next?") that only one of the cases has is about
 * that case, however well another case's sentence answers its other words (a newsletter's calendar row on
 * the coordinators' get-together, in a newsletter that never says "meeting").
 */
function singledOut(prepared: Prepared, best: Case, choices: Case[]): Case[] {
  const named = prepared.thingsHeld.get(best.id);
  if (!named || named.size === 0 || choices.length < 2) return choices;
  return choices.filter((c) => {
    // A case whose title names what the question points at ("projektet") may say the rest in other words.
    if (c === best || prepared.titled.has(c.id)) return true;
    const held = prepared.thingsHeld.get(c.id);
    return held !== undefined && [...named].every((w) => held.has(w));
  });
}

/**
 * Of the cases with a field, those that hold every name the question gives ("Cities for Clean Ports") that
 * some candidate case holds as a word of its own: a case without it is not the one asked about, however much
 * of the question's other words ("the application for membership") it meets. Null when none of them holds
 * it; all of them when the question gives no such name or is about a chosen case.
 */
function namedIn(prepared: Prepared, cases: Case[]): Case[] | null {
  if (prepared.scope || cases.length === 0) return cases;
  const heldSomewhere = new Set<WeightedConcept>();
  for (const held of prepared.thingsHeld.values()) for (const w of held) heldSomewhere.add(w);
  const names = prepared.topic.filter((w) => w.concept.isName && heldSomewhere.has(w));
  if (names.length === 0) return cases;
  const holding = cases.filter((c) => {
    const held = prepared.thingsHeld.get(c.id);
    return held !== undefined && names.every((w) => held.has(w));
  });
  return holding.length > 0 ? holding : null;
}

/** The share of the candidate documents that must hold a name for it to name no one thing among them. */
const COMMON_NAME_SHARE = 0.5;

/**
 * The question's names held as words of their own by the candidate cases of at least half the candidate
 * documents (and of at least `COMMON_WORD_DOCUMENTS`): "EU" in "Hur stor andel betalar EU i projektet?" says
 * who pays, not which project.
 */
function commonNames(
  topic: readonly WeightedConcept[],
  cases: readonly Case[],
  features: FeatureBuilder,
): Set<WeightedConcept> {
  const names = topic.filter((w) => w.concept.isName);
  if (names.length === 0) return new Set();
  const documents = new Set(cases.map((c) => c.docId)).size;
  const least = Math.max(COMMON_WORD_DOCUMENTS, COMMON_NAME_SHARE * documents);
  return new Set(
    names.filter(
      (w) =>
        new Set(cases.filter((c) => features.caseHolds(c, w) >= WHOLE_WORD).map((c) => c.docId)).size >=
        least,
    ),
  );
}

/** The cases of the candidate sentences, each once, in order. */
function distinctCases(sentences: readonly SentenceCandidate[]): Case[] {
  const cases = new Set<Case>();
  for (const s of sentences) cases.add(s.caseRef);
  return [...cases];
}

/** Cases that tie or rival, then the unanchored question's other choices, one case per document. */
function alsoUnanchored(cases: Case[], unanchored: Case[]): Case[] {
  return unanchored.length === 0 ? cases : distinct(onePerDocument([...cases, ...unanchored]));
}

/**
 * The cases, one per document, that answer the question as well as the best one: their best sentence
 * answers (within the model's rival margin of the best score, above the threshold) and the case meets as
 * much of the question as the best case does, so nothing the question says picks one of them.
 *
 * A question that names nothing ("When does the project start?", "Vem justerar protokollet?") points at
 * one project or meeting the asker has in mind, and any case with a sentence that answers it nearly as well
 * may be the one: that sentence need only meet nearly as much of the question and of its focus as the best
 * sentence (`unnamedCover`).
 */
function rivalCases(
  scored: { s: SentenceCandidate; score: number }[],
  best: { s: SentenceCandidate; score: number },
  model: AnswerModel,
  unnamed: boolean,
  nounCover: ReadonlyMap<string, number> = new Map(),
  topic: readonly WeightedConcept[] = [],
): Case[] {
  if (model.rivalMargin <= 0) return [];
  const sentenceCover = unnamed
    ? Math.min(model.rivalSentenceCover, best.s.features.cover - model.unnamedCover)
    : model.rivalSentenceCover;
  if (best.s.features.cover < sentenceCover) return [];
  const cover = best.s.features.caseCover;
  const bestNouns = nounCover.get(best.s.caseRef.id) ?? 1;
  // The most an unnamed question's rival may gain back from words its case lacks.
  const lift = unnamed ? Math.max(0, model.weights.caseCover) * cover : 0;
  const bestWords = lift > 0 ? wordsHeld(best.s.sentence, topic) : [];
  const bestHeld = unnamed ? wordsHeld(best.s.sentence, topic) : [];
  const fitting: Case[] = [];
  for (const { s, score: own } of scored) {
    if (own < best.score - model.rivalMargin - lift) break;
    // An unnamed question ("Hur många deltagare väntas?") names no thing: a case that holds what its answering
    // sentence holds and as many of the question's nouns as the best case, but not its other words ("väntas"
    // somewhere else in the best case), is picked by nothing the question asks about. Its score counts as
    // if its case held those words too.
    // Words of the question that the best case's title holds name what that case is about, not something
    // said in passing ("nordplus" of "vem handlägger skarpnäcks nordplus-ärende?", a word that several
    // documents hold): a case whose title holds less of them is not picked by nothing.
    const incidental =
      unnamed &&
      s.features.titleCover >= best.s.features.titleCover - model.rivalCover - 1e-9 &&
      s.features.cue > 0 &&
      s.features.leadIn === 0 &&
      s.features.cover >= best.s.features.cover - 1e-9 &&
      s.features.window >= best.s.features.window - 1e-9 &&
      (nounCover.get(s.caseRef.id) ?? 0) >= bestNouns - 1e-9 &&
      sameWords(wordsHeld(s.sentence, topic), bestWords);
    // An unnamed question whose best sentence says all it asks ("Hur mycket höjs medlemsavgiften?") is
    // answered as well by another case's sentence of the asked type that says it too, nearly as fully: what
    // sets them apart is how much the rest of each case holds of the question, which names no case.
    const saysItToo =
      unnamed &&
      best.s.features.cover >= model.rivalSentenceCover &&
      s.features.cue > 0 &&
      s.features.leadIn === 0 &&
      s.features.cover >= best.s.features.cover - model.unnamedCover - 1e-9 &&
      s.features.window >= best.s.features.window - model.unnamedCover - 1e-9 &&
      own >= model.answerThreshold &&
      holdsAll(wordsHeld(s.sentence, topic), bestHeld);
    const score = incidental
      ? own + Math.max(0, model.weights.caseCover) * Math.max(0, cover - s.features.caseCover)
      : saysItToo
        ? Math.max(own, best.score - model.rivalMargin)
        : own;
    if (score < best.score - model.rivalMargin || score < model.answerThreshold) continue;
    if (!incidental && !saysItToo && s.features.caseCover < cover - model.rivalCover) continue;
    if (s.features.cover < sentenceCover) continue;
    if (unnamed && s.features.focus < best.s.features.focus - model.unnamedCover) continue;
    // A sentence that holds the question's words far apart says something else in between.
    if (s.features.proximity < best.s.features.proximity * model.rivalProximity) continue;
    // Nor is a document no longer in force a rival of one in force.
    if (s.features.outOfForce > best.s.features.outOfForce) continue;
    fitting.push(s.caseRef);
  }
  return onePerDocument(fitting);
}

/**
 * The cases, one per document, that meet the question just as the best case does: as much of it in the
 * case, in the answering sentence and around it, with the same words of it in that sentence, ranked a little
 * lower only by how that sentence sits in its document ("Contact in Stockholm | …, project manager" in one
 * project's factsheet beside "Stockholm's project manager | …" under a heading on the project in another's
 * report, for the project manager "in the Interreg project", which both are). Nothing the question says picks
 * one of them, however little of it each sentence holds: the rivals' floor on a sentence's cover does not
 * apply.
 */
function equalCases(
  scored: { s: SentenceCandidate; score: number }[],
  best: { s: SentenceCandidate; score: number },
  model: AnswerModel,
  topic: readonly WeightedConcept[],
): Case[] {
  if (model.rivalMargin <= 0) return [];
  const b = best.s.features;
  const bestHeld = wordsHeld(best.s.sentence, topic);
  const fitting: Case[] = [best.s.caseRef];
  for (const { s, score } of scored) {
    if (score < best.score - model.rivalMargin) break;
    const f = s.features;
    if (s.caseRef.docId === best.s.caseRef.docId || score < model.answerThreshold) continue;
    if (f.cue === 0 || f.leadIn > 0 || f.outOfForce > b.outOfForce) continue;
    if (f.caseCover < b.caseCover - 1e-9 || f.cover < b.cover - 1e-9 || f.window < b.window - 1e-9) continue;
    if (f.titleCover < b.titleCover - model.rivalCover - 1e-9) continue;
    if (f.proximity < b.proximity * model.rivalProximity) continue;
    if (!sameWords(wordsHeld(s.sentence, topic), bestHeld)) continue;
    fitting.push(s.caseRef);
  }
  return onePerDocument(fitting);
}

/** The question's words a sentence holds as written (a word of it begins with each stem of an alternative). */
function wordsHeld(sentence: string, topic: readonly WeightedConcept[]): WeightedConcept[] {
  const words = sentence.toLocaleLowerCase('sv').match(/[\p{L}\p{N}]+/gu) ?? [];
  return topic.filter((w) =>
    w.concept.alternatives.some((a) => a.stems.every((stem) => words.some((word) => word.startsWith(stem)))),
  );
}

/** Two sentences hold the same words of the question. */
function sameWords(a: readonly WeightedConcept[], b: readonly WeightedConcept[]): boolean {
  return a.length === b.length && a.every((w) => b.includes(w));
}

/** A sentence holds every word of the question that another holds. */
function holdsAll(held: readonly WeightedConcept[], other: readonly WeightedConcept[]): boolean {
  return other.every((w) => held.includes(w));
}
