// Export and import as the page drives them: jobs with progress, chunks both ways, the preview
// before anything is written, the backup before the write, cancel at any step writing nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../../db/testing';
import { sampleDocument } from '../../../test/fixtures/exchange/sample-case';
import { exchangeHarness } from './testing';

let harness: ReturnType<typeof exchangeHarness>;
afterEach(() => harness?.close());

function withCase() {
  harness = exchangeHarness();
  const summary = harness.store.importCase(sampleDocument());
  return summary.id;
}

describe('export jobs', () => {
  it('writes a JSON file, journals the export, and gives the file back in chunks', async () => {
    const caseId = withCase();
    const { jobId } = await harness.call('exchange.exportStart', {
      caseId,
      format: 'json',
      pseudonymise: false,
    });
    const state = await harness.settle(jobId);
    expect(state).toMatchObject({
      state: 'exported',
      files: [{ mediaType: 'application/json', chunks: 1 }],
    });
    const text = (await harness.download(jobId)).toString('utf8');
    const document = JSON.parse(text) as ReturnType<typeof sampleDocument>;
    expect(document.case.pseudonym).toBe('Lina');
    expect(document.snapshots.map((s) => s.label)).toEqual(['Admission', 'Bilan de mars']);
    expect(document.partnerships).toEqual([]);
    const journal = harness.store.handlers['audit.list']({ caseId }).map((e) => e.action);
    expect(journal).toEqual(['import', 'export']);
  });

  it('pseudonymises every format when asked: no real name in the bytes', async () => {
    const caseId = withCase();
    for (const format of ['json', 'graphml', 'gexf', 'csv'] as const) {
      const { jobId } = await harness.call('exchange.exportStart', {
        caseId,
        format,
        pseudonymise: true,
      });
      const state = await harness.settle(jobId);
      if (state.state !== 'exported') throw new Error(`${format}: ${JSON.stringify(state)}`);
      for (let file = 0; file < state.files.length; file++) {
        const text = (await harness.download(jobId, file)).toString('utf8');
        for (const word of ['Lina', 'Benali', 'Roux', 'Durand', 'Moulin'])
          expect(text, `${format}`).not.toContain(word);
      }
    }
  });

  it('neutralises cells that a spreadsheet would run as formulas', async () => {
    harness = exchangeHarness();
    const document = sampleDocument();
    const actors = document.maps[0]!.actors;
    actors[1] = {
      ...actors[1]!,
      name: '=HYPERLINK("http://x.example","clic")',
      roleLabel: '+33 6 12',
      notes: '@SUM(A1)',
    };
    actors[2] = { ...actors[2]!, name: '-2+3' };
    const { id } = harness.store.importCase(document);
    const { jobId } = await harness.call('exchange.exportStart', {
      caseId: id,
      format: 'csv',
      pseudonymise: false,
    });
    await harness.settle(jobId);
    const csv = (await harness.download(jobId, 0)).toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://x.example"",""clic"")"`);
    expect(csv).toContain(`'+33 6 12`);
    expect(csv).toContain(`'@SUM(A1)`);
    expect(csv).toContain(`'-2+3`);
    // Numbers stay numbers: a negative position is not text.
    expect(csv).toMatch(/,-\d+(\.\d+)?(,|\r\n)/);
    expect(
      csv
        .split('\r\n')
        .slice(1)
        .some((line) => /(^|,)[=+@]/.test(line)),
    ).toBe(false);
  });

  it('can be cancelled: the job says so and keeps no file', async () => {
    const caseId = withCase();
    const { jobId } = await harness.call('exchange.exportStart', {
      caseId,
      format: 'pdf',
      pseudonymise: false,
    });
    expect((await harness.call('exchange.cancel', { jobId })).state).toBe('cancelled');
    expect(await harness.settle(jobId)).toEqual({ state: 'cancelled' });
    await expect(harness.call('exchange.download', { jobId, file: 0, index: 0 })).rejects.toThrow();
  });
});

