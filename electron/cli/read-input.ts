// Reads the file named on the command line: size checked before reading, UTF-8 only, format told
// by the content (a file starting with `<` is GraphML, with `{` the app's JSON), not by its name.
import { readFileSync, statSync } from 'node:fs';
import type { MapData } from '../../shared/model';
import { readAppJson } from './app-json';
import { CliError } from './errors';
import { readGraphml, type GraphmlNetwork } from './graphml';

/** Files above this size are refused before a byte is read (a DOM of 50 MB already needs ~1 GB). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export type Input =
  { format: 'graphml'; network: GraphmlNetwork } | { format: 'maillage'; map: MapData };

export function readInput(file: string, maxBytes = MAX_INPUT_BYTES): Input {
  let bytes: Buffer;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stats.size > maxBytes) {
      throw new CliError('too_large', {
        file,
        size: megabytes(stats.size),
        limit: megabytes(maxBytes),
      });
    }
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code =
      (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : '');
    throw new CliError('unreadable', { file, reason: code });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError('encoding', { file });
  }
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart();
  if (start.startsWith('<')) return { format: 'graphml', network: readGraphml(body) };
  if (start.startsWith('{')) return { format: 'maillage', map: readAppJson(body) };
  throw new CliError('unsupported_format', { file });
}

function megabytes(size: number): string {
  return (size / (1024 * 1024)).toFixed(1);
}
