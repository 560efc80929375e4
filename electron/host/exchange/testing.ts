// Helpers for the exchange tests and the benchmark (never imported by the app).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../../db/index';
import { contract, type Input, type Output } from '../../../shared/api/contract';
import type { ExchangeOp, JobState } from '../../../shared/exchange/ops';
import { exchangeHandlers, type ExchangeHandlers } from './service';
import type { JobControl } from './jobs';

/** A job control that never cancels; records the phases it was told. */
export function quietControl(): JobControl & { phases: string[] } {
  const phases: string[] = [];
  return {
    phases,
    progress: (phase) => {
      if (phases.at(-1) !== phase) phases.push(phase);
    },
    checkpoint: async () => {},
    cancelled: false,
  };
}

export const utf8 = (text: string) => Buffer.from(text, 'utf8');

/**
 * The exchange service on a real, unencrypted store in a temporary folder (so a test can dump
 * every table through a second connection); backups are plain copies, counted.
 */
export function exchangeHarness() {
  const dir = mkdtempSync(path.join(tmpdir(), 'maillage-exchange-'));
  const file = path.join(dir, 'maillage.sqlite');
  const store: Store = openStore(file, { profile: 'educ1' });
  const backups: string[] = [];
  const service: ExchangeHandlers = exchangeHandlers({
    withOpenStore: (work) => work(store),
    createBackup: (reason) => {
      const target = path.join(dir, `backup-${backups.length}.sqlite`);
      store.copyTo(target);
      backups.push(target);
      return {
        id: `maillage-20260101T000000000Z-${reason}.backup`,
        reason,
        createdAt: new Date().toISOString(),
        sizeBytes: 0,
      };
    },
    clock: () => new Date(),
  });
  /** Validates like dispatch does, then calls the service. */
  const call = async <K extends ExchangeOp>(op: K, input: Input<K>): Promise<Output<K>> => {
    const parsed: unknown = contract[op].input.parse(input);
    const handler = service[op] as unknown as (i: unknown) => Output<K> | Promise<Output<K>>;
    return handler(parsed);
  };
  const upload = async (fileName: string, bytes: Buffer): Promise<string> => {
    const { uploadId, chunkBytes } = await call('exchange.uploadStart', {
      fileName,
      sizeBytes: bytes.length,
    });
    for (let i = 0; i * chunkBytes < bytes.length || i === 0; i++) {
      await call('exchange.uploadChunk', {
        uploadId,
        index: i,
        data: bytes.subarray(i * chunkBytes, (i + 1) * chunkBytes).toString('base64'),
      });
      if (bytes.length === 0) break;
    }
    return uploadId;
  };
  const settle = async (jobId: string): Promise<JobState> => {
    for (;;) {
      const state = await call('exchange.job', { jobId });
      if (state.state !== 'running') return state;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  const download = async (jobId: string, file = 0): Promise<Buffer> => {
    const parts: Buffer[] = [];
    for (let index = 0; ; index++) {
      const chunk = await call('exchange.download', { jobId, file, index });
      parts.push(Buffer.from(chunk.data, 'base64'));
      if (chunk.last) return Buffer.concat(parts);
    }
  };
  return {
    dir,
    file,
    store,
    backups,
    service,
    call,
    upload,
    settle,
    download,
    close: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
