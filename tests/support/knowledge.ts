import { copyFileSync, cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixedClock } from '../../src/core/clock.js';
import { KnowledgeBase } from '../../src/runtime/knowledge-base.js';

export const KNOWLEDGE_DIR = path.resolve(import.meta.dirname, '../../knowledge');
/** A fixed "today" for answers that mention days left (deadline arithmetic must not depend on the real date). */
export const TODAY = '2026-11-26T09:00:00+01:00';

let shared: Promise<KnowledgeBase> | null = null;

/** The bundled knowledge folder, loaded once per test file. */
export function bundledKnowledge(): Promise<KnowledgeBase> {
  shared ??= KnowledgeBase.open({
    dir: KNOWLEDGE_DIR,
    maxFileBytes: 25 * 1024 * 1024,
    clock: fixedClock(TODAY),
    timeZone: 'Europe/Stockholm',
  });
  return shared;
}

/** A copy of the bundled knowledge folder that a test may add files to. */
export function copyOfKnowledge(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'utblick-knowledge-'));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

/**
 * The bundled knowledge with a test's fictional documents added (those of `fixtures` that `pick` keeps),
 * opened at the question bank's date, so that deadlines and validity read as the bank's questions do.
 */
export function knowledgeWith(
  fixtures: string,
  pick: (name: string) => boolean = () => true,
): Promise<KnowledgeBase> {
  const dir = copyOfKnowledge();
  for (const name of readdirSync(fixtures).filter(pick))
    copyFileSync(path.join(fixtures, name), path.join(dir, name));
  return KnowledgeBase.open({
    dir,
    maxFileBytes: 1_000_000,
    clock: fixedClock('2027-03-01T10:00:00+01:00'),
    timeZone: 'Europe/Stockholm',
  });
}
