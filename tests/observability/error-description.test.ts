import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describe as describeSlackError } from '../../adapters/slack/bolt-logger.js';
import { errorName as describeTeamsError } from '../../adapters/teams/turn-logic.js';
import { loadConfig } from '../../src/config/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/core/logger.js';
import { describeError, describeErrorText, errorReason } from '../../src/observability/error-description.js';
import { createSqliteStore } from '../../src/registry/index.js';
import { composeCore } from '../../src/runtime/compose-core.js';
import { createApp } from '../../src/server/app.js';

/** What a person typed, as a library might echo it into an error message. */
const TYPED = 'Vem är Anna Svensson, 19811218-9876?';
const SECRET_PARTS = ['Anna', 'Svensson', '19811218', '9876'];

function typedError(): Error {
  const error = new Error(`cannot answer "${TYPED}"\n    at fake (/tmp/${TYPED}.ts:1:1)`);
  Object.assign(error, { code: 'E_ANSWER', status: 503 });
  return error;
}

function captured() {
  const lines: string[] = [];
  return { lines, logger: createLogger('debug', (line) => lines.push(line)) };
}

function expectNoTypedText(text: string) {
  for (const part of SECRET_PARTS) expect(text).not.toContain(part);
}

describe('the log-safe error description', () => {
  it('keeps the name, an identifier-like code, the status and our first frame; never the message', () => {
    const d = describeError(typedError());
    expect(d).toMatchObject({ name: 'Error', code: 'E_ANSWER', status: 503 });
    expect(d.at).toMatch(/error-description\.test\.ts:\d+$/);
    expectNoTypedText(JSON.stringify(d));
    expectNoTypedText(describeErrorText(typedError()));
    expectNoTypedText(errorReason(typedError()));
  });

  it('drops a code that is a sentence, and describes what is not an Error by its type', () => {
    expect(
      describeError(Object.assign(new TypeError('x'), { code: `bad input ${TYPED}` })),
    ).not.toHaveProperty('code');
    expect(describeError(TYPED)).toEqual({ name: 'string' });
    expect(describeError(null)).toEqual({ name: 'null' });
  });

  it('is what the Slack and Teams adapters log', () => {
    expectNoTypedText(JSON.stringify(describeSlackError(typedError())));
    expectNoTypedText(describeTeamsError(typedError()));
  });
});

describe('a message’s text never reaches a log line', () => {
  it('when the core fails while answering it', async () => {
    const { lines, logger } = captured();
    const config = loadConfig({ UTBLICK_DATA_DIR: '/nonexistent' });
    const store = createSqliteStore(':memory:');
    const { core } = composeCore({
      config,
      store,
      clock: fixedClock('2026-03-02T10:00:00Z'),
      logger,
      knowledge: {
        current: () => {
          throw typedError();
        },
        reload: () => Promise.reject(typedError()),
      },
      documents: () => [],
    });
    const reply = await core.handle({ platform: 'web', text: TYPED, userId: 'web:local' });
    store.close();
    expect(reply.kind).toBe('error');
    expect(lines.some((line) => line.includes('request failed'))).toBe(true);
    expectNoTypedText(lines.join('\n'));
  });

  it('when an HTTP route fails with it', async () => {
    const { lines, logger } = captured();
    const config = loadConfig({ HOST: '127.0.0.1', PORT: '0' });
    const app = await createApp(
      { config, core: {} as never, clock: fixedClock('2026-03-02T10:00:00Z'), logger },
      () => ({ documents: 0, passages: 0, indexedAt: '', indexMs: 0, skipped: [] }),
      [
        (express) => {
          express.get('/fails', () => {
            throw typedError();
          });
        },
      ],
    );
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}/fails`);
    await new Promise((resolve) => server.close(resolve));
    expect(response.status).toBe(503);
    expect(lines.some((line) => line.includes('request failed'))).toBe(true);
    expectNoTypedText(lines.join('\n'));
    expectNoTypedText(await response.text());
  });

  it('because no module describes an error its own way (one description, src/observability)', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const files = ['src', 'adapters'].flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.ts'))
        .map((e) => path.relative(root, path.join(e.parentPath, e.name))),
    );
    // Reading a message to classify it (a Word or PDF library's reason) is not describing it.
    const allowed = new Set([
      'src/observability/error-description.ts',
      'src/knowledge/formats/docx.ts',
      'src/knowledge/formats/pdf.ts',
    ]);
    const copies = files.filter(
      (file) =>
        !allowed.has(file) &&
        /instanceof Error \? (error|e|err)\.(message|name)/.test(readFileSync(path.join(root, file), 'utf8')),
    );
    expect(copies).toEqual([]);
  });
});
