import { describe, expect, it } from 'vitest';
import { KeyedQueue } from './keyed-queue.ts';

const tick = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('KeyedQueue', () => {
  it('runs the tasks of one key one after another, in call order', async () => {
    const queue = new KeyedQueue();
    const events: string[] = [];
    const task = (name: string, milliseconds: number) => async () => {
      events.push(`start ${name}`);
      await tick(milliseconds);
      events.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([queue.run('a', task('1', 10)), queue.run('a', task('2', 1))]);
    expect(results).toEqual(['1', '2']);
    expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('runs different keys side by side', async () => {
    const queue = new KeyedQueue();
    const events: string[] = [];
    await Promise.all([
      queue.run('a', async () => {
        events.push('start a');
        await tick(10);
        events.push('end a');
      }),
      queue.run('b', async () => {
        events.push('start b');
      }),
    ]);
    expect(events).toEqual(['start a', 'start b', 'end a']);
  });

  it('passes a failure to its caller and still runs the tasks queued after it', async () => {
    const queue = new KeyedQueue();
    const failing = queue.run('a', async () => {
      throw new Error('boom');
    });
    const next = queue.run('a', async () => 'after');
    await expect(failing).rejects.toThrow('boom');
    expect(await next).toBe('after');
  });
});
