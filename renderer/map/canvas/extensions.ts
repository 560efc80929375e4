// Registers the Cytoscape extensions the map uses, once per page: edge drawing from node to
// node (cytoscape-edgehandles) and the long-press radial menu (cytoscape-cxtmenu).
import cytoscape from 'cytoscape';
import cxtmenu from 'cytoscape-cxtmenu';
import edgehandles from 'cytoscape-edgehandles';

let registered = false;

export function registerExtensions(): void {
  if (registered) return;
  registered = true;
  cytoscape.use(edgehandles);
  cytoscape.use(cxtmenu);
}
