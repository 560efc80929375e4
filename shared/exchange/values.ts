// Reading the model's coded values from what other programs write: the code itself ("primary"),
// or its French or English label ("Réseau primaire", "Primary network"), in any case, with or
// without accents. Booleans, numbers and dates as spreadsheets and GraphML files spell them.
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import {
  ACTOR_KINDS,
  CRITICALITIES,
  DOMAINS,
  FREQUENCIES,
  PLACED_BY,
  SPHERES,
  SUPPORT_TYPES,
  VALENCES,
} from '../model';
import { normaliseName } from '../snapshots/names';
import type { FlatValue } from './flat-graph';

type Labels = Record<string, string>;

function table<T extends string>(
  codes: readonly T[],
  labels: Labels[],
  extra: Record<string, T> = {},
) {
  const out = new Map<string, T>();
  for (const code of codes) {
    out.set(normaliseName(code), code);
    out.set(normaliseName(code.replace(/_/g, ' ')), code);
    for (const words of labels) {
      const label = words[code];
      if (label) out.set(normaliseName(label), code);
    }
  }
  for (const [word, code] of Object.entries(extra)) out.set(normaliseName(word), code);
  return out;
}

const SPHERE = table(SPHERES, [fr.enums.sphere, en.enums.sphere], {
  primaire: 'primary',
  'secondaire informel': 'informal_secondary',
  'secondaire non formel': 'informal_secondary',
  informel: 'informal_secondary',
  'secondaire formel': 'formal_secondary',
  formel: 'formal_secondary',
});
const DOMAIN = table(DOMAINS, [fr.enums.domain, en.enums.domain], {
  famille: 'family',
  amis: 'friends',
  ecole: 'school',
  formation: 'school',
  travail: 'work',
  sante: 'health',
  loisirs: 'leisure',
  logement: 'housing',
  emploi: 'employment',
  autre: 'other',
});
const KIND = table(ACTOR_KINDS, [fr.enums.kind, en.enums.kind], {
  individual: 'person',
  individu: 'person',
  organization: 'organisation',
  institution: 'organisation',
  service: 'organisation',
  structure: 'organisation',
  association: 'organisation',
  agency: 'organisation',
  place: 'organisation',
  lieu: 'organisation',
});
const VALENCE = table(VALENCES, [fr.enums.valence, en.enums.valence]);
const FREQUENCY = table(FREQUENCIES, [fr.enums.frequency, en.enums.frequency]);
const CRITICALITY = table(CRITICALITIES, [fr.enums.critical, en.enums.critical]);
const PLACED = table(PLACED_BY, [fr.enums.placedBy, en.enums.placedBy]);
const SUPPORT = table(SUPPORT_TYPES, [fr.enums.support, en.enums.support]);

const lookup =
  <T extends string>(codes: Map<string, T>) =>
  (value: FlatValue | undefined): T | null =>
    value === undefined ? null : (codes.get(normaliseName(String(value))) ?? null);

export const readSphere = lookup(SPHERE);
export const readDomain = lookup(DOMAIN);
export const readKind = lookup(KIND);
export const readValence = lookup(VALENCE);
export const readFrequency = lookup(FREQUENCY);
export const readCriticality = lookup(CRITICALITY);
export const readPlacedBy = lookup(PLACED);

/** "emotional,practical", "Émotionnel; Pratique" → the support types, in the model's order. */
export function readSupport(value: FlatValue | undefined): (typeof SUPPORT_TYPES)[number][] {
  if (value === undefined || typeof value !== 'string') return [];
  const found = new Set(
    value
      .split(/[,;|]/)
      .map((word) => SUPPORT.get(normaliseName(word)))
      .filter((code) => code !== undefined),
  );
  return SUPPORT_TYPES.filter((type) => found.has(type));
}

export function readBoolean(value: FlatValue | undefined): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  if (value === undefined) return null;
  const word = normaliseName(value);
  if (['true', 'vrai', 'oui', 'yes', '1', 'x'].includes(word)) return true;
  if (['false', 'faux', 'non', 'no', '0', ''].includes(word)) return false;
  return null;
}

/** A finite number; a decimal comma ("1,5") is read too, as French spreadsheets write it. */
export function readNumber(value: FlatValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const number = Number(value.trim().replace(',', '.'));
  return Number.isFinite(number) ? number : null;
}

export function readInteger(value: FlatValue | undefined, min: number, max: number): number | null {
  const number = readNumber(value);
  return number !== null && Number.isInteger(number) && number >= min && number <= max
    ? number
    : null;
}

export function readText(value: FlatValue | undefined): string {
  return value === undefined ? '' : String(value).trim();
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** An ISO instant as the model stores it, or null. */
export function readInstant(value: FlatValue | undefined): string | null {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value.trim())) return null;
  // Kept as written (not re-formatted), so a file Maillage wrote reads back exactly.
  return Number.isNaN(new Date(value.trim()).getTime()) ? null : value.trim();
}
