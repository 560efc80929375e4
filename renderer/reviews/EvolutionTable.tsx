// The figures of the evolution chart, as a table (for screen readers, and to read exact values).
import { useTranslation } from 'react-i18next';
import { SPHERES } from '../../shared/model';
import type { EvolutionSeries } from './evolution';

export function EvolutionTable({ series }: { series: EvolutionSeries }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const decimal = new Intl.NumberFormat(i18n.language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const show = (value: number | null, format: Intl.NumberFormat) =>
    value === null ? '—' : format.format(value);
  return (
    <details className="evolution-figures">
      <summary>{t('reviews.evolution.figures')}</summary>
      <table className="reviews-table">
        <thead>
          <tr>
            <th scope="col">{t('reviews.evolution.review')}</th>
            {SPHERES.map((s) => (
              <th scope="col" key={s}>
                {t(`enums.sphere.${s}`)}
              </th>
            ))}
            <th scope="col">{t('reviews.measures.strongShare')}</th>
            <th scope="col">{t('reviews.measures.constraint')}</th>
          </tr>
        </thead>
        <tbody>
          {series.labels.map((label, i) => (
            <tr key={`${label}-${i}`}>
              <th scope="row">{label}</th>
              {SPHERES.map((s) => (
                <td key={s}>{series.sizes[s][i]}</td>
              ))}
              <td>{show(series.strongShare[i] ?? null, percent)}</td>
              <td>{show(series.constraint[i] ?? null, decimal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
