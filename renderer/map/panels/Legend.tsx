// The map's legend, always on the map screen, drawn from the canvas's own look tables.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RingSample } from '../canvas/RingSample';
import { NODE_LEGEND, RING_LEGEND, TIE_LEGEND } from '../look/legendTable';
import { tieLook } from '../look/tieLook';
import { NodeSample, TieSample } from './LegendSamples';

export function Legend() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const titleId = useId();
  const bodyId = useId();
  return (
    <section className={open ? 'legend' : 'legend closed'} aria-labelledby={titleId}>
      <div className="legend-head">
        <h2 id={titleId}>{t('ui.legend.title')}</h2>
        <button
          type="button"
          className="button small subtle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          {open ? t('ui.legend.hide') : t('ui.legend.show')}
        </button>
      </div>
      <div id={bodyId} hidden={!open} className="legend-body">
        <h3 id={`${bodyId}-ties`}>{t('ui.legend.ties')}</h3>
        <ul className="legend-list" aria-labelledby={`${bodyId}-ties`}>
          {TIE_LEGEND.map(({ key, sample }) => (
            <li key={key}>
              <TieSample look={tieLook(sample)} />
              <span>{t(`ui.legend.tie.${key}`)}</span>
            </li>
          ))}
        </ul>
        <h3 id={`${bodyId}-rings`}>{t('ui.mapView.legend.rings')}</h3>
        <ul className="legend-list" aria-labelledby={`${bodyId}-rings`}>
          {RING_LEGEND.map((zone) => (
            <li key={zone}>
              <RingSample zone={zone} />
              <span>{t(`ui.mapView.legend.zone.${zone}`)}</span>
            </li>
          ))}
        </ul>
        <h3 id={`${bodyId}-actors`}>{t('ui.legend.actors')}</h3>
        <ul className="legend-list" aria-labelledby={`${bodyId}-actors`}>
          {NODE_LEGEND.map((entry) => (
            <li key={entry.key}>
              <NodeSample sample={entry.sample} neutral={'neutral' in entry} />
              <span>{t(`ui.legend.node.${entry.key}`)}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
