import type { Lang } from '../core/lang.js';
import type { Intent } from './intent.js';

/** The JSON answer shape of DESIGN.md (`utblick ask --json`), best citation first. */
export type Citation = {
  doc: string;
  title: string;
  dnr: string | null;
  section: string | null;
  quote: string;
  score: number;
  passageId: string;
  replacedBy: string | null;
  /** The document is marked confidential (sekretess): never quoted into a channel. */
  confidential: boolean;
};

/** One case a question could be about, offered as a choice when the question fits several equally. */
export type ClarifyOption = {
  doc: string;
  /** The case id (`<doc id>#case:<n>`): what a `choose` action carries back. */
  case: string;
  title: string;
  dnr: string | null;
  /** The case's own date (ISO), or its deadline when it has no date of its own. */
  date: string | null;
  /**
   * For a referral, the case number it was sent under when that is not its own ("KS 2026/588" for a
   * committee's reply filed as 2026-17542): staff know a referral by it (shown in the text, not in the JSON).
   */
  referredAs?: string;
  /**
   * For an item of an agenda or of minutes, the meeting it belongs to ("Idrottsnämnden, kallelse 2027-03-23"):
   * an item's title alone ("Val av justerare") does not say which meeting (shown in the text, not in the JSON).
   */
  meeting?: string;
  /** The sentence of the case that fits the question best (shown in the text, not in the JSON). */
  preview?: string;
  /** The case's document is marked confidential (internal: not part of the JSON answer). */
  confidential?: boolean;
};

/** How a question is asked beyond its text. */
export type AskOptions = {
  /** Answer in this language instead of the question's. */
  lang?: Lang;
  /**
   * Answer about these cases only: the case chosen from a clarify list (`choose`), or the cases of the
   * previous answer in a conversation (a follow-up). Unknown ids are ignored.
   */
  caseIds?: readonly string[];
};

export type AnswerResult = {
  question: string;
  lang: Lang;
  intent: Intent;
  abstained: boolean;
  /**
   * The answer text or its quote is drawn from a document marked confidential: it may be shown only to
   * the person asking in private. (A confidential document among the other citations does not count.)
   */
  confidential: boolean;
  answer: string;
  citations: Citation[];
  /**
   * Every case the question fits equally, best first, when the engine asks back instead of answering;
   * empty otherwise. The answer text then lists the first five and says how many more there are.
   */
  clarify: ClarifyOption[];
  /** The case ids the answer is about (the top citation's case first); empty when it declined or asks back. */
  cases: string[];
};
