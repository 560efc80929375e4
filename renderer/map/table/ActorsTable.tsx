// The actors as a table: name, role, kind, network, domain, tie to the person, placed by, ties.
// Edits here are the same gestures as in the side panel: one undo step each, seen on the map.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, MapData } from '../../../shared/model';
import type { Selection } from '../canvas/MapCanvas';
import { egoOf } from '../model/mapModel';
import type { MapStore } from '../model/mapStore';
import { fieldRefusal } from '../panels/commitField';
import { useMapOptions } from '../panels/options';
import type { CellEdit, Column } from './columns';
import { DataGrid } from './DataGrid';

interface ActorsTableProps {
  store: MapStore;
  data: MapData;
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
  onMenu: (actor: Actor, at: { x: number; y: number }) => void;
}

export function ActorsTable({ store, data, selection, onSelect, onMenu }: ActorsTableProps) {
  const { t } = useTranslation();
  const options = useMapOptions();
  const ego = egoOf(data);
  const columns = useMemo((): Column<Actor>[] => {
    const egoTieOf = (actor: Actor) =>
      data.ties.find(
        (tie) =>
          (tie.sourceId === ego?.id && tie.targetId === actor.id) ||
          (tie.targetId === ego?.id && tie.sourceId === actor.id),
      );
    const tieCount = (actor: Actor) =>
      data.ties.filter((tie) => tie.sourceId === actor.id || tie.targetId === actor.id).length;
    const editable = (actor: Actor) => !actor.isEgo;
    const text = (field: 'name' | 'roleLabel') => (actor: Actor) =>
      editable(actor)
        ? ({
            kind: 'text',
            value: actor[field],
            commit: (value: string) =>
              fieldRefusal(() => store.updateActor(actor.id, { [field]: value })),
          } satisfies CellEdit)
        : undefined;
    const choice =
      <K extends 'kind' | 'sphere' | 'domain' | 'placedBy'>(
        field: K,
        list: readonly { value: Actor[K]; label: string }[],
      ) =>
      (actor: Actor): CellEdit | undefined =>
        editable(actor)
          ? {
              kind: 'select',
              value: actor[field],
              options: list,
              commit: (value) =>
                fieldRefusal(() => store.updateActor(actor.id, { [field]: value })),
            }
          : undefined;
    const labelOf = (list: readonly { value: string; label: string }[], value: string) =>
      list.find((o) => o.value === value)?.label ?? value;
    const closenessChoices = [
      ...options.closeness,
      { value: 'none', label: t('ui.table.noTie') },
    ] as const;

    return [
      {
        id: 'name',
        header: t('ui.table.name'),
        sortValue: (a) => a.name,
        display: (a) => a.name,
        edit: text('name'),
      },
      {
        id: 'roleLabel',
        header: t('ui.table.roleLabel'),
        sortValue: (a) => a.roleLabel,
        display: (a) => a.roleLabel || t('ui.table.unknown'),
        edit: text('roleLabel'),
      },
      {
        id: 'closeness',
        header: t('ui.table.closenessToEgo', { name: ego?.name ?? '' }),
        sortValue: (a) => (a.isEgo ? 6 : (egoTieOf(a)?.closeness ?? 0)),
        display: (a) => {
          if (a.isEgo) return t('ui.table.unknown');
          const tie = egoTieOf(a);
          return tie ? t(`ui.closeness.${tie.closeness}`) : t('ui.table.noTie');
        },
        edit: (a) => {
          if (a.isEgo || !ego) return undefined;
          const tie = egoTieOf(a);
          return {
            kind: 'select',
            value: tie ? String(tie.closeness) : 'none',
            options: closenessChoices,
            commit: (value) =>
              fieldRefusal(() => {
                if (value === 'none') {
                  if (tie) store.removeTie(tie.id);
                } else if (tie) store.updateTie(tie.id, { closeness: Number(value) });
                else store.addTie({ sourceId: ego.id, targetId: a.id, closeness: Number(value) });
              }),
          };
        },
      },
      {
        id: 'kind',
        header: t('ui.table.kind'),
        sortValue: (a) => labelOf(options.kinds, a.kind),
        display: (a) => labelOf(options.kinds, a.kind),
        edit: choice('kind', options.kinds),
      },
      {
        id: 'sphere',
        header: t('ui.table.sphere'),
        sortValue: (a) => labelOf(options.spheres, a.sphere),
        display: (a) => (a.isEgo ? t('ui.table.unknown') : labelOf(options.spheres, a.sphere)),
        edit: choice('sphere', options.spheres),
      },
      {
        id: 'domain',
        header: t('ui.table.domain'),
        sortValue: (a) => labelOf(options.domains, a.domain),
        display: (a) => (a.isEgo ? t('ui.table.unknown') : labelOf(options.domains, a.domain)),
        edit: choice('domain', options.domains),
      },
      {
        id: 'placedBy',
        header: t('ui.table.placedBy'),
        sortValue: (a) => labelOf(options.placedBy, a.placedBy),
        display: (a) => (a.isEgo ? t('ui.table.unknown') : labelOf(options.placedBy, a.placedBy)),
        edit: choice('placedBy', options.placedBy),
      },
      {
        id: 'ties',
        header: t('ui.table.tieCount'),
        sortValue: tieCount,
        display: (a) => String(tieCount(a)),
      },
    ];
  }, [data.ties, ego, options, store, t]);

  // The person at the centre first, then the others in the order they were added.
  const rows = useMemo(
    () => [...data.actors].sort((a, b) => Number(b.isEgo) - Number(a.isEgo)),
    [data.actors],
  );

  return (
    <DataGrid
      gridId="actors"
      label={t('ui.table.actors')}
      caption={t(store.readOnly ? 'ui.table.captionReadOnly' : 'ui.table.caption')}
      readOnly={store.readOnly}
      rows={rows}
      columns={columns}
      rowKey={(a) => a.id}
      rowName={(a) => a.name}
      selectedKey={selection?.type === 'actor' ? selection.id : null}
      onRowFocus={(a) => onSelect({ type: 'actor', id: a.id })}
      onRowMenu={onMenu}
      empty={t('ui.table.noActors')}
    />
  );
}
