// English texts of the map itself (issue 3), mirroring mapview-fr.ts. Spread into en.ts's `ui`.
import type { mapViewFr } from './mapview-fr';

export const mapViewEn: typeof mapViewFr = {
  mapView: {
    toolbar: 'Map tools',
    zone: {
      inner: 'Indispensable',
      middle: 'Important',
      outer: 'Present',
      outside: 'No direct tie',
    },
    /** The networks' names around the rings (a line break where the name is long). */
    sector: {
      primary: 'Primary network',
      informal_secondary: 'Informal\nsecondary network',
      formal_secondary: 'Formal\nsecondary network',
    },
    commands: {
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      fit: 'Show the whole map',
      tidy: 'Tidy the circles into their rings',
      linkMode: 'Link: draw a tie from one circle to another',
      linkModeOff: 'Stop linking',
      domainSectors: 'Split the sectors by domain',
      presentation: 'Present (full screen)',
      leavePresentation: 'Leave the presentation',
      wished: 'The network I would like',
      current: 'Back to today’s map',
    },
    overview: 'Overview: ties are simplified; zoom in to see their details.',
    legend: {
      rings: 'The rings',
      zone: {
        inner: 'Indispensable: tie 5',
        middle: 'Important: tie 4 or 3',
        outer: 'Present: tie 2 or 1',
        outside: 'Outside the rings: no direct tie',
      },
    },
    linkHint: 'Drag from one circle to another to tie them. Escape to stop.',
    wished: {
      title: 'The network {{name}} would like',
      intro:
        'A second map, started from a copy of today’s: who {{name}} would like closer, further, added, or gone.',
      start: 'Start from today’s map',
      starting: 'Copying the map…',
      today: 'Today',
      wish: 'What {{name}} would like',
      todayLabel: 'Today’s map of {{name}}, to compare (read only)',
      wishLabel: 'The network {{name}} would like: editable map',
      back: 'Today’s map',
      marks: 'What changes',
      mark: {
        closer: 'Closer',
        further: 'Further',
        new: 'Added',
        gone: 'Gone',
      },
      loadFailed: 'The wished network could not be opened.',
    },
  },
};
