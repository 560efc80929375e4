// Every string of the renderer goes through the translations: each key it uses exists in
// French and in English, including the keys it builds from the model's lists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, FIELD_ISSUES } from '../shared/errors';
import { createTranslator, LANGUAGES } from '../shared/i18n';
import { NODE_LEGEND, TIE_LEGEND } from '../renderer/map/look/legendTable';
import { CLOSENESS_VALUES } from '../renderer/map/panels/closeness';
import { DIRECTIONS } from '../renderer/map/panels/tieForm';
import { SECTORS } from '../renderer/map/panels/quickAdd';
import { GROUP_ORDER } from '../renderer/commands/registry';
import { CRITICALITIES, FREQUENCIES, PLACED_BY, SPHERES } from '../shared/model';
import { ZONES } from '../renderer/map/layout/rings';
import { WISH_MARKS } from '../renderer/map/wished/compare';

const MAP_COMMAND_KEYS = [
  'zoomIn',
  'zoomOut',
  'fit',
  'tidy',
  'linkMode',
  'linkModeOff',
  'domainSectors',
  'presentation',
  'leavePresentation',
  'wished',
  'current',
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const literalKeys = [
  ...new Set(
    sources('renderer').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)].map((m) => m[1]!),
    ),
  ),
];

const builtKeys = [
  ...CLOSENESS_VALUES.map((v) => `ui.closeness.${v}`),
  ...DIRECTIONS.map((v) => `ui.tieForm.direction.${v}`),
  ...TIE_LEGEND.map((entry) => `ui.legend.tie.${entry.key}`),
  ...NODE_LEGEND.map((entry) => `ui.legend.node.${entry.key}`),
  ...[...ERROR_CODES, 'network'].map((code) => `errors.${code}`),
  ...FIELD_ISSUES.map((issue) => `fieldIssues.${issue}`),
  ...SECTORS.flatMap((s) => [`ui.quickAdd.prompts.${s.id}`, `ui.quickAdd.sectors.${s.id}`]),
  ...GROUP_ORDER.map((group) => `ui.groups.${group}`),
  ...['map', 'table', 'split'].map((view) => `ui.view.${view}`),
  ...['Map', 'Table', 'Split'].map((view) => `ui.commands.view${view}`),
  ...FREQUENCIES.map((v) => `enums.frequency.${v}`),
  ...CRITICALITIES.map((v) => `enums.critical.${v}`),
  ...PLACED_BY.map((v) => `enums.placedBy.${v}`),
  // The map itself (issue 3): command labels live in objects, the rest is built from lists.
  ...MAP_COMMAND_KEYS.map((key) => `ui.mapView.commands.${key}`),
  ...ZONES.flatMap((zone) => [`ui.mapView.zone.${zone}`, `ui.mapView.legend.zone.${zone}`]),
  ...SPHERES.map((sphere) => `ui.mapView.sector.${sphere}`),
  ...WISH_MARKS.map((mark) => `ui.mapView.wished.mark.${mark}`),
];

describe.each(LANGUAGES)('renderer translations in %s', (language) => {
  const i18n = createTranslator(language);
  const exists = (key: string) =>
    i18n.exists(key, { lng: language, fallbackLng: false }) ||
    i18n.exists(`${key}_other`, { lng: language, fallbackLng: false });

  it('has every key the renderer writes out', () => {
    expect(literalKeys.length).toBeGreaterThan(80);
    expect(literalKeys.filter((key) => !exists(key))).toEqual([]);
  });

  it('has every key the renderer builds from a list', () => {
    expect(builtKeys.filter((key) => !exists(key))).toEqual([]);
  });
});
