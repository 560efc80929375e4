// In place of the quick add while names are hidden (the pseudonymisation switch): the map is
// only viewed, and this says so and how to change it again. The icon is the switch's own, as a
// narrow header shows it.
import { useTranslation } from 'react-i18next';
import { HideNamesIcon } from '../../app/HeaderIcons';

export function ReadOnlyNotice() {
  const { t } = useTranslation();
  return (
    <p className="map-read-only" role="note">
      <span className="map-read-only-icon" aria-hidden="true">
        <HideNamesIcon />
      </span>
      <span>{t('ui.map.readOnly.notice')}</span>
    </p>
  );
}
