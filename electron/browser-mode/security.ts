// The guards of the loopback server. A page on any other site can make the user's browser send
// requests to 127.0.0.1 (CSRF) or rebind its own domain name to it (DNS rebinding); the exact
// Host, the Origin and a per-launch secret that only the opened page knows stop both.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const LOOPBACK = '127.0.0.1';

/** 32 random bytes, base64url: fresh at every launch, never written to disk. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function originOf(port: number): string {
  return `http://${LOOPBACK}:${port}`;
}

/**
 * Whether a request really is addressed to this server by a page of this server. The Host must be
 * exactly `127.0.0.1:<port>` (a rebound domain name or "localhost" is refused); an Origin, when the
 * browser sends one, must be this server's own.
 */
export function isOwnRequest(headers: IncomingHttpHeaders, port: number): boolean {
  if (headers.host !== `${LOOPBACK}:${port}`) return false;
  const origin = headers.origin;
  return origin === undefined || origin === originOf(port);
}

/** Compares the bearer token with the secret in constant time (hashes hide the length too). */
export function hasSecret(authorization: string | undefined, secret: string): boolean {
  const prefix = 'Bearer ';
  if (authorization === undefined || !authorization.startsWith(prefix)) return false;
  const given = createHash('sha256').update(authorization.slice(prefix.length)).digest();
  const expected = createHash('sha256').update(secret).digest();
  return timingSafeEqual(given, expected);
}
