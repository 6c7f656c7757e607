import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerJson as toJson } from '../../src/answer/json.js';
import { answerReply } from '../../src/answer/reply.js';
import { loadConfig } from '../../src/config/config.js';
import { fixedClock } from '../../src/core/clock.js';
import type { Input } from '../../src/core/input.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Reply } from '../../src/core/reply.js';
import { createRuntime, type Runtime } from '../../src/server/bootstrap.js';
import {
  knowledgeWithSecrets,
  MEMO_FILE,
  MEMO_QUESTION,
  MEMO_QUESTION_EN,
  MEMO_TITLE,
  SECRET_WORDS,
} from '../support/confidential-corpus.js';
import { TODAY } from '../support/knowledge.js';

const visible = (reply: Reply) => JSON.stringify(reply.blocks);
const input = (text: string, audience?: Input['audience']): Input => ({
  platform: 'slack',
  text,
  userId: 'slack:T1:U1',
  ...(audience ? { audience } : {}),
});

function expectNoSecret(reply: Reply): void {
  for (const word of SECRET_WORDS) expect(visible(reply)).not.toContain(word);
  expect(reply.summary).not.toContain(SECRET_WORDS[0]);
  expect(reply.blocks.some((b) => b.type === 'quote')).toBe(false);
}

const dirs: string[] = [];
const runtimes: Runtime[] = [];

async function runtimeWith(indexConfidential: boolean, referral = false): Promise<Runtime> {
  const knowledge = knowledgeWithSecrets({ referral });
  const data = mkdtempSync(path.join(tmpdir(), 'utblick-confidential-data-'));
  dirs.push(knowledge, data);
  const config = loadConfig({
    UTBLICK_KNOWLEDGE_DIR: knowledge,
    UTBLICK_DATA_DIR: data,
    ...(indexConfidential ? { UTBLICK_INDEX_CONFIDENTIAL: 'true' } : {}),
  });
  const runtime = await createRuntime(config, fixedClock(TODAY), silentLogger);
  runtimes.push(runtime);
  return runtime;
}

afterAll(() => {
  for (const runtime of runtimes) runtime.store.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('a confidential document, by default', () => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await runtimeWith(false);
  });

  it('is not indexed, and the status (/healthz) says why', () => {
    const status = runtime.knowledge.status();
    expect(status.skipped).toContainEqual({ file: MEMO_FILE, reason: 'confidential' });
    expect(status.documents).toBe(1);
    expect(runtime.knowledge.snapshot.documents.map((d) => d.id)).not.toContain(MEMO_FILE);
  });

  it('answers nothing from it, even in private', async () => {
    const reply = await runtime.core.handle(input(MEMO_QUESTION, 'private'));
    expectNoSecret(reply);
    expect(reply.confidential).toBeUndefined();
  });
});

