// The map's legend, always on the map screen, drawn from the canvas's own look tables. It starts
// folded on windows narrower than 1500 px (a field laptop: the map gets its width) and open on
// wider ones; "Show" opens it in one click, and a choice made with the toggle is kept for the
// session.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RingSample } from '../canvas/RingSample';
import { NODE_LEGEND, RING_LEGEND, TIE_LEGEND } from '../look/legendTable';
import { tieLook } from '../look/tieLook';
import { NodeSample, TieSample } from './LegendSamples';
import { useSessionChoice } from './useSessionChoice';

export const LEGEND_OPEN_KEY = 'maillage.legend.open';
const WIDE = '(min-width: 1500px)';

/** Three samples and their lines of text: what a legend is. */
function LegendIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      <circle cx="3.5" cy="4" r="2.2" fill="#e0a21a" />
      <circle cx="3.5" cy="9" r="2.2" fill="#3fa37f" />
      <circle cx="3.5" cy="14" r="2.2" fill="#4a90c8" />
      <path d="M8 4h8M8 9h8M8 14h8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

export function Legend() {
  const { t } = useTranslation();
  const [open, setOpen] = useSessionChoice(LEGEND_OPEN_KEY, WIDE);
  const titleId = useId();
  const bodyId = useId();
  return (
    <section className={open ? 'legend' : 'legend closed'} aria-labelledby={titleId}>
      <div className="legend-head">
        <h2 id={titleId} className={open ? undefined : 'visually-hidden'}>
          {t('ui.legend.title')}
        </h2>
        {/* Folded, the legend is a narrow strip: one button, "Légende" written along it. */}
        <button
          type="button"
          className={open ? 'button small subtle' : 'legend-unfold'}
          aria-expanded={open}
          aria-controls={bodyId}
          aria-label={open ? t('ui.legend.hideName') : t('ui.legend.showName')}
          title={open ? t('ui.legend.hideName') : t('ui.legend.showName')}
          onClick={() => setOpen(!open)}
        >
          {open ? (
            t('ui.legend.hide')
          ) : (
            <>
              <LegendIcon />
              <span>{t('ui.legend.title')}</span>
            </>
          )}
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
