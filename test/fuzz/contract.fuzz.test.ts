// Fuzzing the whole contract with fast-check: random sequences of valid and invalid calls.
// Only typed errors come back (never 'internal', never a throw), every answer matches the
// contract's output schema, and afterwards the database passes integrity_check and the model's
// invariants. The store is driven through the real dispatch; the vault (session and backup
// operations on top) through the hosts' async dispatch.
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/index';
import { randomKey, seedSmallMap } from '../../db/testing';
import { Vault, STORE_FILE } from '../../electron/host/vault/vault';
import { contract, isOp, STORE_OPS } from '../../shared/api/contract';
import { dispatch, dispatchAsync } from '../../shared/api/dispatch';
import { ERROR_CODES, WireResult } from '../../shared/errors';
import { callSpecs, inputOf, PASSPHRASE } from './calls';
import { checkInvariants, idsIn } from './model-invariants';

const root = mkdtempSync(path.join(tmpdir(), 'maillage-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let runs = 0;
const freshFile = () =>
  path.join(mkdtempSync(path.join(root, `run-${runs++}-`)), 'maillage.sqlite');
const today = () => new Date().toISOString().slice(0, 10);

/** What every answer must be: a WireResult, typed, and shaped as the contract says. */
function checkAnswer(op: string, answer: unknown) {
  const parsed = WireResult.safeParse(answer);
  expect(parsed.success, `answer to ${op}`).toBe(true);
  const result = parsed.data!;
  if (!result.ok) {
    expect(ERROR_CODES).toContain(result.error.code);
    expect(result.error.code, `${op}: ${result.error.message}`).not.toBe('internal');
    return;
  }
  expect(isOp(op), op).toBe(true);
  if (isOp(op)) {
    const output = contract[op].output.safeParse(result.value);
    expect(output.success, `output of ${op}: ${output.error?.message}`).toBe(true);
  }
}

describe('the contract under random calls', () => {
  it('the store answers typed errors only and stays consistent', () => {
    fc.assert(
      fc.property(fc.array(callSpecs(STORE_OPS), { minLength: 5, maxLength: 60 }), (specs) => {
        const file = freshFile();
        const key = randomKey();
        const store = openStore(file, { key: Buffer.from(key) });
        let audit = 0;
        try {
          // Something to work on: a case with a few actors and ties.
          seedSmallMap(store.handlers);
          for (const spec of specs) {
            const ids = idsIn(file, Buffer.from(key));
            const answer = dispatch(store.handlers, spec.op, inputOf(spec, ids, today()));
            checkAnswer(spec.op, answer);
          }
        } finally {
          store.close();
        }
        audit = checkInvariants(file, Buffer.from(key), audit).auditLines;
        expect(audit).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it('the vault answers typed errors only, through locks, unlocks and backups', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(callSpecs(), { minLength: 3, maxLength: 14 }), async (specs) => {
        const dataDir = path.dirname(freshFile());
        const vault = new Vault({ dataDir, profile: 'fuzz' });
        const handlers = vault.handlers();
        const send = (op: string, input: unknown) => dispatchAsync(handlers, op, input);
        try {
          checkAnswer('session.setup', await send('session.setup', { passphrase: PASSPHRASE }));
          checkAnswer('cases.create', await send('cases.create', { pseudonym: 'Inès' }));
          const key = await keyOf(dataDir);
          for (const spec of specs) {
            const ids = idsIn(path.join(dataDir, STORE_FILE), key);
            checkAnswer(spec.op, await send(spec.op, inputOf(spec, ids, today())));
          }
        } finally {
          vault.close();
        }
        checkInvariants(path.join(dataDir, STORE_FILE), await keyOf(dataDir));
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});

async function keyOf(dataDir: string): Promise<Buffer> {
  const { readKeyFile, unwrapDataKey } = await import('../../electron/host/vault/key-file');
  const key = await unwrapDataKey(readKeyFile(path.join(dataDir, 'maillage.key.json')), PASSPHRASE);
  if (!key) throw new Error('the fuzz passphrase is never changed to another');
  return key;
}
