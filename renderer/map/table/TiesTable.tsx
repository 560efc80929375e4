// The ties as a table: the two ends, strength, quality, frequency, importance, all editable.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData, Tie, TieFields } from '../../../shared/model';
import type { Selection } from '../canvas/MapCanvas';
import { actorById } from '../model/mapModel';
import type { MapStore } from '../model/mapStore';
import { fieldRefusal } from '../panels/commitField';
import { useMapOptions } from '../panels/options';
import type { CellEdit, Column } from './columns';
import { DataGrid } from './DataGrid';

interface TiesTableProps {
  store: MapStore;
  data: MapData;
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
  onMenu: (tie: Tie, at: { x: number; y: number }) => void;
}

export function TiesTable({ store, data, selection, onSelect, onMenu }: TiesTableProps) {
  const { t } = useTranslation();
  const options = useMapOptions();
  const nameOf = (id: string) => actorById(data, id)?.name ?? '?';
  const rowName = (tie: Tie) =>
    t('ui.selection.between', { a: nameOf(tie.sourceId), b: nameOf(tie.targetId) });

  const columns = useMemo((): Column<Tie>[] => {
    const name = (id: string) => actorById(data, id)?.name ?? '?';
    const notKnown = { value: '', label: t('ui.table.unknown') };
    const labelOf = (list: readonly { value: string; label: string }[], value: string | null) =>
      value === null
        ? t('ui.table.unknown')
        : (list.find((o) => o.value === value)?.label ?? value);
    const patch = (tie: Tie, change: Partial<TieFields>) =>
      fieldRefusal(() => store.updateTie(tie.id, change));
    const select = (
      tie: Tie,
      value: string,
      list: readonly { value: string; label: string }[],
      commit: (value: string) => string | null,
    ): CellEdit => ({ kind: 'select', value, options: list, commit });

    return [
      {
        id: 'source',
        header: t('ui.table.between'),
        sortValue: (tie) => name(tie.sourceId),
        display: (tie) => name(tie.sourceId),
      },
      {
        id: 'target',
        header: t('ui.table.and'),
        sortValue: (tie) => name(tie.targetId),
        display: (tie) => name(tie.targetId),
      },
      {
        id: 'closeness',
        header: t('ui.table.closeness'),
        sortValue: (tie) => tie.closeness,
        display: (tie) => t(`ui.closeness.${tie.closeness}`),
        edit: (tie) =>
          select(tie, String(tie.closeness), options.closeness, (v) =>
            patch(tie, { closeness: Number(v) }),
          ),
      },
      {
        id: 'valence',
        header: t('ui.table.valence'),
        sortValue: (tie) => labelOf(options.valences, tie.valence),
        display: (tie) => labelOf(options.valences, tie.valence),
        edit: (tie) =>
          select(tie, tie.valence, options.valences, (v) =>
            patch(tie, { valence: v as TieFields['valence'] }),
          ),
      },
      {
        id: 'frequency',
        header: t('ui.table.frequency'),
        sortValue: (tie) =>
          tie.frequency ? options.frequencies.findIndex((o) => o.value === tie.frequency) : 99,
        display: (tie) => labelOf(options.frequencies, tie.frequency),
        edit: (tie) =>
          select(tie, tie.frequency ?? '', [notKnown, ...options.frequencies], (v) =>
            patch(tie, { frequency: v === '' ? null : (v as TieFields['frequency']) }),
          ),
      },
      {
        id: 'critical',
        header: t('ui.table.critical'),
        sortValue: (tie) =>
          tie.critical ? options.criticalities.findIndex((o) => o.value === tie.critical) : -1,
        display: (tie) => labelOf(options.criticalities, tie.critical),
        edit: (tie) =>
          select(tie, tie.critical ?? '', [notKnown, ...options.criticalities], (v) =>
            patch(tie, { critical: v === '' ? null : (v as TieFields['critical']) }),
          ),
      },
    ];
  }, [data, options, store, t]);

  return (
    <DataGrid
      gridId="ties"
      label={t('ui.table.ties')}
      caption={t(store.readOnly ? 'ui.table.captionReadOnly' : 'ui.table.caption')}
      readOnly={store.readOnly}
      rows={data.ties}
      columns={columns}
      rowKey={(tie) => tie.id}
      rowName={rowName}
      selectedKey={selection?.type === 'tie' ? selection.id : null}
      onRowFocus={(tie) => onSelect({ type: 'tie', id: tie.id })}
      onRowMenu={onMenu}
      empty={t('ui.table.noTies')}
    />
  );
}
