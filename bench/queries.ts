import type { KnowledgeDocument } from '../src/knowledge/types.js';

/** The fixed question mix for latency: what staff ask, in both languages, plus case numbers as typed. */
export const SWEDISH_QUESTIONS = [
  'Vem ansvarar för bevakning och påverkan?',
  'Vilka riktlinjer gäller för samverkan med näringslivet?',
  'Hur ska nämnderna följa upp arbetet?',
  'Vad säger strategin om hållbar tillväxt?',
  'Vilka ekonomiska konsekvenser har förslaget?',
  'När ska yttrandet lämnas?',
  'Vem är handläggare för remissen?',
  'Vilka instanser har fått remissen?',
  'Ska staden delta i internationella nätverk?',
  'Vad är förvaltningens synpunkter på förslaget?',
  'Hur påverkas barn och unga?',
  'Vilka mål finns för det internationella arbetet?',
  'Vad innebär ansvarsfördelningen mellan nämnderna?',
  'Finns det en handlingsplan för klimatet?',
  'Vem har remitterat ärendet?',
];

export const ENGLISH_QUESTIONS = [
  'Who is responsible for EU monitoring?',
  'What guidelines apply to cooperation with business?',
  'How should the boards follow up the work?',
  'What does the strategy say about sustainable growth?',
  'What are the financial consequences of the proposal?',
  'When is the referral response due?',
  'Who is the case officer?',
  'Which bodies received the referral?',
  'Should the city join international networks?',
  'What is the administration’s opinion on the proposal?',
  'How are children and young people affected?',
  'What are the goals of the international work?',
  'How is responsibility divided between the boards?',
  'Is there an action plan for the climate?',
  'Who sent the referral?',
];

/** Ten case numbers of the corpus, as written in the documents, spread over it. */
export function caseNumberQueries(documents: KnowledgeDocument[]): string[] {
  const withDnr = documents.filter((d) => d.meta.dnr !== null);
  const step = Math.max(1, Math.floor(withDnr.length / 10));
  const out: string[] = [];
  for (let i = 0; i < withDnr.length && out.length < 10; i += step) out.push(withDnr[i]!.meta.dnr!);
  return out;
}

/** The mix in a fixed interleaved order, so that no engine is measured on one kind of query at a time. */
export function queryMix(documents: KnowledgeDocument[]): string[] {
  const dnrs = caseNumberQueries(documents);
  const mix: string[] = [];
  for (let i = 0; i < SWEDISH_QUESTIONS.length; i++) {
    mix.push(SWEDISH_QUESTIONS[i]!, ENGLISH_QUESTIONS[i]!);
    if (i < dnrs.length) mix.push(dnrs[i]!);
  }
  return mix;
}

/** Latency percentiles (nearest rank) in milliseconds, to two decimals for sub-millisecond figures. */
export function percentiles(samples: number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => {
    const v = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
    return Math.round(v * 1000) / 1000;
  };
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}
