import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { fixedClock } from '../../src/core/clock.js';
import type { Input } from '../../src/core/input.js';
import { createLogger } from '../../src/core/logger.js';
import type { Reply } from '../../src/core/reply.js';
import { createRuntime, type Runtime } from '../../src/server/bootstrap.js';
import { KNOWLEDGE_DIR, TODAY } from '../support/knowledge.js';

const PNR = '811218-9876';
/** Every way the number could have been written down, so that no copy escapes the check. */
const FORMS = ['811218-9876', '8112189876', '19811218-9876', '198112189876'];
const QUESTION = `Vem ansvarar för bevakning och påverkan? ${PNR}`;

let dataDir: string;
let runtime: Runtime;
const logLines: string[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-redact-'));
  const config = loadConfig({
    UTBLICK_KNOWLEDGE_DIR: KNOWLEDGE_DIR,
    UTBLICK_DATA_DIR: dataDir,
    UTBLICK_LOG_LEVEL: 'debug',
  });
  const logger = createLogger('debug', (line) => logLines.push(line));
  runtime = await createRuntime(config, fixedClock(TODAY), logger);
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const input = (text: string): Input => ({ platform: 'slack', text, userId: 'slack:T1:U1', locale: 'sv' });

const buttons = (reply: Reply) =>
  reply.blocks
    .flatMap((b) => (b.type === 'actions' ? b.actions : []))
    .filter((a) => a.id.startsWith('feedback'));

/** Every file under the data folder (database, its log, the search index), recursively. */
const files = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

describe('a personal identity number in a question', () => {
  it('is answered, but never stored with the feedback, nor written to the data folder or the log', async () => {
    const reply = await runtime.core.handle(input(QUESTION));
    expect(reply.kind).toBe('answer');
    const [up] = buttons(reply);
    expect(up?.value).toBeDefined();
    for (const form of FORMS) expect(up!.value).not.toContain(form);

    expect((await runtime.core.action('feedback_up', up!.value, input(''))).kind).not.toBe('error');
    // A button from before the redaction (or forged) still carries the number: the core redacts it too.
    const raw = JSON.stringify({ q: `Gäller det 19811218 9876? ${QUESTION}`, p: null });
    await runtime.core.action('feedback_down', raw, input(''));

    const stored = await runtime.store.listFeedback();
    expect(stored.map((f) => f.vote)).toEqual(['up', 'down']);
    expect(stored[0]!.question).toBe('Vem ansvarar för bevakning och påverkan? [personnummer]');
    expect(stored[1]!.question).toContain('Gäller det [personnummer]?');
    for (const form of [...FORMS, '19811218 9876']) expect(JSON.stringify(stored)).not.toContain(form);

    runtime.store.close();
    for (const file of files(dataDir)) {
      const bytes = fs.readFileSync(file);
      for (const form of FORMS) expect(bytes.includes(Buffer.from(form)), `${form} in ${file}`).toBe(false);
    }
    expect(logLines.length).toBeGreaterThan(0);
    for (const form of FORMS) expect(logLines.join('\n')).not.toContain(form);
  });
});
