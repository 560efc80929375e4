// The overlays from an analysis to map elements, and on a real (headless) Cytoscape graph with
// the map's own stylesheet: what changes while an overlay is on, and that taking it off gives
// back exactly the usual look.
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { mapElements } from '../../map/look/elements';
import { mapStylesheet } from '../../map/look/stylesheet';
import { computeAnalysis } from '../engine/computeAnalysis';
import { KNOWN_IDS, knownMap } from '../testing/knownNetwork';
import { applyOverlays, clearOverlays } from './applyOverlays';
import { NO_OVERLAYS, overlayModel } from './overlayModel';
import {
  CONSTRAINT_CLASSES,
  NO_CONSTRAINT_COLOR,
  SIZE_RANGE,
  analysisOverlayStyles,
  colorForConstraint,
  sizeForBetweenness,
} from './overlayStyle';

const { actor: A, tie: T } = KNOWN_IDS;
const initials = (role: string) => role.slice(0, 2).toUpperCase();

async function analysed() {
  return (await computeAnalysis(knownMap())).result;
}

function canvas(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: mapElements(knownMap()),
    // As the map's stylesheet will include it; appended here so the test does not depend on it.
    style: [...(mapStylesheet() as object[]), ...(analysisOverlayStyles() as object[])] as never,
  });
}

/** Every style property Cytoscape resolved for an element, to compare looks. */
function looks(cy: Core): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  cy.elements().forEach((e) => {
    out[e.id()] = { ...(e.style() as Record<string, unknown>) };
  });
  return out;
}

describe('the overlay scales', () => {
  it('sizes by the square root of betweenness, within the range', () => {
    expect(sizeForBetweenness(0)).toBe(SIZE_RANGE.min);
    expect(sizeForBetweenness(1)).toBe(SIZE_RANGE.max);
    expect(sizeForBetweenness(0.25)).toBe(Math.round((SIZE_RANGE.min + SIZE_RANGE.max) / 2));
    expect(sizeForBetweenness(7)).toBe(SIZE_RANGE.max);
  });

  it('colours constraint in five classes, light to dark, grey without ties', () => {
    expect(colorForConstraint(0.1)).toBe(CONSTRAINT_CLASSES[0].color);
    expect(colorForConstraint(0.5)).toBe(CONSTRAINT_CLASSES[2].color);
    expect(colorForConstraint(1)).toBe(CONSTRAINT_CLASSES[4].color);
    expect(colorForConstraint(null)).toBe(NO_CONSTRAINT_COLOR);
  });
});

describe('the overlay model', () => {
  it('sets nothing when every overlay is off', async () => {
    const model = overlayModel(await analysed(), NO_OVERLAYS, null, initials);
    expect(model.nodes.size + model.edges.size).toBe(0);
  });

  it('sizes, colours and badges the actors, never the person', async () => {
    const settings = { ...NO_OVERLAYS, size: true, colour: true, badges: true };
    const model = overlayModel(await analysed(), settings, null, initials);
    expect(model.nodes.has(A.lina)).toBe(false);
    expect(model.nodes.get(A.samia)).toMatchObject({
      anSize: sizeForBetweenness(0.65),
      anFill: colorForConstraint(0.5347),
    });
    expect(decodeURIComponent(String(model.nodes.get(A.samia)?.anBadge))).toContain('>GA</text>');
    expect(model.nodes.get(A.karim)?.anBadge).toBeUndefined();
  });

  it('marks the weak bridge and fades the ties the filter hides', async () => {
    const result = await analysed();
    const weakOnly = overlayModel(
      result,
      { ...NO_OVERLAYS, weakBridges: true, ties: 'weak' },
      null,
      initials,
    );
    expect(weakOnly.edges.get(T['ase-samia'] as string)).toEqual({ anWeakBridge: true });
    expect(weakOnly.edges.get(T['lina-samia'] as string)).toEqual({ anGhost: true });
    const strongOnly = overlayModel(result, { ...NO_OVERLAYS, ties: 'strong' }, null, initials);
    expect(strongOnly.edges.get(T['ase-samia'] as string)).toEqual({ anGhost: true });
    expect(strongOnly.edges.get(T['lina-samia'] as string)).toBeUndefined();
  });

  it('highlights the chosen chain and fades the rest', async () => {
    const path = {
      actorIds: [A.lina, A.samia, A.ase],
      tieIds: [T['lina-samia'] as string, T['ase-samia'] as string],
    };
    const model = overlayModel(await analysed(), NO_OVERLAYS, path, initials);
    expect(model.nodes.get(A.samia)).toEqual({ anPath: true });
    expect(model.nodes.get(A.college)).toEqual({ anFaded: true });
    expect(model.edges.get(T['ase-samia'] as string)).toEqual({ anPath: true });
    expect(model.edges.get(T['samia-karim'] as string)).toEqual({ anFaded: true });
  });
});

describe('overlays on the canvas', () => {
  it('changes sizes and colours, then gives back exactly the usual look', async () => {
    const cy = canvas();
    const before = looks(cy);
    const everything = {
      size: true,
      colour: true,
      weakBridges: true,
      badges: true,
      ties: 'strong' as const,
    };
    const path = { actorIds: [A.lina, A.samia], tieIds: [T['lina-samia'] as string] };
    applyOverlays(cy, overlayModel(await analysed(), everything, path, initials));

    const samia = cy.getElementById(A.samia);
    expect(samia.style('width')).toBe(`${sizeForBetweenness(0.65)}px`);
    expect(cy.getElementById(A.college).style('width')).toBe(`${SIZE_RANGE.min}px`);
    expect(cy.getElementById(A.college).style('background-color')).toBe('rgb(84,39,143)');
    // The person keeps their size.
    expect(cy.getElementById(A.lina).style('width')).toBe('92px');
    expect(cy.getElementById(T['ase-samia'] as string).style('underlay-opacity')).not.toBe('0');
    expect(Number(cy.getElementById(T['samia-ines'] as string).style('opacity'))).toBeLessThan(0.5);
    expect(samia.style('background-image')).toContain('data:image/svg+xml');

    clearOverlays(cy);
    expect(looks(cy)).toEqual(before);
    const left = cy
      .elements()
      .map((e) => Object.entries(e.data() as Record<string, unknown>))
      .flat()
      .filter(([key, value]) => key.startsWith('an') && value !== undefined);
    expect(left).toEqual([]);
  });

  it('touches nothing when the model already holds', async () => {
    const cy = canvas();
    const model = overlayModel(await analysed(), { ...NO_OVERLAYS, size: true }, null, initials);
    applyOverlays(cy, model);
    let changes = 0;
    cy.on('data', () => (changes += 1));
    applyOverlays(cy, model);
    expect(changes).toBe(0);
  });
});
