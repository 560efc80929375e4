// The quick add's choices for the next names: sector (prompt), ring, and who placed them.
// Each is also a shortcut (Alt+↑/↓, Alt+1..5, Alt+P), so the keyboard never leaves the field.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorKind, PlacedBy } from '../model/enums';
import { CLOSENESS_CHOICES, SECTORS } from './quickAdd';

interface QuickAddChoicesProps {
  sectorIndex: number;
  onSector: (index: number) => void;
  closeness: number;
  onCloseness: (closeness: number) => void;
  placedBy: PlacedBy;
  onPlacedBy: (placedBy: PlacedBy) => void;
  kind: ActorKind;
  onKind: (kind: ActorKind) => void;
}

export function QuickAddChoices(props: QuickAddChoicesProps) {
  const { sectorIndex, onSector, closeness, onCloseness, placedBy, onPlacedBy, kind, onKind } =
    props;
  const { t } = useTranslation();
  const sectorId = useId();
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
        {CLOSENESS_CHOICES.map((value) => (
          <button
            key={value}
            type="button"
            className="chip ring-chip"
            aria-pressed={closeness === value}
            aria-keyshortcuts={`Alt+${value}`}
            title={t(`ui.closeness.${value}`)}
            aria-label={t(`ui.closeness.${value}`)}
            onClick={() => onCloseness(value)}
          >
            {value}
          </button>
        ))}
        <span className="muted ring-name">{t(`ui.closeness.${closeness}`)}</span>
      </div>
      <Toggle
        label={t('ui.actorForm.kind')}
        values={['person', 'organisation'] as const}
        value={kind}
        shortcut="Alt+O"
        text={(value) => t(`enums.kind.${value}`)}
        onChange={onKind}
      />
      <Toggle
        label={t('ui.quickAdd.placedBy')}
        values={['young_person', 'educator'] as const}
        value={placedBy}
        shortcut="Alt+P"
        text={(value) => t(`enums.placedBy.${value}`)}
        onChange={onPlacedBy}
      />
    </div>
  );
}

interface ToggleProps<T extends string> {
  label: string;
  values: readonly T[];
  value: T;
  shortcut: string;
  text: (value: T) => string;
  onChange: (value: T) => void;
}

/** Two or three exclusive choices as pressed buttons, with their shortcut announced. */
function Toggle<T extends string>({
  label,
  values,
  value,
  shortcut,
  text,
  onChange,
}: ToggleProps<T>) {
  return (
    <div className="placed-by" role="group" aria-label={label}>
      <span className="ring-choice-label" aria-hidden="true">
        {label}
      </span>
      {values.map((option) => (
        <button
          key={option}
          type="button"
          className="chip"
          aria-pressed={value === option}
          aria-keyshortcuts={shortcut}
          onClick={() => onChange(option)}
        >
          {text(option)}
        </button>
      ))}
    </div>
  );
}
