// The worker thread as the host sees it: a task's result, its progress, a file's problem with
// its line, and where the built worker is found.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FileProblemError } from '../../../shared/exchange/problems';
import { builtWorkerFile, runOffThread, WORKER_FILE } from './off-thread';
import { quietControl } from './testing';

const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="n_label" for="node" attr.name="label" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="n_label">Léa</data></node>
    <node id="b"><data key="n_label">Mission locale</data></node>
    <edge source="a" target="b"/>
  </graph>
</graphml>`;

describe('work on the exchange worker thread', () => {
  it('reads a GraphML file into a draft and reports its phases', async () => {
    const control = quietControl();
    const draft = await runOffThread(
      'read-xml',
      {
        format: 'graphml',
        file: { fileName: 'reseau.graphml', text: GRAPHML },
        now: new Date().toISOString(),
      },
      control,
    );
    const names = draft.document.maps[0]!.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Léa', 'Mission locale']));
    expect(draft.document.maps[0]!.ties).toHaveLength(1);
    expect(control.phases).toEqual(['parsing', 'checking', 'mapping']);
  });

  it('gives back a bad file’s problem with its line', async () => {
    const broken = GRAPHML.replace('<node id="b">', '<node id="a">');
    const reading = runOffThread(
      'read-xml',
      {
        format: 'graphml',
        file: { fileName: 'x.graphml', text: broken },
        now: new Date().toISOString(),
      },
      quietControl(),
    );
    await expect(reading).rejects.toBeInstanceOf(FileProblemError);
    await expect(reading).rejects.toMatchObject({
      problem: { code: 'duplicate_id', line: 6, element: 'node a' },
    });
  });

  it('does not start a job already cancelled', async () => {
    const control = {
      ...quietControl(),
      cancelled: true,
      checkpoint: async () => {
        throw new Error('cancelled');
      },
    };
    await expect(runOffThread('read-json', { text: '{}' }, control)).rejects.toThrow('cancelled');
  });
});

describe('the built worker file', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'maillage-worker-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('is found beside the code or one folder up (from a chunk)', () => {
    mkdirSync(path.join(dist, 'chunks'));
    writeFileSync(path.join(dist, WORKER_FILE), '');
    const expected = path.join(dist, WORKER_FILE);
    expect(fileURLToPath(builtWorkerFile(dist))).toBe(expected);
    expect(fileURLToPath(builtWorkerFile(path.join(dist, 'chunks')))).toBe(expected);
  });

  it('says to build when it is missing', () => {
    expect(() => builtWorkerFile(tmpdir())).toThrow(/npm run build/);
  });
});
