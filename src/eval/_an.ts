import { scoreOf } from '../answer/engine.js';
import { MODEL } from '../answer/model.js';
import { loadFittingSet, ROOT } from './fitting-set.js';
import { judge } from './judge.js';

const { questions, cases } = await loadFittingSet(ROOT, ['bank', 'train']);
const feat = process.argv[2]!;
const groups = new Map<string, number[]>();
for (const q of questions) {
  const c = cases.get(q.id)!;
  const r = c.finish(c.prepared, MODEL);
  const hit = judge(c.question, r).hit;
  if (r.abstained || r.clarify.length > 0) continue;
  const top = c.prepared.sentences
    .map((s) => ({ s, score: scoreOf(s, MODEL) }))
    .sort((a, b) => b.score - a.score)[0]!;
  const key = `${q.kind}-${hit ? 'hit' : 'miss'}`;
  const v = (top.s.features as Record<string, number>)[feat]!;
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key)!.push(v);
  if (process.argv[3] && key.startsWith(process.argv[3]) && v > 0)
    console.log(q.id, v.toFixed(2), q.q.slice(0, 70));
}
for (const [k, vs] of groups)
  console.log(
    k,
    vs.length,
    'mean',
    (vs.reduce((a, b) => a + b, 0) / vs.length).toFixed(2),
    'nonzero',
    vs.filter((v) => v > 0).length,
  );
