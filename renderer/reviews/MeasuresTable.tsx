// The measures of the analytics side by side, with their deltas, and the brokers and networks
// that appeared or vanished between the two reviews.
import { useTranslation } from 'react-i18next';
import type { MapComparison } from '../../shared/snapshots/compare';
import { actorName } from '../../shared/snapshots/narrative';
import type { MeasureRow } from './rows';

interface MeasuresTableProps {
  rows: MeasureRow[];
  comparison: MapComparison;
  beforeLabel: string;
  afterLabel: string;
}

export function MeasuresTable({ rows, comparison, beforeLabel, afterLabel }: MeasuresTableProps) {
  const { t } = useTranslation();
  const { brokers, spheres } = comparison;
  const sphereNames = (list: readonly string[]) =>
    list.map((s) => t(`enums.sphere.${s}`)).join(', ') || '—';
  const names = (list: readonly { name: string; roleLabel: string }[]) =>
    list.map(actorName).join(', ') || '—';
  return (
    <div className="measures">
      <table className="reviews-table measures-table">
        <caption>{t('reviews.measures.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reviews.measures.measure')}</th>
            <th scope="col">{beforeLabel}</th>
            <th scope="col">{afterLabel}</th>
            <th scope="col">{t('reviews.measures.delta')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.before}</td>
              <td>{row.after}</td>
              <td className="delta">{row.delta}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="measures-facts">
        <dt>{t('reviews.measures.brokersGained')}</dt>
        <dd>{names(brokers.gained)}</dd>
        <dt>{t('reviews.measures.brokersLost')}</dt>
        <dd>{names(brokers.lost)}</dd>
        <dt>{t('reviews.measures.spheresAppeared')}</dt>
        <dd>{sphereNames(spheres.appeared)}</dd>
        <dt>{t('reviews.measures.spheresVanished')}</dt>
        <dd>{sphereNames(spheres.vanished)}</dd>
      </dl>
    </div>
  );
}
