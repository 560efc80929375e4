// The app holds data about minors and must never talk to the network: the session cancels every
// request that is not the app's own, denies device and permission requests, and no page may
// navigate away, open a window or embed a webview.
import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * What the page may load: its own app:// files, data: URLs (inline images), blob: URLs it
 * created itself (exports, workers), and devtools: (DevTools are only enabled unpackaged).
 */
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  if (url.startsWith('devtools:') || url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  return false;
}

/**
 * Two permissions stay open to the app's own pages, because denying them breaks what a user
 * does on purpose: copying text (navigator.clipboard.writeText asks for the sanitized write) and
 * showing the map full screen on a projector. Everything else (camera, microphone, location,
 * notifications, clipboard reading, opening external apps...) is denied, and so is any request
 * from another origin.
 */
const GRANTED_TO_APP = new Set<string>(['clipboard-sanitized-write', 'fullscreen']);

export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return GRANTED_TO_APP.has(permission) && isAppUrl(requestingUrl);
}

export function hardenSession(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  // The spellchecker downloads its dictionaries from the network on Windows and Linux.
  session.setSpellCheckerEnabled(false);
}

/** Applied to every WebContents the app ever creates (see guardAllWebContents). */
export function guardWebContents(contents: WebContents): void {
  const stayInApp = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Must run before the first window exists, so no WebContents escapes the guards. */
export function guardAllWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
