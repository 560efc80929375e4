// The table view of the map: actors and ties, the same store as the canvas, so an edit in one
// shows in the other at once. Right-click or Shift+F10 on a row opens its commands.
import { useTranslation } from 'react-i18next';
import type { MapData } from '../../../shared/model';
import { useCommandRegistry } from '../../commands/CommandsContext';
import type { Selection } from '../canvas/MapCanvas';
import { actorById } from '../model/mapModel';
import type { MapStore } from '../model/mapStore';
import { ActorsTable } from './ActorsTable';
import { TiesTable } from './TiesTable';

interface MapTableProps {
  store: MapStore;
  data: MapData;
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
}

export function MapTable({ store, data, selection, onSelect }: MapTableProps) {
  const { t } = useTranslation();
  const registry = useCommandRegistry();
  const nameOf = (id: string) => actorById(data, id)?.name ?? '?';
  return (
    <section className="map-table" aria-label={t('ui.table.label')}>
      <h2 className="table-title">{t('ui.table.actors')}</h2>
      <div className="table-scroll">
        <ActorsTable
          store={store}
          data={data}
          selection={selection}
          onSelect={onSelect}
          onMenu={(actor, at) =>
            registry.openMenu({ ...at, target: { type: 'actor', id: actor.id }, title: actor.name })
          }
        />
      </div>
      <h2 className="table-title">{t('ui.table.ties')}</h2>
      <div className="table-scroll">
        <TiesTable
          store={store}
          data={data}
          selection={selection}
          onSelect={onSelect}
          onMenu={(tie, at) =>
            registry.openMenu({
              ...at,
              target: { type: 'tie', id: tie.id },
              title: t('ui.selection.between', {
                a: nameOf(tie.sourceId),
                b: nameOf(tie.targetId),
              }),
            })
          }
        />
      </div>
    </section>
  );
}
