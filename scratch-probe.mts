import path from 'node:path';
import { loadCorpus } from '/work/main/src/eval/corpus.js';
const corpus = await loadCorpus('bank', '/work/main');
for (const q of process.argv.slice(2)) {
  const r = corpus.engine.answer(q);
  const what = r.clarify.length ? `CLARIFY ${r.clarify.map((c) => c.dnr ?? c.title).join(' | ')}` : r.abstained ? 'DECLINE' : `ANSWER ${r.citations[0]?.doc}: ${r.citations[0]?.quote.slice(0, 90)}`;
  console.log(`${q}\n   ${r.intent} ${what}`);
}
