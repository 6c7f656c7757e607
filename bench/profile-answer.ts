import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AnswerEngine } from '../src/answer/engine.js';
import { systemClock } from '../src/core/clock.js';
import { loadLexicon } from '../src/runtime/knowledge-base.js';
import { SearchIndex } from '../src/search/search-index.js';
import { KNOWLEDGE_DIR, prepareCorpus, readDocuments } from './corpus.js';
import { timed } from './engines.js';
import { queryMix } from './queries.js';

/**
 * `npx tsx bench/profile-answer.ts --docs N [--seed S] [--rounds R] [--top T] [--match RE] [--out FILE]`: where answer
 * time goes among N generated documents. Builds the index and the engine, answers the bench's query mix
 * once to warm up, then samples the CPU (the inspector's profiler, 100 µs) over R more rounds of the mix
 * and prints the functions and files with the most self and inclusive time. `--out` also writes the
 * `.cpuprofile` (Chrome DevTools, speedscope). Only the answering is sampled, not the build. `--match RE`
 * keeps only the mix's questions that match RE (e.g. the slowest few, which decide p99).
 */
type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
}

const ROOT = path.resolve(import.meta.dirname, '..');

function place(frame: ProfileNode['callFrame']): string {
  const url = frame.url.replace(/^file:\/\//, '');
  const file = url.startsWith(ROOT) ? path.relative(ROOT, url) : url ? path.basename(url) : '(native)';
  return file;
}

function label(frame: ProfileNode['callFrame']): string {
  const name = frame.functionName || '(anonymous)';
  // tsx runs each module as one transformed line, so a line number would say nothing there.
  return frame.lineNumber > 0
    ? `${name}  ${place(frame)}:${frame.lineNumber + 1}`
    : `${name}  ${place(frame)}`;
}

/** Self and inclusive microseconds per function and per file; a recursive function counts once per sample. */
export function summarise(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const fileSelf = new Map<string, number>();
  const fileTotal = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const leaf = byId.get(id);
    if (!leaf || leaf.callFrame.functionName === '(idle)') return;
    all += dt;
    add(self, label(leaf.callFrame), dt);
    add(fileSelf, place(leaf.callFrame), dt);
    const seen = new Set<string>();
    const seenFiles = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const key = label(frame);
      if (!seen.has(key)) {
        seen.add(key);
        add(total, key, dt);
      }
      const file = place(frame);
      if (!seenFiles.has(file)) {
        seenFiles.add(file);
        add(fileTotal, file, dt);
      }
    }
  });
  return { all, self, total, fileSelf, fileTotal };
}

function top(m: Map<string, number>, all: number, n: number, perQuestion: number): string {
  return [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([k, us]) =>
        `${((100 * us) / all).toFixed(1).padStart(5)} %  ${(us / 1000 / perQuestion).toFixed(2).padStart(8)} ms/q  ${k}`,
    )
    .join('\n');
}

async function main() {
  const argv = process.argv.slice(2);
  const docs = Number(option(argv, 'docs') ?? 1000);
  const seed = Number(option(argv, 'seed') ?? 1);
  const rounds = Number(option(argv, 'rounds') ?? 3);
  const n = Number(option(argv, 'top') ?? 25);
  const out = option(argv, 'out');
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const corpus = await prepareCorpus(docs, seed, log);
  const documents = await readDocuments(corpus.documentsFile);
  const lexicon = await loadLexicon(KNOWLEDGE_DIR);
  const index = await timed(() => new SearchIndex(documents));
  const engine = await timed(
    () =>
      new AnswerEngine(index.value, documents, lexicon, {
        clock: systemClock,
        timeZone: 'Europe/Stockholm',
      }),
  );
  const only = option(argv, 'match');
  const mix = queryMix(documents).filter((q) => !only || new RegExp(only, 'iu').test(q));
  const first = await timed(() => engine.value.answer(mix[0]!));
  for (const q of mix) engine.value.answer(q);

  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const answering = await timed(() => {
    for (let r = 0; r < rounds; r++) for (const q of mix) engine.value.answer(q);
  });
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  if (out) await writeFile(out, JSON.stringify(profile));

  const questions = rounds * mix.length;
  const s = summarise(profile);
  process.stdout.write(
    [
      `${docs} documents, ${index.value.size} passages; index built in ${index.ms} ms (CPU ${index.cpuMs} ms),` +
        ` engine in ${engine.ms} ms (CPU ${engine.cpuMs} ms), first question ${first.ms} ms (CPU ${first.cpuMs} ms)`,
      `${questions} answers in ${answering.ms} ms wall, ${answering.cpuMs} ms CPU` +
        ` (${(answering.cpuMs / questions).toFixed(2)} ms CPU per answer); ${(s.all / 1000).toFixed(0)} ms sampled`,
      '',
      'self time, by file',
      top(s.fileSelf, s.all, n, questions),
      '',
      'inclusive time, by file',
      top(s.fileTotal, s.all, n, questions),
      '',
      'self time, by function',
      top(s.self, s.all, n, questions),
      '',
      'inclusive time, by function',
      top(s.total, s.all, n, questions),
      '',
    ].join('\n'),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: Error) => {
    process.stderr.write(`profile-answer: ${error.stack ?? error.message}\n`);
    process.exitCode = 1;
  });
}
