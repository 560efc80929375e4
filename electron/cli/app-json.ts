// The app's own JSON, in any version the app has written: the case document of the exchange
// (version 2, `{ "format": "maillage", "version": 2, "maps": [...], ... }`, as "Exporter → JSON"
// writes it), the version-1 wrapper `{ "format": "maillage", "version": 1, "map": MapData }`, or
// a bare MapData. Read, migrated and checked by shared/exchange/migrations.ts (the importer's
// own reader); the command line analyses the case's current map.
import type { MapData } from '../../shared/model';
import { parseJsonText, readAppDocument } from '../../shared/exchange/migrations';
import { FileProblemError } from '../../shared/exchange/problems';
import { CliError } from './errors';

export function readAppJson(text: string): MapData {
  try {
    const { document } = readAppDocument(parseJsonText(text));
    const section = document.maps.find((m) => m.map.kind === 'current') ?? document.maps[0];
    if (section === undefined) throw new CliError('invalid_map', { detail: 'maps: no map' });
    return { case: document.case, ...section };
  } catch (error) {
    if (!(error instanceof FileProblemError)) throw error;
    const { code, line, element, detail } = error.problem;
    switch (code) {
      case 'invalid_json':
        throw new CliError('invalid_json', { detail: detail ?? '' });
      case 'not_maillage':
        throw new CliError('unsupported_format', {});
      case 'too_new':
        throw new CliError('unsupported_version', {
          version: (detail ?? '').replace('version ', ''),
        });
      default: {
        const where = [element, line ? `line ${line}` : null, detail].filter(Boolean).join(': ');
        throw new CliError('invalid_map', { detail: where || code });
      }
    }
  }
}
