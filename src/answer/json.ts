import type { AnswerResult } from './types.js';

/**
 * The JSON shape of an answer (DESIGN.md: `utblick ask --json`): internal fields such as passage ids stay
 * out of it. `confidential` is added to each citation: the terminal is the operator's own, so the quote is
 * printed, marked. The core hands this to every caller as the answer's `data`.
 */
export function answerJson(result: AnswerResult) {
  return {
    question: result.question,
    lang: result.lang,
    intent: result.intent,
    abstained: result.abstained,
    answer: result.answer,
    citations: result.citations.map(({ doc, title, dnr, section, quote, score, confidential }) => ({
      doc,
      title,
      dnr,
      section,
      quote,
      score,
      confidential,
    })),
    clarify: result.clarify.map(({ doc, case: caseId, title, dnr, date }) => ({
      doc,
      case: caseId,
      title,
      dnr,
      date,
    })),
  };
}

export type AnswerJson = ReturnType<typeof answerJson>;
