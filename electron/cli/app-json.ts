// The app's own JSON: a map as shared/model.ts's `MapData`, either bare or wrapped as
// `{ "format": "maillage", "version": 1, "map": MapData }`. Validated with the model's zod schema,
// then checked for what a schema cannot say (ids unique, ties between known actors, one person).
import { MapData } from '../../shared/model';
import { CliError } from './errors';

export const APP_FORMAT = 'maillage';
export const APP_FORMAT_VERSION = 1;

export function readAppJson(text: string): MapData {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError('invalid_json', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(value) && 'format' in value) {
    if (value.format !== APP_FORMAT) throw new CliError('unsupported_format');
    if (value.version !== APP_FORMAT_VERSION) {
      throw new CliError('unsupported_version', { version: String(value.version) });
    }
    value = value.map;
  }
  const parsed = MapData.safeParse(value);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
      .join(' ; ');
    throw new CliError('invalid_map', { detail });
  }
  checkReferences(parsed.data);
  return parsed.data;
}

function checkReferences(data: MapData): void {
  const ids = new Set<string>();
  data.actors.forEach((actor, i) => {
    if (ids.has(actor.id))
      throw new CliError('invalid_map', { detail: `actors.${i}.id: duplicate id` });
    ids.add(actor.id);
  });
  if (data.actors.filter((actor) => actor.isEgo).length > 1) {
    throw new CliError('invalid_map', { detail: 'actors: more than one actor has isEgo' });
  }
  data.ties.forEach((tie, i) => {
    for (const end of ['sourceId', 'targetId'] as const) {
      if (!ids.has(tie[end]))
        throw new CliError('invalid_map', { detail: `ties.${i}.${end}: unknown actor` });
    }
  });
}
