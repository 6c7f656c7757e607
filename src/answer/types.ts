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
};
