// The service's map on its own Cytoscape instance (not the ecomap's). Rebuilt from the elements
// whenever the filters change, then fitted. Exposes `window.__maillageServiceMap = { cy }` for
// end-to-end tests, as the ecomap exposes `__maillage`.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { serviceStylesheet } from './serviceStyle';

declare global {
  interface Window {
    __maillageServiceMap?: { cy: Core };
  }
}

interface ServiceMapCanvasProps {
  elements: ElementDefinition[];
  label: string;
  /** The entry chosen on the map or in the list beside it. */
  selectedId: string | null;
  onSelect: (entryId: string | null) => void;
}

export function ServiceMapCanvas({ elements, label, selectedId, onSelect }: ServiceMapCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const selectRef = useRef(onSelect);
  useEffect(() => {
    selectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const cy = cytoscape({
      container: containerRef.current,
      style: serviceStylesheet(),
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    cyRef.current = cy;
    window.__maillageServiceMap = { cy };
    cy.on('tap', 'node.entry', (event) => selectRef.current(String(event.target.data('entryId'))));
    cy.on('tap', (event) => {
      if (event.target === cy) selectRef.current(null);
    });
    const resize =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => cy.resize());
    if (resize && containerRef.current) resize.observe(containerRef.current);
    return () => {
      resize?.disconnect();
      cy.destroy();
      cyRef.current = null;
      if (window.__maillageServiceMap?.cy === cy) delete window.__maillageServiceMap;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    cy.fit(undefined, 40);
  }, [elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.$(':selected').unselect();
    if (selectedId) cy.getElementById(`entry:${selectedId}`).select();
  }, [selectedId, elements]);

  return <div className="service-map-canvas" ref={containerRef} role="img" aria-label={label} />;
}
