// Map, table, or both side by side: three toggle buttons (Alt+M, Alt+T, Alt+B).
import { useTranslation } from 'react-i18next';
import type { MapView } from '../../commands/useMapCommands';

const VIEWS: readonly MapView[] = ['map', 'table', 'split'];

export function ViewSwitch({ view, onChange }: { view: MapView; onChange: (v: MapView) => void }) {
  const { t } = useTranslation();
  return (
    <div className="view-switch" role="group" aria-label={t('ui.view.label')}>
      {VIEWS.map((value) => (
        <button
          key={value}
          type="button"
          className="chip"
          aria-pressed={view === value}
          onClick={() => onChange(value)}
        >
          {t(`ui.view.${value}`)}
        </button>
      ))}
    </div>
  );
}