describe('a confidential document, indexed by configuration', () => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await runtimeWith(true);
  });

  it('is indexed and marked', () => {
    expect(runtime.knowledge.status().skipped).toEqual([]);
    const memo = runtime.knowledge.snapshot.documents.find((d) => d.id === MEMO_FILE);
    expect(memo?.meta.confidential).toMatchObject({ source: 'text', marking: 'SEKRETESS' });
  });

  it('answers the person asking in private, with the quote and a visible note', async () => {
    const reply = await runtime.core.handle(input(MEMO_QUESTION, 'private'));
    expect(reply.kind).toBe('answer');
    expect(reply.confidential).toBe(true);
    expect(visible(reply)).toContain('Karin Lindqvist');
    const citation = reply.blocks.find((b) => b.type === 'citation');
    expect(citation).toMatchObject({ citation: { doc: MEMO_FILE, confidential: true } });
    const note = reply.blocks.find((b) => b.type === 'text' && b.text.startsWith('Sekretess:'));
    expect(note).toMatchObject({ tone: 'warning' });
  });

  it.each([
    ['shared', 'shared' as const],
    ['unknown', undefined],
  ])('tells a %s audience where the answer is, without a word of it', async (_, audience) => {
    const reply = await runtime.core.handle(input(MEMO_QUESTION, audience));
    expectNoSecret(reply);
    expect(reply.confidential).toBe(true);
    expect(visible(reply)).toContain('sekretessmarkerad handling');
    expect(visible(reply)).toContain(MEMO_TITLE);
    expect(visible(reply)).toContain('direktmeddelande');
    expect(reply.blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('says so in English to an English question', async () => {
    const reply = await runtime.core.handle(input(MEMO_QUESTION_EN, 'shared'));
    expectNoSecret(reply);
    expect(reply.lang).toBe('en');
    expect(visible(reply)).toContain('marked confidential');
    expect(visible(reply)).toContain('direct message');
  });

  it('keeps no copy of the answer in the feedback on it', async () => {
    const answer = await runtime.core.handle(input(MEMO_QUESTION, 'private'));
    const actions = answer.blocks.find((b) => b.type === 'actions');
    const vote =
      actions?.type === 'actions' ? actions.actions.find((a) => a.id === 'feedback_up') : undefined;
    expect(vote).toBeDefined();
    await runtime.core.action('feedback_up', vote!.value, input('', 'private'));
    const [feedback] = await runtime.store.listFeedback();
    expect(feedback).toMatchObject({ vote: 'up', answerSummary: '' });
    for (const word of SECRET_WORDS) expect(JSON.stringify(feedback)).not.toContain(word);
  });

  it('shows the whole passage only in private', async () => {
    const answer = await runtime.core.handle(input(MEMO_QUESTION, 'private'));
    const actions = answer.blocks.find((b) => b.type === 'actions');
    const show =
      actions?.type === 'actions' ? actions.actions.find((a) => a.id === 'show_passage') : undefined;
    expect(show).toBeDefined();

    const shared = await runtime.core.action('show_passage', show!.value, input('', 'shared'));
    expectNoSecret(shared);
    expect(shared.confidential).toBe(true);
    expect(visible(shared)).toContain('Stycket finns i en sekretessmarkerad handling');

    const mine = await runtime.core.action('show_passage', show!.value, input('', 'private'));
    expect(visible(mine)).toContain('Karin Lindqvist');
    expect(mine.confidential).toBe(true);
    expect(visible(mine)).toContain('Sekretess: stycket kommer från en sekretessmarkerad handling');
  });

  it('leaves answers from public documents as they were, in a channel too', async () => {
    const question = 'Vem ansvarar för EU-bevakningen?';
    // A confidential document among the further citations is not shown, so it withholds nothing.
    const result = runtime.knowledge.snapshot.engine.answer(question);
    const memo = runtime.knowledge.snapshot.engine.answer(MEMO_QUESTION).citations[0]!;
    expect(result.citations[0]!.confidential).toBe(false);
    expect(memo.confidential).toBe(true);
    const withMemo = answerReply({ ...result, citations: [result.citations[0]!, memo] }, 'shared');
    expect(withMemo.confidential).toBeUndefined();
    expect(visible(withMemo)).not.toContain('Sekretess');
    const reply = await runtime.core.handle(input(question, 'shared'));
    expect(reply.confidential).toBeUndefined();
    expect(reply.blocks.some((b) => b.type === 'quote')).toBe(true);
    expect(visible(reply)).not.toContain('Sekretess');
  });

  it('leaves confidential documents out of what an abstention says the documents cover', async () => {
    const reply = await runtime.core.handle(input('Vad säger dokumenten om kvantfysik?', 'shared'));
    expect(reply.kind).toBe('abstain');
    expect(visible(reply)).toContain('Övergripande mål och riktlinjer');
    expect(visible(reply)).not.toContain(MEMO_TITLE);
  });

  it('marks the citation in the JSON answer (`utblick ask --json`)', () => {
    const result = runtime.knowledge.snapshot.engine.answer(MEMO_QUESTION);
    const json = toJson(result);
    expect(json.citations[0]).toMatchObject({ doc: MEMO_FILE, confidential: true });
    expect(Object.keys(json.citations[0]!)).toEqual([
      'doc',
      'title',
      'dnr',
      'section',
      'quote',
      'score',
      'confidential',
    ]);
    const open = toJson(runtime.knowledge.snapshot.engine.answer('Vem ansvarar för EU-bevakningen?'));
    expect(open.citations[0]?.confidential).toBe(false);
  });
});

describe('a list of choices that names a confidential referral', () => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await runtimeWith(true, true);
  });

  it('is withheld from a channel and shown in private with the note', async () => {
    const question = 'När ska remissen besvaras?';
    // Several referrals fit: it asks back, and the choices name the confidential one.
    const result = runtime.knowledge.snapshot.engine.answer(question);
    expect(result.clarify.length).toBeGreaterThan(1);
    expect(result.confidential).toBe(true);
    const shared = await runtime.core.handle(input(question, 'shared'));
    expect(visible(shared)).toContain('sekretessmarkerad handling');
    expect(visible(shared)).not.toContain('2008-09-01');
    expect(visible(shared)).not.toContain('skalskydd');
    const mine = await runtime.core.handle(input(question, 'private'));
    expect(mine.kind).toBe('clarify');
    expect(visible(mine)).toContain('2008-09-01');
  });
});
