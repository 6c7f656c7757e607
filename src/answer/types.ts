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
};

export type AnswerResult = {
  question: string;
  lang: Lang;
  intent: Intent;
  abstained: boolean;
  answer: string;
  citations: Citation[];
};
