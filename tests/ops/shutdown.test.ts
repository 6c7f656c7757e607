import { describe, expect, it } from 'vitest';
import { Shutdown } from '../../src/server/shutdown.js';
import { memoryLogger } from '../notify/fixtures.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('Shutdown', () => {
  it('closes resources only after every service has finished its work, and exits 0', async () => {
    const events: string[] = [];
    const http = deferred();
    const scheduler = deferred();
    const logger = memoryLogger();
    const shutdown = new Shutdown({ logger });
    shutdown.add('database', () => void events.push('database closed'), 'resource');
    shutdown.add('http', async () => {
      events.push('http stopping');
      await http.promise;
      events.push('http done');
    });
    shutdown.add('scheduler', {
      stop: async () => {
        events.push('scheduler stopping');
        await scheduler.promise;
        events.push('scheduler done');
      },
    });
    const code = shutdown.run('SIGTERM');
    // Both services are told at once; the database waits for both.
    await Promise.resolve();
    expect(events).toEqual(['http stopping', 'scheduler stopping']);
    scheduler.resolve();
    await new Promise((r) => setImmediate(r));
    expect(events).not.toContain('database closed');
    http.resolve();
    expect(await code).toBe(0);
    expect(events.at(-1)).toBe('database closed');
    expect(logger.lines.map((l) => l.msg)).toEqual(['shutting down', 'shut down cleanly']);
    // Running it again does not stop anything twice.
    expect(await shutdown.run('SIGINT')).toBe(0);
    expect(events.filter((e) => e === 'database closed')).toHaveLength(1);
  });

  it('gives up after the timeout, names what was still pending, and exits 1', async () => {
    const logger = memoryLogger();
    const shutdown = new Shutdown({ logger, timeoutMs: 50 });
    let closed = false;
    shutdown.add('stuck job', () => new Promise<void>(() => {}));
    shutdown.add(
      'database',
      () => {
        closed = true;
      },
      'resource',
    );
    expect(await shutdown.run('SIGTERM')).toBe(1);
    expect(closed).toBe(false);
    expect(logger.lines.at(-1)).toMatchObject({
      level: 'error',
      msg: 'shutdown timed out; exiting with work unfinished',
      fields: { pending: ['stuck job'] },
    });
  });

  it('still closes the rest when one part fails, and exits 1', async () => {
    const logger = memoryLogger();
    const shutdown = new Shutdown({ logger });
    let closed = false;
    shutdown.add('watcher', () => {
      throw new Error('watcher broke');
    });
    shutdown.add(
      'database',
      () => {
        closed = true;
      },
      'resource',
    );
    expect(await shutdown.run('SIGTERM')).toBe(1);
    expect(closed).toBe(true);
    expect(logger.lines).toContainEqual(
      // By its log-safe description (name and place), never its message.
      expect.objectContaining({
        level: 'error',
        fields: { what: 'watcher', error: expect.stringMatching(/^Error at ops\/shutdown\.test\.ts:\d+$/) },
      }),
    );
  });

  it('exits with the shutdown code on a signal, and at once with 1 on a second signal', async () => {
    const exits: number[] = [];
    const never = deferred();
    const shutdown = new Shutdown({ logger: memoryLogger(), exit: (code) => void exits.push(code) });
    shutdown.add('slow', () => never.promise);
    const unlisten = shutdown.listen(['SIGUSR2']);
    try {
      process.emit('SIGUSR2', 'SIGUSR2');
      expect(shutdown.started).toBe(true);
      process.emit('SIGUSR2', 'SIGUSR2');
      expect(exits).toEqual([1]);
      never.resolve();
      await shutdown.run('again');
      await new Promise((r) => setImmediate(r));
      expect(exits).toEqual([1, 0]);
    } finally {
      unlisten();
    }
  });
});
