import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logger.js';
import { ObservedServer } from './observed-server.js';

/** A question with a name and a personnummer-like string: neither may ever reach a log line. */
const PERSONAL_QUESTION = 'Vem är Anna Svensson, 19811218-9876, och ansvarar hon för EU-bevakningen?';
const PERSONAL_PARTS = ['Anna', 'Svensson', '19811218', '9876'];

const server = new ObservedServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

function linesOf(reqId: string) {
  return server.logs().filter((line) => line.reqId === reqId);
}

describe('structured logs', () => {
  it('are JSON lines with a level, an ISO time and a message', () => {
    const lines = server.logs();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatchObject({ level: expect.any(String), msg: expect.any(String) });
      expect(new Date(String(line.time)).toISOString()).toBe(line.time);
    }
  });

  it('give every line written while handling a request its request id, echoed to the caller', async () => {
    const response = await server.webQuestion('vem ansvarar för EU-bevakningen?', {
      'x-request-id': 'proxy-7f3a.42',
    });
    expect(response.headers.get('x-request-id')).toBe('proxy-7f3a.42');
    const lines = linesOf('proxy-7f3a.42');
    // The core's own line, written after the body was parsed, and the access line at the end.
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['answered', 'request']));
    expect(lines.find((l) => l.msg === 'request')).toMatchObject({ method: 'POST', path: '/ask' });
  });

  it('make a new request id when the caller sends none or one that is not sane', async () => {
    const none = await server.metrics();
    const made = none.headers.get('x-request-id');
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    expect(linesOf(made!).map((l) => l.msg)).toContain('request');

    const hostile = await server.metrics({ 'x-request-id': `a"b\\c${'x'.repeat(200)}` });
    const replaced = hostile.headers.get('x-request-id');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    expect(replaced).not.toBe(made);
  });

  it('never contain the question, a name or a personnummer, whichever platform it came through', async () => {
    const before = server.lines.length;
    const web = await server.webQuestion(PERSONAL_QUESTION);
    expect(web.status).toBeLessThan(400);
    // Each platform answered (the answer itself is not the point here).
    const slack = await server.slashCommand('/utblick', PERSONAL_QUESTION);
    expect(slack).toContain('dokument');
    const teams = await server.teamsMessage(PERSONAL_QUESTION);
    expect(teams).toContain('a:personal-chat-anna');
    const written = server.lines.slice(before);
    // The three requests were logged, each under its own id.
    const ids = new Set(written.map((line) => JSON.parse(line).reqId).filter(Boolean));
    expect(ids.size).toBeGreaterThanOrEqual(3);
    for (const line of written) {
      for (const part of PERSONAL_PARTS) expect(line).not.toContain(part);
    }
  });

  it('redact personal fields that a caller logs by mistake', () => {
    const lines: string[] = [];
    const logger = createLogger('info', (line) => lines.push(line));
    logger.info('mistake', {
      text: PERSONAL_QUESTION,
      userName: 'Anna Svensson',
      input: {
        question: PERSONAL_QUESTION,
        name: 'Anna',
        authorization: 'Bearer xoxb-secret',
        platform: 'web',
      },
      token: 'xoxb-secret',
    });
    expect(lines).toHaveLength(1);
    for (const part of [...PERSONAL_PARTS, 'xoxb-secret']) expect(lines[0]).not.toContain(part);
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'mistake', input: { platform: 'web' } });
  });

  it('leave out lines below the configured level', () => {
    const lines: string[] = [];
    const logger = createLogger('warn', (line) => lines.push(line));
    logger.info('not this');
    logger.warn('this');
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(['this']);
  });
});
