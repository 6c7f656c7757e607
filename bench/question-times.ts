import { pathToFileURL } from 'node:url';
import { AnswerEngine } from '../src/answer/engine.js';
import { systemClock } from '../src/core/clock.js';
import { loadLexicon } from '../src/runtime/knowledge-base.js';
import { loadIndex, saveIndex } from '../src/search/persist.js';
import { SearchIndex } from '../src/search/search-index.js';
import { KNOWLEDGE_DIR, prepareCorpus, readDocuments } from './corpus.js';
import { indexDirOf } from './engines.js';
import { percentiles, queryMix } from './queries.js';

/**
 * `npx tsx bench/question-times.ts --docs N [--rounds R] [--seed S]`: the CPU time of each question of the
 * bench's mix among N generated documents (median over R rounds after one to warm up), slowest first, and
 * the percentiles over all answers. Uses the index `npm run bench` saved for the corpus (builds and saves it
 * when there is none), so that comparing two versions of the answer core costs seconds, not a build.
 */
export function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
}

/**
 * The engine over N generated documents and the bank's, on the index `npm run bench` saved (built and saved
 * when there is none), with the bench's question mix answered once to warm up.
 */
export async function mixEngine(docs: number, seed: number, log: (s: string) => void) {
  const corpus = await prepareCorpus(docs, seed, log);
  const generated = await readDocuments(corpus.documentsFile);
  // Indexed as `npm run bench` indexes them (with the bank's documents), so that its saved index serves.
  const documents = [...generated, ...(await readDocuments(corpus.bankFile))];
  const dir = indexDirOf(corpus.dir);
  let index = await loadIndex(documents, dir);
  if (!index) {
    index = new SearchIndex(documents);
    await saveIndex(index, documents, dir);
  }
  const engine = new AnswerEngine(index, documents, await loadLexicon(KNOWLEDGE_DIR), {
    clock: systemClock,
    timeZone: 'Europe/Stockholm',
  });
  const mix = queryMix(generated);
  for (const q of mix) engine.answer(q);
  return { engine, index, mix };
}

async function main() {
  const argv = process.argv.slice(2);
  const docs = Number(option(argv, 'docs') ?? 1000);
  const rounds = Number(option(argv, 'rounds') ?? 5);
  const seed = Number(option(argv, 'seed') ?? 1);
  const { engine, index, mix } = await mixEngine(docs, seed, (s) => process.stderr.write(`${s}\n`));
  const times = new Map<string, number[]>(mix.map((q) => [q, []]));
  for (let r = 0; r < rounds; r++) {
    for (const q of mix) {
      const before = process.cpuUsage();
      engine.answer(q);
      const used = process.cpuUsage(before);
      times.get(q)!.push((used.user + used.system) / 1000);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const rows = [...times].map(([q, t]) => ({ q, ms: median(t) })).sort((a, b) => b.ms - a.ms);
  for (const { q, ms } of rows) process.stdout.write(`${ms.toFixed(2).padStart(8)} ms  ${q}\n`);
  const all = percentiles([...times.values()].flat());
  process.stdout.write(
    `${docs} documents, ${index.size} passages, ${rounds} rounds: CPU per answer p50 ${all.p50} ms, p95 ${all.p95} ms, p99 ${all.p99} ms\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: Error) => {
    process.stderr.write(`question-times: ${error.stack ?? error.message}\n`);
    process.exitCode = 1;
  });
}
