import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import type { Clock } from '../../src/core/clock.js';
import type { Input } from '../../src/core/input.js';
import { silentLogger } from '../../src/core/logger.js';
import { createRateLimiter, parseRateSpec } from '../../src/core/rate-limit.js';
import type { Reply } from '../../src/core/reply.js';
import { createRuntime, type Runtime } from '../../src/server/bootstrap.js';

/** A clock the test moves by hand. */
class ManualClock implements Clock {
  constructor(private ms = Date.parse('2026-03-02T09:00:00Z')) {}
  now = () => new Date(this.ms);
  advance(seconds: number) {
    this.ms += seconds * 1000;
  }
}

const slack = (user: string, conversation = `slack:T1:D${user}`, text = 'hello'): Input => ({
  platform: 'slack',
  text,
  userId: `slack:T1:${user}`,
  conversation,
  locale: 'en',
});
const textOf = (reply: Reply) =>
  reply.blocks.flatMap((b) => (b.type === 'text' ? [b.text] : b.type === 'list' ? b.items : [])).join(' ');

describe('rate limits', () => {
  it('lets a burst through, then asks the person to wait, and lets them in again after the wait', () => {
    const clock = new ManualClock();
    const limiter = createRateLimiter({ user: { limit: 3, windowMs: 60_000 }, conversation: null, clock });
    for (let i = 0; i < 3; i += 1) expect(limiter.take(slack('U1')).ok).toBe(true);
    expect(limiter.take(slack('U1'))).toEqual({ ok: false, scope: 'user', retryAfterSeconds: 20 });
    // Refused messages take nothing: waiting the time it said is enough.
    for (let i = 0; i < 5; i += 1) expect(limiter.take(slack('U1')).ok).toBe(false);
    clock.advance(19);
    expect(limiter.take(slack('U1'))).toEqual({ ok: false, scope: 'user', retryAfterSeconds: 1 });
    clock.advance(1);
    expect(limiter.take(slack('U1')).ok).toBe(true);
    expect(limiter.take(slack('U1')).ok).toBe(false);
    // Another person is not affected.
    expect(limiter.take(slack('U2')).ok).toBe(true);
  });

  it('limits a busy conversation across people, and never the CLI', () => {
    const clock = new ManualClock();
    const limiter = createRateLimiter({
      user: { limit: 10, windowMs: 60_000 },
      conversation: { limit: 4, windowMs: 60_000 },
      clock,
    });
    const channel = 'slack:T1:C1';
    for (const user of ['U1', 'U2', 'U3', 'U4']) expect(limiter.take(slack(user, channel)).ok).toBe(true);
    expect(limiter.take(slack('U5', channel))).toEqual({
      ok: false,
      scope: 'conversation',
      retryAfterSeconds: 15,
    });
    expect(limiter.take(slack('U5', 'slack:T1:C2')).ok).toBe(true);
    const cli: Input = { platform: 'cli', text: 'x', userId: 'cli:anna' };
    for (let i = 0; i < 50; i += 1) expect(limiter.take(cli).ok).toBe(true);
  });

  it('keeps memory bounded however many people write', () => {
    const clock = new ManualClock();
    const limiter = createRateLimiter({
      user: { limit: 1, windowMs: 60_000 },
      conversation: { limit: 1, windowMs: 60_000 },
      clock,
      maxKeys: 100,
    });
    for (let i = 0; i < 5000; i += 1) limiter.take(slack(`U${i}`));
    expect(limiter.keys()).toBeLessThanOrEqual(200);
    // The most recent writers are still remembered.
    expect(limiter.take(slack('U4999')).ok).toBe(false);
  });

  it('reads rates as people write them and refuses anything else', () => {
    expect(parseRateSpec('30/min')).toEqual({ limit: 30, windowMs: 60_000 });
    expect(parseRateSpec(' 5 / s ')).toEqual({ limit: 5, windowMs: 1000 });
    expect(parseRateSpec('100/hour')).toEqual({ limit: 100, windowMs: 3_600_000 });
    expect(parseRateSpec('10/30s')).toEqual({ limit: 10, windowMs: 30_000 });
    expect(parseRateSpec('off')).toBeNull();
    for (const bad of ['fast', '30', '30/fortnight', '-1/min', '1.5/min', ''])
      expect(parseRateSpec(bad)).toBeUndefined();
  });

  it('names a bad rate variable at start-up', () => {
    expect(() => loadConfig({ UTBLICK_RATE_LIMIT_USER: '30 per minute' })).toThrow(ConfigError);
    try {
      loadConfig({ UTBLICK_RATE_LIMIT_CONVERSATION: 'lots' });
    } catch (error) {
      expect((error as ConfigError).problems.join('\n')).toMatch(
        /^UTBLICK_RATE_LIMIT_CONVERSATION: must be a rate such as 30\/min/,
      );
    }
    expect(loadConfig({}).rateLimit).toEqual({
      user: { limit: 30, windowMs: 60_000 },
      conversation: { limit: 60, windowMs: 60_000 },
    });
    expect(loadConfig({ UTBLICK_RATE_LIMIT_USER: 'off' }).rateLimit.user).toBeNull();
  });
});

