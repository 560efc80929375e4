// Bad files, one per case of issue 8: each gives a typed problem naming the line or the element
// (the page translates it: exchange.problems.<code>), and leaves the database exactly as it was
// (every table dumped through a second connection and compared, before and after).
import { describe, expect, it, afterEach } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { MAX_IMPORT_BYTES } from '../../../shared/exchange/ops';
import type { FileProblem } from '../../../shared/exchange/problems';
import { dumpDatabase } from '../../../db/testing';
import { sampleDocument } from '../../../test/fixtures/exchange/sample-case';
import { decodeText } from './text';
import { exchangeHarness } from './testing';
import { Uploads } from './uploads';

let harness: ReturnType<typeof exchangeHarness>;
afterEach(() => harness?.close());

const GRAPHML_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';

/** Imports the files and returns the problem; checks nothing was written, not even a backup. */
async function problemOf(
  files: [string, Buffer, 'data' | 'actors' | 'ties'][],
): Promise<FileProblem> {
  harness = exchangeHarness();
  harness.store.importCase(sampleDocument());
  const before = dumpDatabase(harness.file);
  const uploaded = [];
  for (const [name, bytes, role] of files)
    uploaded.push({ uploadId: await harness.upload(name, bytes), role });
  const mapping = files.some(([, , role]) => role !== 'data')
    ? (await import('../../../shared/exchange/csv')).guessMapping(
        ['id', 'label'],
        ['source', 'target'],
      )
    : undefined;
  const { jobId } = await harness.call('exchange.importStart', { files: uploaded, mapping });
  const state = await harness.settle(jobId);
  expect(dumpDatabase(harness.file)).toEqual(before);
  expect(harness.backups).toHaveLength(0);
  if (state.state !== 'failed' || state.problem === null)
    throw new Error(`refusal expected, got ${JSON.stringify(state)}`);
  return state.problem;
}

const text = (s: string) => Buffer.from(s, 'utf8');

describe('bad files are refused, with where, and change nothing', () => {
  it('malformed XML: the line of the element left open', async () => {
    const file = `${GRAPHML_HEAD}<graph edgedefault="undirected">\n<node id="a">\n</graph>\n</graphml>\n`;
    expect(await problemOf([['bad.graphml', text(file), 'data']])).toMatchObject({
      code: 'malformed_xml',
      line: 4,
    });
  });

  it('entity expansion ("billion laughs"): refused before parsing', async () => {
    const lol =
      '<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n';
    const file = `<?xml version="1.0"?>\n${lol}<graphml><graph><node id="&lol2;"/></graph></graphml>`;
    expect(await problemOf([['lol.graphml', text(file), 'data']])).toMatchObject({
      code: 'doctype',
      line: 2,
    });
  });

  it('an external entity: refused, never resolved', async () => {
    const file = `<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<gexf><graph><nodes><node id="1" label="&xxe;"/></nodes></graph></gexf>`;
    const problem = await problemOf([['xxe.gexf', text(file), 'data']]);
    expect(problem).toMatchObject({ code: 'doctype', line: 2 });
    expect(JSON.stringify(problem)).not.toContain('root:');
  });

  it('a wrong encoding: Latin-1 bytes, with the line of the first one', async () => {
    const latin1 = Buffer.from('id,label\n1,Lina\n2,Ana\u00efs\n', 'latin1');
    expect(await problemOf([['actors.csv', latin1, 'actors']])).toMatchObject({
      code: 'encoding',
      line: 3,
    });
  });

  it('a wrong encoding: UTF-16, and XML declaring another encoding', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('{"format":"maillage"}', 'utf16le'),
    ]);
    expect(await problemOf([['case.json', utf16, 'data']])).toMatchObject({
      code: 'encoding',
      detail: 'UTF-16 LE',
    });
    const declared = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<graphml><graph/></graphml>';
    expect(await problemOf([['old.graphml', text(declared), 'data']])).toMatchObject({
      code: 'encoding',
      detail: 'ISO-8859-1',
    });
  });

  it('a huge file: refused by its declared size before a byte is read, and again when read', () => {
    const tooBig = contract['exchange.uploadStart'].input.safeParse({
      fileName: 'big.graphml',
      sizeBytes: MAX_IMPORT_BYTES + 1,
    });
    expect(tooBig.success).toBe(false);
    expect(() => new Uploads(1_000).start('big.graphml', 1_001)).toThrow(/larger than/);
    const uploads = new Uploads(1_000);
    const { uploadId } = uploads.start('liar.graphml', 10);
    expect(() => uploads.chunk(uploadId, 0, Buffer.alloc(11).toString('base64'))).toThrow(
      /larger than it said/,
    );
    expect(() => decodeText(Buffer.alloc(1_001), 1_000)).toThrow(
      expect.objectContaining({ problem: expect.objectContaining({ code: 'too_large' }) }),
    );
  });

  it('duplicate ids: GraphML nodes, with the line', async () => {
    const file = `${GRAPHML_HEAD}<graph edgedefault="undirected">\n<node id="a"/>\n<node id="b"/>\n<node id="a"/>\n</graph>\n</graphml>\n`;
    expect(await problemOf([['dup.graphml', text(file), 'data']])).toMatchObject({
      code: 'duplicate_id',
      line: 6,
      element: 'node a',
    });
  });

  it('duplicate ids: the app’s JSON, naming the element', async () => {
    const document = sampleDocument();
    const actors = document.maps[0]!.actors;
    actors[2] = { ...actors[2]!, id: actors[1]!.id };
    expect(await problemOf([['dup.json', text(JSON.stringify(document)), 'data']])).toMatchObject({
      code: 'duplicate_id',
      element: 'maps.0.actors.2.id',
    });
  });

  it('ties to unknown actors: GraphML and CSV, with the line', async () => {
    const file = `${GRAPHML_HEAD}<graph edgedefault="undirected">\n<node id="a"/>\n<node id="b"/>\n<edge source="a" target="z"/>\n</graph>\n</graphml>\n`;
    expect(await problemOf([['ghost.graphml', text(file), 'data']])).toMatchObject({
      code: 'unknown_endpoint',
      line: 6,
    });
    const actors = text('id,label\n1,Lina\n2,Samia\n');
    const ties = text('source,target\n1,2\n1,9\n');
    expect(
      await problemOf([
        ['actors.csv', actors, 'actors'],
        ['ties.csv', ties, 'ties'],
      ]),
    ).toMatchObject({ code: 'unknown_endpoint', line: 3, element: 'ties.csv: 9' });
  });

  it('JSON from a newer Maillage, and JSON that is not a case', async () => {
    expect(
      await problemOf([['new.json', text('{"format":"maillage","version":99}'), 'data']]),
    ).toMatchObject({ code: 'too_new' });
    expect(await problemOf([['x.json', text('{"hello":"world"}'), 'data']])).toMatchObject({
      code: 'not_maillage',
    });
    expect(
      await problemOf([['x.json', text('{\n"format": "maillage",\n"version": 2,,\n}'), 'data']]),
    ).toMatchObject({ code: 'invalid_json', line: 3 });
  });
});
