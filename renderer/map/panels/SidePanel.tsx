// The panel beside the map: the selected element's editor, or the two "add" forms.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData } from '../../../shared/model';
import type { Selection } from '../canvas/MapCanvas';
import { actorById, egoOf, tieById, tiesOf } from '../model/mapModel';
import type { MapStore } from '../model/mapStore';
import { AddActorForm } from './AddActorForm';
import { AddTieForm } from './AddTieForm';
import { EditActorPanel } from './EditActorPanel';
import { EditTiePanel } from './EditTiePanel';
import { EgoPanel } from './EgoPanel';
import { ElementPicker } from './ElementPicker';

interface SidePanelProps {
  store: MapStore;
  data: MapData;
  selection: Selection | null;
  onSelect: (selection: Selection | null) => void;
}

export function SidePanel({ store, data, selection, onSelect }: SidePanelProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<'actor' | 'tie'>('actor');
  const actor = selection?.type === 'actor' ? actorById(data, selection.id) : undefined;
  const tie = selection?.type === 'tie' ? tieById(data, selection.id) : undefined;
  const pickerRef = useRef<HTMLSelectElement>(null);
  // Closing (or deleting) the selected element returns the keyboard to the picker, not to <body>.
  const close = () => {
    onSelect(null);
    pickerRef.current?.focus();
  };
  const nameOf = (id: string) => actorById(data, id)?.name ?? '?';

  let body;
  if (actor?.isEgo) {
    body = <EgoPanel store={store} record={data.case} onClose={close} />;
  } else if (actor) {
    body = (
      <EditActorPanel
        key={actor.id}
        store={store}
        actor={actor}
        tieCount={tiesOf(data, actor.id).length}
        onClose={close}
      />
    );
  } else if (tie) {
    body = (
      <EditTiePanel
        key={tie.id}
        store={store}
        tie={tie}
        nameA={nameOf(tie.sourceId)}
        nameB={nameOf(tie.targetId)}
        onClose={close}
      />
    );
  } else {
    body = (
      <section className="adding" aria-labelledby="adding-title">
        <h2 id="adding-title" className="visually-hidden">
          {t('ui.map.addTitle')}
        </h2>
        <div className="segmented" role="group" aria-label={t('ui.map.addTitle')}>
          <button
            type="button"
            className="chip"
            aria-pressed={adding === 'actor'}
            onClick={() => setAdding('actor')}
          >
            {t('ui.actorForm.addTitle')}
          </button>
          <button
            type="button"
            className="chip"
            aria-pressed={adding === 'tie'}
            onClick={() => setAdding('tie')}
          >
            {t('ui.tieForm.addTitle')}
          </button>
        </div>
        {adding === 'actor' ? (
          <AddActorForm store={store} egoName={egoOf(data)?.name ?? ''} />
        ) : (
          <AddTieForm store={store} actors={data.actors} ties={data.ties} />
        )}
      </section>
    );
  }

  return (
    <aside
      className="side-panel"
      aria-label={t('ui.map.panelLabel')}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && (actor || tie) && !event.defaultPrevented) close();
      }}
    >
      <ElementPicker
        ref={pickerRef}
        data={data}
        selection={actor || tie ? selection : null}
        onSelect={onSelect}
      />
      <div className="side-panel-body">{body}</div>
    </aside>
  );
}
