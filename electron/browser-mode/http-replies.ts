// How the loopback server answers: the headers every response carries, API answers as WireResult
// JSON with the status matching the error code, and short plain-text answers for pages.
import type { ServerResponse } from 'node:http';
import { MaillageError, type ErrorCode, type WireResult } from '../../shared/errors';

export { CONTENT_SECURITY_POLICY } from '../host/web-content';

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unknown_operation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  db_too_new: 500,
  internal: 500,
  db_unavailable: 503,
  locked: 423,
  wrong_passphrase: 403,
  unlock_delayed: 429,
  db_corrupt: 503,
  pseudonymised: 409,
};

export function statusOf(result: WireResult): number {
  return result.ok ? 200 : STATUS[result.error.code];
}

/** Set on every response, whatever it is. No Access-Control-* header is ever sent: no CORS. */
export function setCommonHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
}

export function sendResult(
  res: ServerResponse,
  result: WireResult,
  status = statusOf(result),
): void {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** An API failure. `status` only for the HTTP-level refusals (405, 415) that have no error code. */
export function sendError(
  res: ServerResponse,
  code: ErrorCode,
  message: string,
  status?: number,
): void {
  sendResult(res, { ok: false, error: new MaillageError(code, message).toValue() }, status);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}
