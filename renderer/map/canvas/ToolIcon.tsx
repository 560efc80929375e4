// Line icons for the map's tool buttons (drawn here: no icon font, no network).
const PATHS = {
  zoomIn: 'M10 4a6 6 0 1 0 0 12 6 6 0 0 0 0-12Zm5 11 5 5M7 10h6M10 7v6',
  zoomOut: 'M10 4a6 6 0 1 0 0 12 6 6 0 0 0 0-12Zm5 11 5 5M7 10h6',
  fit: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5M9 12a3 3 0 1 0 6 0 3 3 0 0 0-6 0',
  tidy: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 5a4 4 0 1 0 0 8 4 4 0 0 0 0-8ZM12 3v5M4.2 16.5l4.3-2.5M19.8 16.5l-4.3-2.5',
  link: 'M6 7a3 3 0 1 0 0 .01M18 17a3 3 0 1 0 0 .01M8.5 8.5l7 7',
  domains:
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 0v9l7.8 4.5M12 12l-7.8 4.5M12 12l4.5-7.8M12 12l-4.5-7.8',
  present: 'M3 5h18v11H3zM12 16v4M8 20h8M10 8.5v4.5l4-2.25z',
  leave: 'M9 4H4v5M15 4h5v5M20 15v5h-5M4 15v5h5M9 9l6 6M15 9l-6 6',
  wished: 'M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10Z',
  back: 'M15 5l-7 7 7 7',
} as const;

export type ToolIconName = keyof typeof PATHS;

export function ToolIcon({ name }: { name: ToolIconName }) {
  return (
    <svg
      className="map-tool-icon"
      width="22"
      height="22"
      viewBox="0 0 24 24"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
