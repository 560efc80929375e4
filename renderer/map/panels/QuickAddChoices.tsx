// The quick add's choices for the next names: sector (prompt), ring, and who placed them.
// Each is also a shortcut (Alt+↑/↓, Alt+1..5, Alt+P), so the keyboard never leaves the field.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlacedBy } from '../model/enums';
import { closenessOfRing, RINGS, ringOfCloseness, SECTORS } from './quickAdd';

interface QuickAddChoicesProps {
  sectorIndex: number;
  onSector: (index: number) => void;
  closeness: number;
  onCloseness: (closeness: number) => void;
  placedBy: PlacedBy;
  onPlacedBy: (placedBy: PlacedBy) => void;
}

export function QuickAddChoices(props: QuickAddChoicesProps) {
  const { sectorIndex, onSector, closeness, onCloseness, placedBy, onPlacedBy } = props;
  const { t } = useTranslation();
  const sectorId = useId();
  const ring = ringOfCloseness(closeness);
  return (
    <div className="quick-add-choices">
      <div className="field compact">
        <label htmlFor={sectorId}>{t('ui.quickAdd.sector')}</label>
        <select
          id={sectorId}
          value={String(sectorIndex)}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          onChange={(event) => onSector(Number(event.target.value))}
        >
          {SECTORS.map((sector, index) => (
            <option key={sector.id} value={String(index)}>
              {t(`ui.quickAdd.sectors.${sector.id}`)} · {t(`enums.sphere.${sector.sphere}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="ring-choice" role="group" aria-label={t('ui.quickAdd.ring')}>
        <span className="ring-choice-label" aria-hidden="true">
          {t('ui.quickAdd.ring')}
        </span>
        {RINGS.map((value) => (
          <button
            key={value}
            type="button"
            className="chip ring-chip"
            aria-pressed={ring === value}
            aria-keyshortcuts={`Alt+${value}`}
            title={t(`ui.closeness.${closenessOfRing(value)}`)}
            aria-label={`${t('ui.quickAdd.ring')} ${value} : ${t(`ui.closeness.${closenessOfRing(value)}`)}`}
            onClick={() => onCloseness(closenessOfRing(value))}
          >
            {value}
          </button>
        ))}
        <span className="muted ring-name">{t(`ui.closeness.${closeness}`)}</span>
      </div>
      <div className="placed-by" role="group" aria-label={t('ui.quickAdd.placedBy')}>
        <span className="ring-choice-label" aria-hidden="true">
          {t('ui.quickAdd.placedBy')}
        </span>
        {(['young_person', 'educator'] as const).map((value) => (
          <button
            key={value}
            type="button"
            className="chip"
            aria-pressed={placedBy === value}
            aria-keyshortcuts="Alt+P"
            onClick={() => onPlacedBy(value)}
          >
            {t(`enums.placedBy.${value}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
