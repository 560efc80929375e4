import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { delayAfter, UnlockAttempts } from './attempts';

describe('wrong passphrases', () => {
  it('cost nothing twice, then 5 s doubling up to 15 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(delayAfter)).toEqual([0, 0, 0, 5000, 10000, 20000, 40000]);
    expect(delayAfter(50)).toBe(15 * 60_000);
  });

  it('are counted in a file, so a restart does not reset the wait', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'maillage-attempts-')), 'a.json');
    let now = 1_000_000;
    const first = new UnlockAttempts(file, () => now);
    for (let i = 0; i < 4; i++) first.recordFailure();
    expect(first.retryIn()).toBe(10_000);
    now += 4_000;
    const restarted = new UnlockAttempts(file, () => now);
    expect(restarted.failures()).toBe(4);
    expect(restarted.retryIn()).toBe(6_000);
    now += 6_000;
    expect(restarted.retryIn()).toBe(0);
    restarted.reset();
    expect(new UnlockAttempts(file, () => now).failures()).toBe(0);
  });

  it('never make anyone wait longer than the delay when the clock goes back', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'maillage-attempts-')), 'a.json');
    let now = 5_000_000;
    const attempts = new UnlockAttempts(file, () => now);
    for (let i = 0; i < 3; i++) attempts.recordFailure();
    now -= 86_400_000;
    expect(attempts.retryIn()).toBe(5_000);
  });
});
