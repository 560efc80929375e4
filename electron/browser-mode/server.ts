// The browser-mode server: the built renderer and the API contract over HTTP/JSON, on the loopback
// interface only. Every request must be addressed to 127.0.0.1:<port> by a page of this origin;
// every API call must carry the launch secret. No CORS: other origins get nothing, not even a
// preflight answer.
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatchAsync, type Logger } from '../../shared/api/dispatch';
import type { ApiHandlers } from '../../shared/api/contract';
import {
  CONTENT_SECURITY_POLICY,
  sendError,
  sendResult,
  sendText,
  setCommonHeaders,
} from './http-replies';
import { isJsonContentType, readBody } from './request-body';
import { hasSecret, isOwnRequest, LOOPBACK, originOf } from './security';
import { StaticRoot } from './static-files';

export const API_PREFIX = '/api/';

export interface ServerOptions {
  handlers: ApiHandlers;
  /** The built renderer, dist/renderer. */
  staticDir: string;
  secret: string;
  /** 0 (the default) asks the system for a free port. */
  port?: number;
  log?: Logger;
}

export interface BrowserServer {
  port: number;
  /** The page to open, with the secret in the fragment: never sent in a request or a Referer. */
  url: string;
  /** Stops accepting, ends open connections, resolves once the server is closed. */
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<BrowserServer> {
  const log = options.log ?? (() => {});
  const files = new StaticRoot(options.staticDir);
  let port = -1;
  const server = createServer((req, res) => {
    setCommonHeaders(res);
    handle(req, res).catch((error: unknown) => {
      log('Request failed', error);
      if (!res.headersSent) sendError(res, 'internal', 'The request failed.');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = req.url ?? '';
    const isApi = target.startsWith(API_PREFIX);
    if (!isOwnRequest(req.headers, port)) {
      if (isApi) sendError(res, 'forbidden', 'This server answers its own page only.');
      else sendText(res, 403, 'Forbidden');
      return;
    }
    if (!target.startsWith('/')) return sendText(res, 400, 'Bad request');
    const pathname = target.split(/[?#]/, 1)[0] ?? '/';
    if (isApi) return handleApi(req, res, pathname.slice(API_PREFIX.length));
    return handleStatic(req, res, pathname);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, op: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendError(res, 'invalid_input', 'API calls use POST.', 405);
    }
    if (!hasSecret(req.headers.authorization, options.secret)) {
      return sendError(res, 'unauthorized', 'Missing or wrong secret.');
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      return sendError(res, 'invalid_input', 'API calls send application/json.', 415);
    }
    const body = await readBody(req);
    if (body.kind === 'aborted') return;
    if (body.kind === 'too_large') {
      return sendError(res, 'payload_too_large', 'The request body is larger than 8 MB.');
    }
    let input: unknown;
    try {
      input = body.text.trim() === '' ? undefined : JSON.parse(body.text);
    } catch {
      return sendError(res, 'invalid_input', 'The request body is not valid JSON.');
    }
    sendResult(res, await dispatchAsync(options.handlers, op, input, log));
  }

  function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'Method not allowed');
    }
    const found = files.lookup(pathname);
    if (found.kind === 'bad_path') return sendText(res, 400, 'Bad path');
    if (found.kind === 'not_found') return sendText(res, 404, 'Not found');
    res.setHeader('Content-Type', found.contentType);
    res.setHeader('Content-Length', found.stats.size);
    res.setHeader('Cache-Control', 'no-cache');
    if (found.contentType.startsWith('text/html')) {
      res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    }
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(found.file);
    stream.on('error', (error) => {
      log(`Could not read ${found.file}`, error);
      res.destroy();
    });
    stream.pipe(res);
  }

  await listen(server, options.port ?? 0);
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `${originOf(port)}/#secret=${options.secret}`,
    close: () => closeServer(server),
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // The loopback address only: never reachable from another machine, whatever the firewall.
    server.listen({ host: LOOPBACK, port, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Kept-alive browser connections would otherwise hold the server open.
    server.closeAllConnections();
  });
}
