// Types for the two Cytoscape extensions the map uses (neither ships its own), covering only
// the options and methods this app calls.
declare module 'cytoscape-edgehandles' {
  import type { Ext } from 'cytoscape';
  const edgehandles: Ext;
  export default edgehandles;
}

declare module 'cytoscape-cxtmenu' {
  import type { Ext } from 'cytoscape';
  const cxtmenu: Ext;
  export default cxtmenu;
}
