// Two reviews compared: the narrative of the change, both maps drawn as one, the list of what
// changed and the measures side by side. The meeting mode shows the map, the list and the
// narrative only, in large type.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData } from '../../shared/model';
import { compareMaps, type MapComparison } from '../../shared/snapshots/compare';
import { changeNarrative } from '../../shared/snapshots/narrative';
import { ChangeTable } from './ChangeTable';
import { comparisonElements, comparisonStylesheet } from './comparisonElements';
import { MeasuresTable } from './MeasuresTable';
import { measuresOf } from './measuresCache';
import { ReadOnlyMap } from './ReadOnlyMap';
import { changeRows, measureRows } from './rows';

export interface ComparedSide {
  label: string;
  data: MapData;
}

interface ComparisonViewProps {
  before: ComparedSide;
  after: ComparedSide;
  variant?: 'full' | 'meeting';
}

const STYLESHEET = comparisonStylesheet();

export function ComparisonView({ before, after, variant = 'full' }: ComparisonViewProps) {
  const { t, i18n } = useTranslation();
  const comparison: MapComparison = useMemo(
    () => compareMaps(before.data, after.data, { measures: measuresOf }),
    [before.data, after.data],
  );
  const elements = useMemo(
    () => comparisonElements(comparison, before.data, after.data),
    [comparison, before.data, after.data],
  );
  const narrative = useMemo(
    () => changeNarrative(comparison, before.label, t, i18n.language),
    [comparison, before.label, t, i18n.language],
  );
  const title = t('reviews.compare.title', { before: before.label, after: after.label });
  const changes = useMemo(() => changeRows(comparison, t), [comparison, t]);
  const measures = useMemo(
    () => measureRows(comparison, t, i18n.language),
    [comparison, t, i18n.language],
  );

  return (
    <section className={`comparison ${variant}`} aria-label={title}>
      <h2>{title}</h2>
      <p className="narrative" data-testid="narrative">
        {narrative}
      </p>
      <div className="comparison-body">
        <figure className="comparison-map">
          <ReadOnlyMap
            elements={elements}
            stylesheet={STYLESHEET}
            label={t('reviews.compare.mapLabel', { before: before.label, after: after.label })}
          />
          <ComparisonLegend />
        </figure>
        <div className="comparison-lists">
          <ChangeTable rows={changes} caption={t('reviews.changes.caption')} />
          {variant === 'full' && (
            <MeasuresTable
              rows={measures}
              comparison={comparison}
              beforeLabel={before.label}
              afterLabel={after.label}
            />
          )}
        </div>
      </div>
    </section>
  );
}

function ComparisonLegend() {
  const { t } = useTranslation();
  return (
    <figcaption className="comparison-legend">
      <span className="legend-added">{t('reviews.compare.legend.added')}</span>
      <span className="legend-lost">{t('reviews.compare.legend.lost')}</span>
      <span className="legend-changed">{t('reviews.compare.legend.changed')}</span>
    </figcaption>
  );
}
