// What the service map's lines and sizes mean, drawn with the same colours as the stylesheet.
import { useTranslation } from 'react-i18next';
import { NETWORK_TIE, PARTNERSHIP_TIE } from './serviceStyle';

export function ServiceLegend() {
  const { t } = useTranslation();
  return (
    <ul className="service-legend" aria-label={t('ui.legend.title')}>
      <li>
        <svg width="46" height="14" aria-hidden="true">
          <line
            x1="2"
            y1="7"
            x2="44"
            y2="7"
            stroke={NETWORK_TIE.color}
            strokeWidth={NETWORK_TIE.width}
            strokeDasharray="8 6"
          />
        </svg>
        {t('partnerships.serviceMap.legendNetwork')}
      </li>
      <li>
        <svg width="46" height="14" aria-hidden="true">
          <line x1="2" y1="7" x2="44" y2="7" stroke={PARTNERSHIP_TIE.color} strokeWidth={9} />
          <line x1="2" y1="7" x2="44" y2="7" stroke={PARTNERSHIP_TIE.core} strokeWidth={3} />
        </svg>
        {t('partnerships.serviceMap.legendPartnership')}
      </li>
      <li>{t('partnerships.serviceMap.legendSize')}</li>
    </ul>
  );
}
