// Wrong passphrases make the next attempt wait, longer each time, and the count is kept in a file
// so that restarting the app does not reset it. Two mistakes are free (a typo happens); from the
// third, 5 s, then doubling up to 15 minutes. This slows guessing in the app; it cannot slow an
// attacker who copied the files, which is why the key derivation itself is slow (Argon2id).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';

const FREE_ATTEMPTS = 2;
const FIRST_DELAY_MS = 5_000;
const MAX_DELAY_MS = 15 * 60_000;

const Record = z.object({ failures: z.int().min(0), lastFailureAt: z.number() }).strict();
type AttemptsRecord = z.infer<typeof Record>;

/** The wait imposed after `failures` wrong passphrases in a row. */
export function delayAfter(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS - 1), MAX_DELAY_MS);
}

export class UnlockAttempts {
  constructor(
    private readonly file: string,
    private readonly now: () => number,
  ) {}

  private read(): AttemptsRecord {
    try {
      const parsed = Record.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // No file yet: no failure yet.
    }
    return { failures: 0, lastFailureAt: 0 };
  }

  failures(): number {
    return this.read().failures;
  }

  /** Milliseconds before another attempt is accepted. */
  retryIn(): number {
    const { failures, lastFailureAt } = this.read();
    const delay = delayAfter(failures);
    // A clock set back must not turn the wait into months: never more than the delay itself.
    const since = Math.max(0, this.now() - lastFailureAt);
    return Math.max(0, delay - since);
  }

  recordFailure(): void {
    const failures = this.read().failures + 1;
    writeFileAtomic(this.file, JSON.stringify({ failures, lastFailureAt: this.now() }));
  }

  reset(): void {
    if (this.read().failures === 0) return;
    writeFileAtomic(this.file, JSON.stringify({ failures: 0, lastFailureAt: 0 }));
  }
}
