// createWorkerSession() in Node (worker_threads): interrupt() raises KeyboardInterrupt inside
// the running program through the SharedArrayBuffer flag (no restart: globals assigned by
// the interrupted cell are kept), timeoutMs gives a TimeoutError, and the session stays usable.
import { describe, expect, it } from 'vitest';
import { loadPackage } from './helpers';

describe('worker session interrupt and time limits (Node)', () => {
  it('interrupt() raises KeyboardInterrupt in the program and keeps the session', async () => {
    const { createWorkerSession } = await loadPackage();
    const s = await createWorkerSession();
    try {
      await s.run('x = 41');
      const running = s.run('n = 0\ntry:\n    while True:\n        n += 1\nfinally:\n    done = True\n');
      await new Promise((r) => setTimeout(r, 300));
      await s.interrupt();
      const r = await running;
      expect(r.error?.type).toBe('KeyboardInterrupt');
      expect(r.error?.traceback).toMatch(/^Traceback \(most recent call last\):\n[\s\S]*KeyboardInterrupt\n$/);
      expect(r.note).toBeUndefined(); // not a restart
      const after = await s.run('(x + 1, n > 0, done)');
      expect(after.value).toBe('(42, True, True)');
      // a sleeping program wakes at once
      const sleeping = s.run('import time\ntime.sleep(30)');
      await new Promise((r) => setTimeout(r, 200));
      const t0 = Date.now();
      await s.interrupt();
      expect((await sleeping).error?.type).toBe('KeyboardInterrupt');
      expect(Date.now() - t0).toBeLessThan(1000);
    } finally {
      s.close();
    }
  });

  it('timeoutMs stops a run with TimeoutError; the next run works', async () => {
    const { createWorkerSession } = await loadPackage();
    const s = await createWorkerSession({ timeoutMs: 400 });
    try {
      await s.run('y = 7');
      const t0 = Date.now();
      const r = await s.run('while True:\n    pass\n');
      expect(r.error?.type).toBe('TimeoutError');
      expect(Date.now() - t0).toBeLessThan(3000);
      expect((await s.run('y * 6')).value).toBe('42');
      const fast = await s.run('sum(range(10))', { timeoutMs: 5000 });
      expect(fast.value).toBe('45');
      const caught = await s.run('try:\n    while True: pass\nexcept TimeoutError:\n    print("caught")\n', { timeoutMs: 300 });
      expect(caught.stdout).toBe('caught\n');
    } finally {
      s.close();
    }
  });
});