describe('rate limits in the core', () => {
  let runtime: Runtime | undefined;
  let dataDir = '';
  afterEach(() => {
    runtime?.store.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const start = async (clock: Clock) => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'utblick-rate-'));
    const config = loadConfig({
      UTBLICK_DATA_DIR: dataDir,
      UTBLICK_RATE_LIMIT_USER: '2/min',
      UTBLICK_RATE_LIMIT_CONVERSATION: 'off',
    });
    runtime = await createRuntime(config, clock, silentLogger);
    return runtime;
  };

  it('answers politely in the person’s language and writes nothing for a refused command, button or form', async () => {
    const clock = new ManualClock();
    const { core, store } = await start(clock);
    const add = (name: string, locale: 'sv' | 'en') =>
      core.handle({ ...slack('U1'), locale, text: `membership add ${name} benefit:"Peer learning"` });
    expect((await add('Eurocities', 'en')).kind).toBe('command');
    expect((await add('Polis', 'en')).kind).toBe('command');
    const before = {
      memberships: (await store.listMemberships()).length,
      audit: (await store.listAudit()).length,
    };

    const refusedEn = await add('Energy Cities', 'en');
    expect(textOf(refusedEn)).toBe(
      'You are sending messages faster than I can answer well; try again in 30 seconds.',
    );
    const refusedSv = await add('Energy Cities', 'sv');
    expect(textOf(refusedSv)).toBe(
      'Du skickar meddelanden snabbare än jag hinner svara ordentligt. Försök igen om 30 sekunder.',
    );
    // With no platform locale, the language of the message decides.
    const question = await core.handle({
      ...slack('U1'),
      locale: undefined,
      text: 'who is responsible for the EU office?',
    });
    expect(textOf(question)).toMatch(/^You are sending messages faster/);

    await core.action('feedback_up', JSON.stringify({ q: 'vem ansvarar?', p: 'x' }), slack('U1'));
    const form = await core.submitForm(
      'membership_add',
      { organisation: 'Energy Cities', benefit: 'Climate' },
      slack('U1'),
    );
    expect(form.ok).toBe(false);
    if (!form.ok) {
      expect(form.form.values.organisation).toBe('Energy Cities');
      expect(Object.values(form.form.errors).join(' ')).toMatch(/^You are sending messages faster/);
    }
    expect((await store.listMemberships()).length).toBe(before.memberships);
    expect((await store.listAudit()).length).toBe(before.audit);
    expect(await store.listFeedback()).toEqual([]);

    clock.advance(30);
    expect((await add('Energy Cities', 'en')).kind).toBe('command');
    expect((await store.listMemberships()).length).toBe(before.memberships + 1);
  });
});
