import { describe, expect, it } from 'vitest';
import { CliError } from './errors';
import { readGraphml } from './graphml';

const graphml = (body: string, keys = '', edgeDefault = 'edgedefault="undirected"') =>
  `<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys}\n<graph id="g" ${edgeDefault}>\n${body}\n</graph>\n</graphml>\n`;

function refusal(text: string): { key: string; params: Record<string, unknown> } {
  try {
    readGraphml(text);
  } catch (error) {
    if (error instanceof CliError) return { key: error.key, params: error.params };
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('reading GraphML', () => {
  it('reads spheres, labels and weights, and is undirected when edgedefault is absent', () => {
    const network = readGraphml(
      graphml(
        '<node id="a"><data key="s">primary</data><data key="l">Anna</data></node><node id="b"/>' +
          '<edge source="a" target="b"><data key="w">2.5</data></edge>',
        '<key id="s" for="node" attr.name="sphere" attr.type="string"/>' +
          '<key id="l" for="node" attr.name="label" attr.type="string"/>' +
          '<key id="w" for="edge" attr.name="weight" attr.type="double"/>',
        '',
      ),
    );
    expect(network.directed).toBe(false);
    expect(network.graph.getNodeAttributes('a')).toEqual({ label: 'Anna', sphere: 'primary' });
    expect(network.graph.getNodeAttributes('b')).toEqual({ label: 'b', sphere: null });
    expect(network.weighted).toBe(true);
    expect(network.graph.getEdgeAttribute('a', 'b', 'weight')).toBe(2.5);
  });

  it('merges parallel edges, adding their weights, and drops self-loops', () => {
    const network = readGraphml(
      graphml(
        '<node id="a"/><node id="b"/>' +
          '<edge source="a" target="b"><data key="w">1</data></edge>' +
          '<edge source="b" target="a"><data key="w">2</data></edge>' +
          '<edge source="a" target="b"/><edge source="a" target="a"/>',
        '<key id="w" for="all" attr.name="weight" attr.type="double"/>',
      ),
    );
    expect(network.graph.size).toBe(1);
    expect(network.graph.getEdgeAttribute('a', 'b', 'weight')).toBe(4);
    expect(network).toMatchObject({ mergedEdges: 2, selfLoops: 1 });
  });

  it('tolerates keys graphology-graphml would choke on', () => {
    const network = readGraphml(
      graphml(
        '<node id="a"><data key="x">3</data><data key="p">port data</data></node>',
        '<key id="x" for="node" attr.type="complex"/><key id="p" for="port" attr.name="p"/>',
      ),
    );
    expect(network.graph.order).toBe(1);
  });

  it('refuses what it cannot read faithfully, saying where', () => {
    expect(refusal('<?xml version="1.0"?>\n<nodes/>')).toEqual({ key: 'not_graphml', params: {} });
    expect(refusal('<graphml></graphml>').key).toBe('no_graph');
    expect(refusal(graphml('<node id="a"><graph id="inner"/></node>')).key).toBe('nested_graph');
    expect(refusal(graphml('<node id="a"/><hyperedge/>')).key).toBe('hyperedges');
    expect(refusal(graphml('', '', 'edgedefault="both"'))).toMatchObject({
      key: 'bad_edgedefault',
      params: { value: 'both' },
    });
    expect(
      refusal(graphml('<node id="a"/><node id="b"/><edge source="a" target="b" directed="true"/>')),
    ).toMatchObject({ key: 'mixed_edges', params: { line: 5 } });
    expect(refusal(graphml('<node id="a"/>\n<node id="a"/>'))).toMatchObject({
      key: 'duplicate_node',
      params: { id: 'a', line: 6 },
    });
    expect(refusal(graphml('<node/>')).key).toBe('missing_id');
    expect(refusal(graphml('<node id="a"/><edge source="a"/>')).key).toBe('missing_endpoint');
    expect(
      refusal(
        graphml('', '<key id="w" for="edge" attr.name="weight"><default>heavy</default></key>'),
      ),
    ).toMatchObject({ key: 'bad_weight', params: { value: 'heavy' } });
  });

  it('refuses malformed XML with its line, and any DTD before parsing', () => {
    expect(refusal(graphml('<node id="a">\n</graph>'))).toMatchObject({
      key: 'malformed_xml',
      params: { line: '5' },
    });
    expect(refusal(graphml('<node id="a" id="b"/>')).key).toBe('malformed_xml');
    expect(refusal('').key).toBe('malformed_xml');
    expect(
      refusal('<!DOCTYPE graphml SYSTEM "http://example.org/graphml.dtd"><graphml/>').key,
    ).toBe('doctype');
    expect(refusal('<graphml><!ENTITY x "y"></graphml>').key).toBe('doctype');
  });
});
