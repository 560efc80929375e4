// A 10,000-actor, 50,000-tie organisation network: its export and its import show their
// progress (a phase with a count) and stop when cancelled, writing nothing. Times are measured
// by test/bench/exchange.bench.ts, not here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobState } from '../../../shared/exchange/ops';
import { organisationNetwork } from '../../../test/fixtures/exchange/organisation-network';
import { exportFiles } from './export-files';
import { exchangeHarness, quietControl } from './testing';

let harness: ReturnType<typeof exchangeHarness>;
let caseId: string;
beforeAll(() => {
  harness = exchangeHarness();
  caseId = harness.store.importCase(organisationNetwork()).id;
});
afterAll(() => harness.close());

/** Polls until the job shows a counted phase; returns that state. */
async function progressOf(jobId: string): Promise<JobState> {
  for (;;) {
    const state = await harness.call('exchange.job', { jobId });
    if (state.state !== 'running' || state.progress.total > 0) return state;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('a 10,000-actor network', () => {
  it('shows the export’s progress and stops when cancelled', async () => {
    const { jobId } = await harness.call('exchange.exportStart', {
      caseId,
      format: 'graphml',
      pseudonymise: false,
    });
    const running = await progressOf(jobId);
    expect(running).toMatchObject({
      state: 'running',
      progress: { phase: 'building', total: 60_001 },
    });
    expect(await harness.call('exchange.cancel', { jobId })).toEqual({ state: 'cancelled' });
    expect(await harness.settle(jobId)).toEqual({ state: 'cancelled' });
    expect(harness.store.handlers['audit.list']({ caseId }).map((e) => e.action)).toEqual([
      'import',
    ]);
  }, 60_000);

  it('answers while it parses, and writes nothing when cancelled then', async () => {
    const [file] = await exportFiles(
      organisationNetwork(),
      'graphml',
      { now: new Date() },
      quietControl(),
    );
    const uploadId = await harness.upload('reseau.graphml', file!.bytes);
    const { jobId } = await harness.call('exchange.importStart', {
      files: [{ uploadId, role: 'data' }],
    });
    // The file is parsed on a worker thread: the host keeps answering polls while xmldom reads
    // the 32 MB of XML, and a Cancel sent then stops the job at once.
    const seen = new Set<string>();
    let pollsWhileParsing = 0;
    for (;;) {
      const state = await harness.call('exchange.job', { jobId });
      if (state.state !== 'running') break;
      seen.add(state.progress.phase);
      if (state.progress.phase === 'parsing' && ++pollsWhileParsing === 3) {
        await harness.call('exchange.cancel', { jobId });
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(pollsWhileParsing).toBe(3);
    expect([...seen]).toEqual(expect.arrayContaining(['reading', 'parsing']));
    expect(await harness.settle(jobId)).toEqual({ state: 'cancelled' });
    expect(harness.store.handlers['cases.list']({})).toHaveLength(1);
    expect(harness.backups).toHaveLength(0);
  }, 60_000);
});
