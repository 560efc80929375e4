// The headers' button icons (the app's header, the map screen's), drawn inline (no image file).
// Decorative: each button keeps its text as its accessible name; on narrow windows that text is
// only visually hidden or shortened (app.css), never changed.
const common = {
  className: 'header-icon',
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  'aria-hidden': true,
} as const;

/** Names hidden: an eye struck through. */
export function HideNamesIcon() {
  return (
    <svg {...common}>
      <path
        d="M1 8s2.6-4.5 7-4.5S15 8 15 8s-2.6 4.5-7 4.5S1 8 1 8z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
      <circle cx="8" cy="8" r="2.2" fill="currentColor" />
      <path d="M2.5 14 13.5 2" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

/** Data security: a shield. */
export function ShieldIcon() {
  return (
    <svg {...common}>
      <path
        d="M8 1.2 2.2 3.4v4.1c0 3.4 2.4 6 5.8 7.3 3.4-1.3 5.8-3.9 5.8-7.3V3.4z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.7"
        strokeLinejoin="round"
      />
      <path d="M5.4 8.1 7.3 10l3.4-3.8" fill="none" stroke="currentColor" strokeWidth="1.7" />
    </svg>
  );
}

/** Lock now: a padlock. */
export function LockIcon() {
  return (
    <svg {...common}>
      <rect x="2" y="7" width="12" height="8.5" rx="2" fill="currentColor" />
      <path
        d="M4.8 7V4.6a3.2 3.2 0 0 1 6.4 0V7"
        stroke="currentColor"
        strokeWidth="2"
        fill="none"
      />
    </svg>
  );
}

/** Export: an arrow leaving a tray. */
export function ExportIcon() {
  return (
    <svg {...common}>
      <path
        d="M8 10.5V1.8M4.6 5 8 1.6 11.4 5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.7"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <path
        d="M2 9.5v4.3h12V9.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.7"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** Snapshot: a camera. */
export function SnapshotIcon() {
  return (
    <svg {...common}>
      <path
        d="M1.5 5.2c0-.7.5-1.2 1.2-1.2h2l1.2-1.8h4.2L11.3 4h2c.7 0 1.2.5 1.2 1.2v7.1c0 .7-.5 1.2-1.2 1.2H2.7c-.7 0-1.2-.5-1.2-1.2z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
      <circle cx="8" cy="8.6" r="2.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

/** Reviews over time: a calendar page. */
export function ReviewsIcon() {
  return (
    <svg {...common}>
      <rect
        x="1.8"
        y="2.8"
        width="12.4"
        height="11.4"
        rx="1.6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
      <path d="M1.8 6.4h12.4M5 1.4v2.6M11 1.4v2.6" stroke="currentColor" strokeWidth="1.6" />
      <path d="M4.6 9.2h2M9.4 9.2h2M4.6 11.8h2" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
