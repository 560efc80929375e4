// Keyboard access to the map: pick any actor or tie from a list to open it, as a click would.
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData } from '../../../shared/model';
import type { Selection } from '../canvas/MapCanvas';
import { actorById } from '../model/mapModel';

interface ElementPickerProps {
  data: MapData;
  selection: Selection | null;
  onSelect: (selection: Selection | null) => void;
  ref?: Ref<HTMLSelectElement>;
}

export function ElementPicker({ data, selection, onSelect, ref }: ElementPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const nameOf = (actorId: string) => actorById(data, actorId)?.name ?? '?';
  const actors = [...data.actors].sort(
    (a, b) => Number(b.isEgo) - Number(a.isEgo) || a.name.localeCompare(b.name),
  );
  return (
    <div className="field picker">
      <label htmlFor={id}>{t('ui.map.pickLabel')}</label>
      <select
        ref={ref}
        id={id}
        value={selection ? `${selection.type}:${selection.id}` : ''}
        onChange={(event) => {
          const [type, elementId] = event.target.value.split(':');
          onSelect(
            (type === 'actor' || type === 'tie') && elementId ? { type, id: elementId } : null,
          );
        }}
      >
        <option value="">{t('ui.map.pickNone')}</option>
        <optgroup label={t('ui.map.actorsGroup')}>
          {actors.map((actor) => (
            <option key={actor.id} value={`actor:${actor.id}`}>
              {actor.roleLabel ? `${actor.name} (${actor.roleLabel})` : actor.name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('ui.map.tiesGroup')}>
          {data.ties.map((tie) => (
            <option key={tie.id} value={`tie:${tie.id}`}>
              {t('ui.selection.between', { a: nameOf(tie.sourceId), b: nameOf(tie.targetId) })}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
