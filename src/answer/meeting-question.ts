import type { WeightedConcept } from './rank.js';

/** What a question asks about a meeting itself: when it sits, where, or both. */
export type MeetingAsked = { time: boolean; place: boolean };

// The meeting itself, not a meeting named by a compound ("årsmötet", "the annual meeting" keeps its other
// words in the topic and is met only by a document about it).
const MEETING_WORD =
  /(?<![\p{L}\d-])(?:sammanträde[nt]?|sammanträdet|sammanträdena|sammanträder|sammanträdde|möte[nt]?|mötet|träffas|meeting|meetings|meet|meets|sit|sits)(?![\p{L}\d-])/iu;
const TIME_ASKED =
  /^\s*(?:när|when|what date|what day|on what (?:date|day)|vilket datum|vilken dag|vilken tid|hur dags|(?:at )?what time)\b|^\s*(?:vid|på|at|in) (?:vilket|which) (?:sammanträde|möte|meeting)\b/iu;
const PLACE_ASKED =
  /^\s*(?:var|where)\b|^\s*(?:i|på|in|at) (?:vilken|vilket|which|what) (?:lokal|sal|rum|plats|room|venue|place|building)\b/iu;
const BOTH_ASKED = /^\s*(?:när och var|var och när|when and where|where and when)\b/iu;
// Another meeting than the one a document is about ("nästa sammanträde", "the meeting after 10 March"), or
// how often meetings are held: a sentence answers those.
const OTHER_MEETING =
  /\b(?:nästa|nästkommande|följande|kommande|senaste|förra|föregående|första|efter|före|next|following|upcoming|previous|last|first|after|before|often|ofta)\b/iu;

// Something of the meeting with a time of its own: its minutes checked, a decision made, a notice sent, people
// signing up, the public's questions ("When were the minutes of the February meeting approved?").
const PART_OF_MEETING =
  /(?<![\p{L}])(?:protokoll\p{L}*|minutes|juster\p{L}*|beslut\p{L}*|decision\p{L}*|decided|approv\p{L}*|godkän\p{L}*|kallelse\p{L}*|notice|invitation\p{L}*|inbjudan|handlingar\p{L}*|papers|anmäl\p{L}*|regist\p{L}*|frågestund\p{L}*|questions?)(?![\p{L}])/iu;

/**
 * "När sammanträder kulturnämnden?", "Where's the meeting held?", "Vid vilket sammanträde behandlas ärendet?":
 * the time or place of the meeting a document is for, which its head states. Null for any other question.
 */
export function meetingAsked(question: string): MeetingAsked | null {
  if (!MEETING_WORD.test(question) || OTHER_MEETING.test(question) || PART_OF_MEETING.test(question))
    return null;
  if (BOTH_ASKED.test(question)) return { time: true, place: true };
  if (TIME_ASKED.test(question)) return { time: true, place: false };
  if (PLACE_ASKED.test(question)) return { time: false, place: true };
  return null;
}

/** The question's words that say no more than "the meeting" (its word, and what the question word asks). */
export function isMeetingWord(w: WeightedConcept): boolean {
  return MEETING_WORD.test(w.concept.surface);
}
