/**
 * A case (ärende) as a document states it. A document holds one case or, when it is an agenda
 * (föredragningslista), minutes or a protokollsutdrag with §§, one per item. Every field keeps the
 * evidence it was read from, so that an answer can quote it and a registrar can see and correct it.
 */

/** Where a field's value came from: the document's text, its front matter (or side file), or a person. */
export type EvidenceSource = 'text' | 'front-matter' | 'person';

export type FieldEvidence = {
  /** The verbatim sentence or line the value was read from (for `front-matter`: `key: value`). */
  sentence: string;
  /** The passage holding the sentence; for front matter, the document's first passage. */
  passageId: string;
  source: EvidenceSource;
};

/** A value with the evidence for it. A value without evidence is not a field: it is absent (null). */
export type Field<T> = { value: T; evidence: FieldEvidence };

export type CaseOfficer = { name: string; phone: string | null };

export type Signatory = { name: string; role: string | null };

/** The day (ISO yyyy-mm-dd) and time ("18.30") a meeting sits, and the body that meets when it is named. */
export type MeetingTime = { date: string; time: string | null; body: string | null };

/**
 * The version of the reading rules. It travels with every record made from a case, so that a record is
 * never overwritten by an older extractor (one instance of an older release, a rollback). Raise it when
 * a change reads documents differently.
 */
export const EXTRACTOR_VERSION = 66;

/**
 * What an agenda's or minutes' group heading, or an item's own line of standing, says an item is: tabled
 * ("Bordlagda ärenden", "Bordlagt 24 februari 2027"), sent back (återremitterat), a referral answer
 * ("Remissärenden"), for decision, for information, an election, a notice (anmälningsärende), an
 * interpellation or a motion.
 */
export type AgendaGroup =
  | 'tabled'
  | 'sent_back'
  | 'referral'
  | 'decision'
  | 'information'
  | 'election'
  | 'notice'
  | 'interpellation'
  | 'motion';

/** The writer of a councillor's paper and what kind of paper it is. */
export type Author = { names: string; kind: 'motion' | 'interpellation' | 'question' | 'letter' };

export type Case = {
  /** Stable within its document: `<doc id>#case:<n>`, n counting from 0 in reading order. */
  id: string;
  docId: string;
  /** The item's label in an agenda or minutes ("7", "§ 112"); null for a document that is one case. */
  item: string | null;
  /** The case's own case number as written, prefix dropped (`KS-dnr: 006-1137/2007` → `006-1137/2007`). */
  dnr: Field<string> | null;
  /** Other case numbers the case cites (the sender's, an earlier decision's), as written. */
  otherDnrs: string[];
  title: Field<string> | null;
  /**
   * True when the document has no title line of its own and the title is its file name, tidied: a
   * registrar should give it a title (`referral set <dnr> title:"…"`).
   */
  titleFromFileName: boolean;
  /** True only when the text says it is a referral, or an answer to one ("Remiss från …"). */
  referral: Field<boolean> | null;
  /** Who sent the referral (remittent). */
  sender: Field<string> | null;
  /** The bodies the referral went to (remissinstanser). */
  recipients: Field<string[]> | null;
  caseOfficer: Field<CaseOfficer> | null;
  /**
   * Who wrote the motion, interpellation, question or letter the case is about ("Motion (2026:71) av Lena
   * Ström (L)"), with the kind of paper it is.
   */
  author: Field<Author> | null;
  /**
   * Every paper the case names with its writers, in reading order (a report on a motion and a letter names
   * both); `author` is the first.
   */
  papers: Field<Author>[];
  /** A referral's reply deadline, ISO yyyy-mm-dd: a full date and a reply cue in one sentence. */
  deadline: Field<string> | null;
  /** The case's own date (the document's or the meeting's), ISO yyyy-mm-dd. */
  date: Field<string> | null;
  signatories: Field<Signatory>[];
  /**
   * When the meeting that handles the case sits: an agenda's or minutes' head ("Tid: …", "Sammanträdesdag:
   * …"), or a report's addressee block with the meeting's date ("Till / Kulturnämnden / 2027-03-16").
   */
  meetingTime: Field<MeetingTime> | null;
  /** Where that meeting sits ("Plats: Stadshuset, Rådssalen"), from an agenda's or minutes' head. */
  meetingPlace: Field<string> | null;
  /**
   * For an agenda's or minutes' item: what its group heading and its own lines say it is, each with the
   * line it was read from ("Bordlagda ärenden" → tabled). Empty for other cases.
   */
  groups?: Field<AgendaGroup>[];
  /**
   * The passages that belong to the case: ordinals `from` (inclusive) to `to` (exclusive) in the
   * document's `passages`. A one-case document covers all of them.
   */
  passages: { from: number; to: number };
};
