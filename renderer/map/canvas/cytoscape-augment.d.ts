// The methods the two extensions add to Cytoscape's core, and their options, as this app uses
// them (see cytoscape-extensions.d.ts).
import type {} from 'cytoscape';

declare module 'cytoscape' {
  interface EdgeHandlesOptions {
    canConnect?: (source: NodeSingular, target: NodeSingular) => boolean;
    edgeParams?: (source: NodeSingular, target: NodeSingular) => ElementDefinition | object;
    hoverDelay?: number;
    snap?: boolean;
    snapThreshold?: number;
    snapFrequency?: number;
    noEdgeEventsInDraw?: boolean;
    disableBrowserGestures?: boolean;
  }

  interface EdgeHandlesInstance {
    start(source: NodeSingular): void;
    stop(): void;
    enable(): void;
    disable(): void;
    enableDrawMode(): void;
    disableDrawMode(): void;
    destroy(): void;
  }

  interface CxtMenuCommand {
    content: string | HTMLElement;
    select: (element: Singular | Core) => void;
    enabled?: boolean;
    fillColor?: string;
    contentStyle?: Record<string, string>;
  }

  interface CxtMenuOptions {
    selector?: string;
    commands: CxtMenuCommand[] | ((element: Singular | Core) => CxtMenuCommand[]);
    menuRadius?: number | ((element: Singular | Core) => number);
    fillColor?: string;
    activeFillColor?: string;
    activePadding?: number;
    indicatorSize?: number;
    separatorWidth?: number;
    spotlightPadding?: number;
    minSpotlightRadius?: number;
    maxSpotlightRadius?: number;
    openMenuEvents?: string;
    itemColor?: string;
    itemTextShadowColor?: string;
    zIndex?: number;
    atMouse?: boolean;
    outsideMenuCancel?: number | false;
  }

  interface CxtMenuInstance {
    destroy(): void;
  }

  interface Core {
    edgehandles(options?: EdgeHandlesOptions): EdgeHandlesInstance;
    cxtmenu(options: CxtMenuOptions): CxtMenuInstance;
  }
}
