import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';

// security.ts only takes Electron objects as arguments; the mock proves it needs nothing else.
vi.mock('electron', () => ({}));

import {
  guardAllWebContents,
  guardWebContents,
  hardenSession,
  isAllowedRequest,
  isPermissionGranted,
} from './security';

type BeforeRequest = (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void;
type PermissionRequest = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void;
type PermissionCheck = (contents: unknown, permission: string, origin: string) => boolean;

function fakeSession() {
  const fake = {
    beforeRequest: undefined as BeforeRequest | undefined,
    permissionRequest: undefined as PermissionRequest | undefined,
    permissionCheck: undefined as PermissionCheck | undefined,
    devicePermission: undefined as (() => boolean) | undefined,
    webRequest: {
      onBeforeRequest: (listener: BeforeRequest) => (fake.beforeRequest = listener),
    },
    setPermissionRequestHandler: (h: PermissionRequest) => (fake.permissionRequest = h),
    setPermissionCheckHandler: (h: PermissionCheck) => (fake.permissionCheck = h),
    setDevicePermissionHandler: (h: () => boolean) => (fake.devicePermission = h),
    setSpellCheckerEnabled: vi.fn(),
  };
  hardenSession(fake as unknown as Session);
  const cancelled = (url: string) => {
    let answer: boolean | undefined;
    fake.beforeRequest?.({ url }, (r) => (answer = r.cancel));
    return answer;
  };
  const requestGranted = (permission: string, requestingUrl: string) => {
    let answer: boolean | undefined;
    fake.permissionRequest?.({}, permission, (g) => (answer = g), { requestingUrl });
    return answer;
  };
  return { fake, cancelled, requestGranted };
}

function fakeContents() {
  const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
  guardWebContents(contents as unknown as WebContents);
  const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: {
    url: string;
  }) => { action: string };
  const prevented = (event: string, url: string) => {
    const preventDefault = vi.fn();
    contents.emit(event, { url, preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, openHandler, prevented };
}

const APP_PAGE = 'app://maillage/index.html';
const FOREIGN = [
  'https://example.org/',
  'http://127.0.0.1:8080/api',
  'ws://localhost:1234/',
  'file:///etc/passwd',
  'app://evil/index.html',
  'app://maillage:81/index.html',
  'ftp://example.org/x',
  'chrome://settings',
  'blob:https://example.org/0f1e',
];

describe('the request filter', () => {
  it('cancels every request that is not the app’s own', () => {
    const { cancelled } = fakeSession();
    for (const url of FOREIGN) expect(cancelled(url), url).toBe(true);
  });

  it('lets the app’s own pages, assets, inline data, its blobs and DevTools through', () => {
    const { cancelled } = fakeSession();
    for (const url of [
      APP_PAGE,
      'app://maillage/assets/index-3f2a.js',
      'data:image/png;base64,iVBORw0KGgo=',
      'blob:app://maillage/7d9c6f1e-3b7b-4c65-9f3c-1f0d9d2f4a11',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(cancelled(url), url).toBe(false);
    }
  });

  it('agrees with isAllowedRequest', () => {
    expect(isAllowedRequest(APP_PAGE)).toBe(true);
    expect(FOREIGN.some(isAllowedRequest)).toBe(false);
  });
});

describe('permissions', () => {
  const DENIED = [
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'midi',
    'display-capture',
    'pointerLock',
    'window-management',
    'unknown',
  ];

  it('denies every other permission, even to the app’s own page', () => {
    const { requestGranted, fake } = fakeSession();
    for (const permission of DENIED) {
      expect(requestGranted(permission, APP_PAGE), permission).toBe(false);
      expect(fake.permissionCheck?.(null, permission, 'app://maillage'), permission).toBe(false);
    }
    expect(fake.devicePermission?.()).toBe(false);
  });

  it('lets only the app’s own page copy text and go full screen', () => {
    const { requestGranted, fake } = fakeSession();
    for (const permission of ['clipboard-sanitized-write', 'fullscreen']) {
      expect(requestGranted(permission, APP_PAGE)).toBe(true);
      expect(fake.permissionCheck?.(null, permission, 'app://maillage')).toBe(true);
      expect(requestGranted(permission, 'https://example.org/')).toBe(false);
      expect(fake.permissionCheck?.(null, permission, 'https://example.org')).toBe(false);
    }
    expect(isPermissionGranted('fullscreen', 'app://evil/')).toBe(false);
  });

  it('turns the spellchecker off, since it downloads dictionaries', () => {
    const { fake } = fakeSession();
    expect(fake.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });
});

describe('web contents guards', () => {
  it('denies navigation away from the app, in any frame and through redirects', () => {
    const { prevented } = fakeContents();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of FOREIGN) expect(prevented(event, url), `${event} ${url}`).toBe(true);
      expect(prevented(event, 'app://maillage/index.html#/case/1')).toBe(false);
    }
  });

  it('denies every new window, even one for an app page', () => {
    const { openHandler } = fakeContents();
    expect(openHandler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: APP_PAGE })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a webview', () => {
    const { prevented } = fakeContents();
    expect(prevented('will-attach-webview', APP_PAGE)).toBe(true);
  });

  it('guards each web contents the app creates', () => {
    const app = new EventEmitter();
    guardAllWebContents(app as unknown as App);
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    const preventDefault = vi.fn();
    contents.emit('will-navigate', { url: 'https://example.org/', preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });
});
