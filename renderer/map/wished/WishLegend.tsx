// What the marks on the two maps mean, with how many actors carry each.
import { useTranslation } from 'react-i18next';
import { WISH_MARKS, type WishComparison } from './compare';

export function WishLegend({ counts }: { counts: WishComparison['counts'] }) {
  const { t } = useTranslation();
  return (
    <section className="wish-legend" aria-label={t('ui.mapView.wished.marks')}>
      <h2>{t('ui.mapView.wished.marks')}</h2>
      <ul>
        {WISH_MARKS.map((mark) => (
          <li key={mark}>
            <span className={`wish-swatch ${mark}`} aria-hidden="true" />
            {t(`ui.mapView.wished.mark.${mark}`)} <strong>{counts[mark]}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