describe('import jobs', () => {
  async function exportedJson() {
    const caseId = withCase();
    const { jobId } = await harness.call('exchange.exportStart', {
      caseId,
      format: 'json',
      pseudonymise: false,
    });
    await harness.settle(jobId);
    return harness.download(jobId);
  }

  it('previews first, then backs up and writes a new case in one step', async () => {
    const bytes = await exportedJson();
    const before = dumpDatabase(harness.file);
    const uploadId = await harness.upload('lina.json', bytes);
    const { jobId } = await harness.call('exchange.importStart', {
      files: [{ uploadId, role: 'data' }],
    });
    const preview = await harness.settle(jobId);
    expect(preview).toMatchObject({
      state: 'preview',
      preview: {
        format: 'json',
        source: 'maillage',
        pseudonym: 'Lina',
        actors: 5,
        ties: 6,
        snapshots: 2,
        notes: 2,
        hasWishedMap: true,
        sameNameExists: true,
      },
    });
    // The preview wrote nothing, and made no backup.
    expect(dumpDatabase(harness.file)).toEqual(before);
    expect(harness.backups).toHaveLength(0);

    const write = await harness.call('exchange.importConfirm', { jobId });
    const done = await harness.settle(write.jobId);
    if (done.state !== 'imported') throw new Error(JSON.stringify(done));
    expect(harness.backups).toHaveLength(1);
    // The backup holds the data as they were before the import.
    expect(dumpDatabase(harness.backups[0]!).tables.cases).toEqual(before.tables.cases);
    const cases = harness.store.handlers['cases.list']({});
    expect(cases.map((c) => c.pseudonym)).toEqual(['Lina', 'Lina']);
    const copy = harness.store.handlers['map.load']({ caseId: done.caseId, kind: 'current' });
    expect(copy.actors.map((a) => a.name)).toEqual(
      sampleDocument().maps[0]!.actors.map((a) => a.name),
    );
    expect(harness.store.handlers['snapshots.list']({ caseId: done.caseId })).toHaveLength(2);
  });

  it('writes nothing when the user cancels after the preview', async () => {
    const bytes = await exportedJson();
    const before = dumpDatabase(harness.file);
    const uploadId = await harness.upload('lina.json', bytes);
    const { jobId } = await harness.call('exchange.importStart', {
      files: [{ uploadId, role: 'data' }],
    });
    expect((await harness.settle(jobId)).state).toBe('preview');
    await harness.call('exchange.cancel', { jobId });
    await expect(harness.call('exchange.importConfirm', { jobId })).rejects.toThrow();
    expect(dumpDatabase(harness.file)).toEqual(before);
    expect(harness.backups).toHaveLength(0);
  });

  it('asks for the columns of CSV tables, then previews with the mapping chosen', async () => {
    const caseId = withCase();
    const { jobId } = await harness.call('exchange.exportStart', {
      caseId,
      format: 'csv',
      pseudonymise: false,
    });
    await harness.settle(jobId);
    const actors = await harness.upload('actors.csv', await harness.download(jobId, 0));
    const ties = await harness.upload('ties.csv', await harness.download(jobId, 1));
    const files = [
      { uploadId: actors, role: 'actors' as const },
      { uploadId: ties, role: 'ties' as const },
    ];
    const first = await harness.settle(
      (await harness.call('exchange.importStart', { files })).jobId,
    );
    if (first.state !== 'needs_mapping') throw new Error(JSON.stringify(first));
    expect(first.actors?.headers).toContain('label');
    expect(first.suggested.actors.label).toBe('label');
    // The user maps nothing to the role column: it is reported as not imported.
    const mapping = { ...first.suggested, actors: { ...first.suggested.actors, role: null } };
    const second = await harness.settle(
      (await harness.call('exchange.importStart', { files, mapping })).jobId,
    );
    if (second.state !== 'preview') throw new Error(JSON.stringify(second));
    expect(second.preview).toMatchObject({ format: 'csv', actors: 5, ties: 6 });
    expect(second.preview.dropped).toContainEqual({ kind: 'column', name: 'role', count: 1 });
  });

  it('opens a transfer file with its passphrase only', async () => {
    const caseId = withCase();
    const passphrase = 'girafe lanterne poivron';
    const exportJob = await harness.call('exchange.exportStart', {
      caseId,
      format: 'transfer',
      pseudonymise: false,
      passphrase,
    });
    expect((await harness.settle(exportJob.jobId)).state).toBe('exported');
    const bytes = await harness.download(exportJob.jobId);
    expect(bytes.includes(Buffer.from('Benali'))).toBe(false);
    const uploadId = await harness.upload('lina.maillage', bytes);
    const files = [{ uploadId, role: 'data' as const }];
    expect(
      await harness.settle((await harness.call('exchange.importStart', { files })).jobId),
    ).toEqual({ state: 'needs_passphrase', retry: false });
    const wrong = await harness.call('exchange.importStart', {
      files,
      passphrase: 'pas la bonne phrase',
    });
    expect(await harness.settle(wrong.jobId)).toEqual({ state: 'needs_passphrase', retry: true });
    const right = await harness.settle(
      (await harness.call('exchange.importStart', { files, passphrase })).jobId,
    );
    expect(right).toMatchObject({
      state: 'preview',
      preview: { format: 'transfer', pseudonym: 'Lina', actors: 5 },
    });
  });
});
