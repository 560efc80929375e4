// Crash safety: a child process applies acknowledged edits through the real (encrypted) store
// and is killed with SIGKILL at a random moment, 30 times in a row on the same file. After each
// kill the database opens, passes integrity_check, holds every acknowledged edit, and holds no
// partial one (each edit's actor, tie and placement are all there or all absent).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { isIntactDatabase, openStore } from '../../db/index';
import { call } from '../../db/testing';
import { crashActorId, crashTieId } from './crash-ids';

const ROUNDS = 30;
const CHILD = path.resolve('test/crash/crash-child.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'maillage-crash-'));
const file = path.join(dir, 'maillage.sqlite');
const key = randomBytes(32);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small seeded generator, so a failing run can be replayed with its seed. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Round = { acked: number[]; startedAt: number };

/** Runs the child until `killAfterMs` after it is ready, then SIGKILLs it. */
function runAndKill(killAfterMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file], {
      env: { ...process.env, MAILLAGE_CRASH_KEY: key.toString('hex') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: number[] = [];
    let startedAt = -1;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [word, value] = line.split(' ');
      if (word === 'ready') {
        startedAt = Number(value);
        setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      } else if (word === 'ack') {
        acked.push(Number(value));
      }
    });
    child.once('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ acked, startedAt });
      else reject(new Error(`the child exited by itself (${code}): ${stderr}`));
    });
  });
}

describe('a crash at any moment', () => {
  it(`keeps every acknowledged edit and no partial one, ${ROUNDS} kills in a row`, async () => {
    const seed = Number(process.env.MAILLAGE_CRASH_SEED ?? Date.now() % 1_000_000);
    const random = generator(seed);
    let allAcked = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const { acked, startedAt } = await runAndKill(Math.floor(random() * 250));
      const context = `seed ${seed}, round ${round}`;
      if (startedAt >= 0) expect(startedAt, context).toBeGreaterThanOrEqual(allAcked);
      allAcked = Math.max(allAcked, ...acked.map((n) => n + 1));

      expect(isIntactDatabase(file, key), context).toBe(true);
      const store = openStore(file, { key });
      try {
        const [summary] = call(store.handlers, 'cases.list', {});
        if (!summary) {
          expect(allAcked, context).toBe(0);
          continue;
        }
        const map = call(store.handlers, 'map.load', { caseId: summary.id });
        const actorIds = new Set(map.actors.map((a) => a.id));
        const tieIds = new Set(map.ties.map((t) => t.id));
        const placed = new Set(map.placements.map((p) => p.actorId));
        const present = map.actors.length - 1;
        // Every acknowledged edit is there; at most the one in flight beyond them.
        expect(present, context).toBeGreaterThanOrEqual(allAcked);
        expect(present, context).toBeLessThanOrEqual(allAcked + 1);
        for (let n = 0; n < present; n++) {
          const whole = [
            actorIds.has(crashActorId(n)),
            tieIds.has(crashTieId(n)),
            placed.has(crashActorId(n)),
          ];
          expect({ n, whole, context }).toEqual({ n, whole: [true, true, true], context });
        }
        expect(map.ties).toHaveLength(present);
        allAcked = present;
      } finally {
        store.close();
      }
    }
    expect(allAcked).toBeGreaterThan(ROUNDS);
  }, 120_000);
});
