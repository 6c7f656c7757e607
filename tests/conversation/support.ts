import { cpSync } from 'node:fs';
import path from 'node:path';
import type { AnswerEngine } from '../../src/answer/engine.js';
import { copyOfKnowledge } from '../support/knowledge.js';

/**
 * The bundled knowledge and two fictional documents: three cases with a case officer each (the seed
 * referral: Christina Hermansson; the cycling plan referral: Maja Exempelsson), so that "who is the case
 * officer?" means something only in a conversation.
 */
export function twoReferralsKnowledge(): string {
  const dir = copyOfKnowledge();
  cpSync(path.resolve(import.meta.dirname, '../fixtures/knowledge'), dir, { recursive: true });
  return dir;
}

export const SEED_CASE = '000_0e4e3719d66b1344.txt#case:0';
export const CYCLE_CASE = 'fiktiv-remiss-cykelplan.md#case:0';
export const CYCLE_LABEL = 'Remiss av Cykelplan för Exempelstaden 2030 (dnr KS 2025/0417)';

/**
 * Whether the engine answers within the cases it is given (AskOptions.caseIds). Follow-ups whose answer
 * lies only in the previous answer's case need it; until the engine honours it they are skipped.
 */
export function honoursCaseIds(engine: AnswerEngine): boolean {
  return engine.answer('vem är handläggare?', { caseIds: [SEED_CASE] }).cases[0] === SEED_CASE;
}
