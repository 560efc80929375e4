// The app's own origin and IPC channel. Kept free of imports so the sandboxed preload can
// bundle it without pulling in anything from the main process.

/** The custom scheme the UI is served from (never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'maillage';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The one IPC channel: every API call travels over it as (op, input). */
export const API_CHANNEL = 'maillage:api';

/** True for URLs of the app's own origin: scheme `app:`, host `maillage`, no port, no user. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
