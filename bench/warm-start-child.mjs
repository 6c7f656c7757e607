// One process of `bench/warm-start.ts`: opens the knowledge base over `--dir` with a document cache and a
// persisted index, answers a first question, saves, and prints `RESULT {json}`. Plain JavaScript, so that
// it can run the sources under tsx (as the bench always did) or the compiled build (`--compiled`,
// `dist/`) under plain Node, as `npm start` runs the server.
const option = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const compiled = process.argv.includes('--compiled');
const root = new URL(compiled ? '../dist/src/' : '../src/', import.meta.url);
const module = (name) => import(new URL(`${name}${compiled ? '.js' : '.ts'}`, root).href);
const [{ KnowledgeBase }, { systemClock }] = await Promise.all([
  module('runtime/knowledge-base'),
  module('core/clock'),
]);

const dir = option('dir');
const work = `${dir}/.warm-start`;
const kb = await KnowledgeBase.open({
  dir,
  maxFileBytes: 10_000_000,
  clock: systemClock,
  timeZone: 'Europe/Stockholm',
  cacheDir: `${work}/documents`,
  indexDir: `${work}/index`,
});
kb.snapshot.engine.answer('Vem ansvarar för bevakning och påverkan?');
const readyMs = performance.now();
const cpu = process.cpuUsage();
const beforeSave = performance.now();
await kb.saved();
const savedMs = performance.now() - beforeSave;
globalThis.gc?.();
const m = process.memoryUsage();
const result = {
  phase: option('child'),
  ready_ms: Math.round(readyMs),
  ready_cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
  saved_ms: Math.round(savedMs),
  rss_mb: Math.round(m.rss / 2 ** 20),
  heap_mb: Math.round(m.heapUsed / 2 ** 20),
  documents: kb.snapshot.documents.length,
  passages: kb.snapshot.index.size,
};
process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
