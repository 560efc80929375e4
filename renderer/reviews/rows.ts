// The comparison as table rows, in the interface's language: what changed (actors, then ties:
// added, lost, changed) and the measures side by side with their deltas.
import type { TFunction } from 'i18next';
import { SPHERES } from '../../shared/model';
import type { MapComparison, TieSide } from '../../shared/snapshots/compare';
import type { MapMeasures } from '../../shared/snapshots/measures';
import { actorName } from '../../shared/snapshots/narrative';
import { DOWN, UP } from './comparisonElements';

export type ChangeStatus = 'added' | 'lost' | 'changed';

export interface ChangeRow {
  key: string;
  element: 'actor' | 'tie';
  status: ChangeStatus;
  who: string;
  detail: string;
}

const mark = (up: boolean) => (up ? UP : DOWN);

export function changeRows(c: MapComparison, t: TFunction): ChangeRow[] {
  const sphere = (s: string) => t(`analytics.summary.sphereName.${s}`);
  const valence = (v: string) => t(`reviews.valence.${v}`);
  const tieWho = (tie: TieSide) => `${actorName(tie.source)} – ${actorName(tie.target)}`;
  const tieLook = (tie: TieSide) =>
    t('reviews.changes.tieLook', { valence: valence(tie.valence), closeness: tie.closeness });
  const rows: ChangeRow[] = [];
  for (const a of c.actors.added) {
    rows.push({
      key: `a+${a.id}`,
      element: 'actor',
      status: 'added',
      who: actorName(a),
      detail: sphere(a.sphere),
    });
  }
  for (const a of c.actors.lost) {
    rows.push({
      key: `a-${a.id}`,
      element: 'actor',
      status: 'lost',
      who: actorName(a),
      detail: sphere(a.sphere),
    });
  }
  for (const { after, changes } of c.actors.changed) {
    const detail = changes.map((change) => {
      if (change.field === 'ring') {
        return `${t('reviews.changes.ring', change)} ${mark(change.direction === 'closer')}`;
      }
      if (change.field === 'sphere') return `${sphere(change.from)} → ${sphere(change.to)}`;
      return `${t(`enums.domain.${change.from}`)} → ${t(`enums.domain.${change.to}`)}`;
    });
    rows.push({
      key: `a~${after.id}`,
      element: 'actor',
      status: 'changed',
      who: actorName(after),
      detail: detail.join(' ; '),
    });
  }
  for (const tie of c.ties.added) {
    rows.push({
      key: `t+${tie.id}`,
      element: 'tie',
      status: 'added',
      who: tieWho(tie),
      detail: tieLook(tie),
    });
  }
  for (const tie of c.ties.lost) {
    rows.push({
      key: `t-${tie.id}`,
      element: 'tie',
      status: 'lost',
      who: tieWho(tie),
      detail: tieLook(tie),
    });
  }
  for (const { after, changes } of c.ties.changed) {
    const detail = changes.map((change) => {
      if (change.field === 'closeness') {
        return `${t('reviews.changes.closeness', change)} ${mark(change.direction === 'closer')}`;
      }
      if (change.field === 'valence') {
        return `${valence(change.from)} → ${valence(change.to)} ${mark(change.direction === 'better')}`;
      }
      const strength = (strong: boolean) =>
        t(strong ? 'reviews.changes.strong' : 'reviews.changes.weak');
      return `${strength(change.from)} → ${strength(change.to)} ${mark(change.to)}`;
    });
    rows.push({
      key: `t~${after.id}`,
      element: 'tie',
      status: 'changed',
      who: tieWho(after),
      detail: detail.join(' ; '),
    });
  }
  return rows;
}

export interface MeasureRow {
  key: string;
  label: string;
  before: string;
  after: string;
  delta: string;
}

type Numeric = (m: MapMeasures) => number | null;

export function measureRows(c: MapComparison, t: TFunction, locale: string): MeasureRow[] {
  const count = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
  const plain = new Intl.NumberFormat(locale);
  const decimal = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const signedDecimal = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const row = (
    key: string,
    label: string,
    of: Numeric,
    kind: 'count' | 'decimal' | 'percent',
  ): MeasureRow => {
    const before = of(c.measures.before);
    const after = of(c.measures.after);
    const show = (x: number | null) =>
      x === null
        ? '—'
        : kind === 'count'
          ? plain.format(x)
          : kind === 'decimal'
            ? decimal.format(x)
            : percent.format(x);
    let delta = '—';
    if (before !== null && after !== null) {
      delta =
        kind === 'count'
          ? count.format(after - before)
          : kind === 'decimal'
            ? signedDecimal.format(after - before)
            : t('reviews.measures.points', {
                value: count.format(Math.round((after - before) * 100)),
              });
    }
    return { key, label, before: show(before), after: show(after), delta };
  };
  return [
    row('actors', t('reviews.measures.actors'), (m) => m.actors, 'count'),
    ...SPHERES.map((s) => row(s, t(`enums.sphere.${s}`), (m) => m.bySphere[s], 'count')),
    row('strongShare', t('reviews.measures.strongShare'), (m) => m.strongShare, 'percent'),
    row('effectiveSize', t('reviews.measures.effectiveSize'), (m) => m.effectiveSize, 'decimal'),
    row('constraint', t('reviews.measures.constraint'), (m) => m.constraint, 'decimal'),
    row('brokers', t('reviews.measures.brokers'), (m) => m.brokers.length, 'count'),
  ];
}
