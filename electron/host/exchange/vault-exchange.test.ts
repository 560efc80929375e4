// Exchange through the real vault: an import makes a 'before_import' backup before it writes,
// and locking the data forgets every job (with the personal data it held in memory).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiHandlers, Op, ParsedInput } from '../../../shared/api/contract';
import { dispatchAsync } from '../../../shared/api/dispatch';
import { Vault } from '../vault/vault';

const PASSPHRASE = 'lanterne marée cobalt 42';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

async function unlockedVault() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'maillage-vault-exchange-'));
  const vault = new Vault({ dataDir, profile: 'educ1' });
  cleanups.push(() => {
    vault.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const handlers = vault.handlers();
  const call = async <K extends Op>(op: K, input: ParsedInput<K> | object = {}) => {
    const result = await dispatchAsync(handlers, op, input);
    if (!result.ok) throw new Error(`${op}: ${result.error.code}`);
    return result.value as Awaited<ReturnType<ApiHandlers[K]>>;
  };
  await call('session.setup', { passphrase: PASSPHRASE });
  return { vault, call };
}

async function settle(call: Awaited<ReturnType<typeof unlockedVault>>['call'], jobId: string) {
  for (;;) {
    const state = await call('exchange.job', { jobId });
    if (state.state !== 'running') return state;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('exchange in the vault', () => {
  it('backs up before writing an import', async () => {
    const { call } = await unlockedVault();
    const created = await call('cases.create', { pseudonym: 'Inès' });
    const exported = await call('exchange.exportStart', {
      caseId: created.id,
      format: 'json',
      pseudonymise: false,
    });
    await settle(call, exported.jobId);
    const { data } = await call('exchange.download', { jobId: exported.jobId, file: 0, index: 0 });
    const size = Buffer.from(data, 'base64').length;
    const { uploadId } = await call('exchange.uploadStart', {
      fileName: 'ines.json',
      sizeBytes: size,
    });
    await call('exchange.uploadChunk', { uploadId, index: 0, data });
    const preview = await call('exchange.importStart', { files: [{ uploadId, role: 'data' }] });
    expect((await settle(call, preview.jobId)).state).toBe('preview');
    const before = (await call('backups.list')).filter((b) => b.reason === 'before_import');
    expect(before).toHaveLength(0);
    const write = await call('exchange.importConfirm', { jobId: preview.jobId });
    const done = await settle(call, write.jobId);
    const backups = (await call('backups.list')).filter((b) => b.reason === 'before_import');
    expect(done).toEqual({
      state: 'imported',
      caseId: expect.any(String),
      backupId: backups[0]!.id,
    });
    expect((await call('cases.list')).map((c) => c.pseudonym)).toEqual(['Inès', 'Inès']);
  });

  it('forgets its jobs when the data lock', async () => {
    const { call } = await unlockedVault();
    const created = await call('cases.create', { pseudonym: 'Inès' });
    const exported = await call('exchange.exportStart', {
      caseId: created.id,
      format: 'json',
      pseudonymise: false,
    });
    await settle(call, exported.jobId);
    await call('session.lock');
    await expect(call('exchange.job', { jobId: exported.jobId })).rejects.toThrow('locked');
    await call('session.unlock', { passphrase: PASSPHRASE });
    await expect(call('exchange.job', { jobId: exported.jobId })).rejects.toThrow('not_found');
  });
});
