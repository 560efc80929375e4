// Export then import gives back the same model: the app's JSON (the whole case), GraphML and
// GEXF (the current map, every field), CSV (every field but ids and times); and the GraphML
// opens with graphology's own reader, carrying every attribute.
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-library/graphml';
import { describe, expect, it } from 'vitest';
import type { guessMapping } from '../../../shared/exchange/csv';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, flatten } from '../../../shared/exchange/flat-graph';
import { sampleDocument } from '../../../test/fixtures/exchange/sample-case';
import { exportFiles } from './export-files';
import { readImport } from './import-read';
import { quietControl } from './testing';

const now = new Date('2026-06-21T08:00:00.000Z');

async function exported(format: 'json' | 'graphml' | 'gexf' | 'csv') {
  return exportFiles(sampleDocument(), format, { now }, quietControl());
}

async function imported(
  files: Parameters<typeof readImport>[0],
  mapping?: ReturnType<typeof guessMapping>,
) {
  const outcome = await readImport(files, { now, mapping }, quietControl());
  if (outcome.kind !== 'draft')
    throw new Error(`expected a draft, got ${JSON.stringify(outcome.state)}`);
  return outcome;
}

describe('round trips', () => {
  it('JSON gives back the whole case: maps, snapshots, notes, next review', async () => {
    const [file] = await exported('json');
    const { draft, format } = await imported({
      data: { fileName: file!.fileName, bytes: file!.bytes },
    });
    expect(format).toBe('json');
    expect(draft.fromVersion).toBe(2);
    // Partnerships belong to the service's book: reported, not imported.
    expect(draft.document).toEqual({ ...sampleDocument(), partnerships: [] });
    expect(draft.report.dropped).toEqual([{ kind: 'partnerships', name: '', count: 1 }]);
  });

  it.each(['graphml', 'gexf'] as const)('%s gives back the current map exactly', async (format) => {
    const [file] = await exported(format);
    const { draft } = await imported({ data: { fileName: file!.fileName, bytes: file!.bytes } });
    const original = sampleDocument();
    expect(draft.source).toBe('maillage');
    expect(draft.document.case).toEqual(original.case);
    expect(draft.document.maps).toEqual([original.maps[0]]);
    expect(draft.report.dropped).toEqual([]);
    expect(draft.report.guessed).toEqual([]);
  });

  it('the GraphML opens with graphology’s reader and carries every attribute', async () => {
    const [file] = await exported('graphml');
    const graph = parseGraphml(Graph, file!.bytes.toString('utf8'));
    const flat = flatten(sampleDocument());
    expect(graph.order).toBe(flat.nodes.length);
    expect(graph.size).toBe(flat.edges.length);
    for (const node of flat.nodes) {
      expect(graph.getNodeAttributes(node.id)).toEqual(node.attributes);
      for (const name of Object.keys(node.attributes)) expect(name in NODE_ATTRIBUTES).toBe(true);
    }
    for (const edge of flat.edges) {
      expect(graph.getEdgeAttributes(edge.id)).toEqual(edge.attributes);
      expect(graph.source(edge.id)).toBe(edge.source);
      for (const name of Object.keys(edge.attributes)) expect(name in EDGE_ATTRIBUTES).toBe(true);
    }
    expect(graph.getAttribute('pseudonym')).toBe('Lina');
  });

  it('CSV gives back every actor and tie field through the suggested mapping', async () => {
    const [actors, ties] = await exported('csv');
    expect(actors!.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const first = await readImport(
      {
        actors: { fileName: 'actors.csv', bytes: actors!.bytes },
        ties: { fileName: 'ties.csv', bytes: ties!.bytes },
      },
      { now },
      quietControl(),
    );
    if (first.kind !== 'question' || first.state.state !== 'needs_mapping')
      throw new Error('mapping step expected');
    const { draft } = await imported(
      {
        actors: { fileName: 'actors.csv', bytes: actors!.bytes },
        ties: { fileName: 'ties.csv', bytes: ties!.bytes },
      },
      first.state.suggested,
    );
    const original = sampleDocument().maps[0]!;
    const back = draft.document.maps[0]!;
    const strip = <T extends { id: string; mapId: string; createdAt: string; updatedAt: string }>(
      x: T,
    ) => {
      const { id: _i, mapId: _m, createdAt: _c, updatedAt: _u, ...rest } = x;
      return rest;
    };
    const nameOf = (list: typeof original.actors, id: string) =>
      list.find((a) => a.id === id)?.name;
    expect(back.actors.map(strip)).toEqual(original.actors.map(strip));
    expect(
      back.ties.map((t) => ({
        ...strip(t),
        sourceId: nameOf(back.actors, t.sourceId),
        targetId: nameOf(back.actors, t.targetId),
      })),
    ).toEqual(
      original.ties.map((t) => ({
        ...strip(t),
        sourceId: nameOf(original.actors, t.sourceId),
        targetId: nameOf(original.actors, t.targetId),
      })),
    );
    expect(back.placements.map((p) => p.x)).toEqual(original.placements.map((p) => p.x));
    // The tie ids column is not a field of the model: said, not silently lost.
    expect(draft.report.dropped).toEqual([{ kind: 'column', name: 'id', count: 1 }]);
  });
});
