// The exchange as the built app runs it (dist/electron, browser mode): a case exported as
// GraphML and GEXF comes back through the import, its files read on the built worker thread
// (dist/electron/exchange-worker.js). Guards what unit tests run from source cannot see: the
// bundles, the worker's file, and one xmldom shared by our parser and graphology's readers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, tempDataDir, type RunningApp } from './harness';

let app: RunningApp;
let call: <T>(op: string, input: unknown) => Promise<T>;

beforeAll(async () => {
  app = await startApp(tempDataDir());
  const secret = new URL(app.url).hash.replace('#secret=', '');
  call = async <T>(op: string, input: unknown): Promise<T> => {
    const response = await fetch(`${app.origin}/api/${op}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    const wire = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
    if (!wire.ok) throw new Error(`${op}: ${JSON.stringify(wire.error)}`);
    return wire.value as T;
  };
  await call('session.setup', { passphrase: 'la phrase secrète du coffre de test, assez longue' });
});
afterAll(async () => {
  expect(await app.stop()).toBe(0);
});

type JobState = { state: string; [key: string]: unknown };

async function settle(jobId: string): Promise<JobState> {
  for (;;) {
    const state = await call<JobState>('exchange.job', { jobId });
    if (state.state !== 'running') return state;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function download(jobId: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let index = 0; ; index++) {
    const chunk = await call<{ data: string; last: boolean }>('exchange.download', {
      jobId,
      file: 0,
      index,
    });
    parts.push(Buffer.from(chunk.data, 'base64'));
    if (chunk.last) return Buffer.concat(parts);
  }
}

describe('the built app exchanges GraphML and GEXF', () => {
  let caseId: string;
  beforeAll(async () => {
    const created = await call<{ id: string }>('cases.create', { pseudonym: 'Léa' });
    caseId = created.id;
    const map = await call<{ map: { id: string }; actors: { id: string; isEgo: boolean }[] }>(
      'map.load',
      { caseId },
    );
    const ego = map.actors.find((a) => a.isEgo)!;
    const add = (name: string, kind: string, sphere: string, domain: string) =>
      call<{ actor: { id: string } }>('actors.add', {
        mapId: map.map.id,
        name,
        kind,
        sphere,
        domain,
      });
    const aunt = await add('Tante Nadia', 'person', 'primary', 'family');
    const club = await add('Club de boxe', 'organisation', 'informal_secondary', 'leisure');
    await add('Mission locale', 'organisation', 'formal_secondary', 'employment');
    await call('ties.add', {
      mapId: map.map.id,
      sourceId: ego.id,
      targetId: aunt.actor.id,
      closeness: 5,
    });
    await call('ties.add', {
      mapId: map.map.id,
      sourceId: aunt.actor.id,
      targetId: club.actor.id,
      closeness: 2,
    });
  });

  for (const format of ['graphml', 'gexf'] as const) {
    it(`${format}: exported, then previewed and imported as a new case`, async () => {
      const exported = await call<{ jobId: string }>('exchange.exportStart', {
        caseId,
        format,
        pseudonymise: false,
      });
      expect(await settle(exported.jobId)).toMatchObject({ state: 'exported' });
      const bytes = await download(exported.jobId);
      expect(bytes.toString('utf8')).toContain('Tante Nadia');

      const { uploadId } = await call<{ uploadId: string }>('exchange.uploadStart', {
        fileName: `lea.${format}`,
        sizeBytes: bytes.length,
      });
      await call('exchange.uploadChunk', { uploadId, index: 0, data: bytes.toString('base64') });
      const started = await call<{ jobId: string }>('exchange.importStart', {
        files: [{ uploadId, role: 'data' }],
      });
      const preview = await settle(started.jobId);
      expect(preview).toMatchObject({
        state: 'preview',
        preview: {
          format,
          source: 'maillage',
          pseudonym: 'Léa',
          actors: 3,
          ties: 2,
          bySphere: { primary: 1, informal_secondary: 1, formal_secondary: 1 },
        },
      });
      const before = (await call<unknown[]>('cases.list', {})).length;
      const writing = await call<{ jobId: string }>('exchange.importConfirm', {
        jobId: started.jobId,
      });
      expect(await settle(writing.jobId)).toMatchObject({ state: 'imported' });
      expect(await call<unknown[]>('cases.list', {})).toHaveLength(before + 1);
    });
  }
});
