// The panel beside the map: the selected element's editor, or the two "add" forms. It answers
// requests from the commands: open an element's editor with the focus in it (double-click,
// F2), or start a tie from an actor (Alt+L) with the focus on the other end.
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData } from '../../../shared/model';
import type { Selection } from '../canvas/MapCanvas';
import { actorById, egoOf, tieById } from '../model/mapModel';
import type { MapStore } from '../model/mapStore';
import { AddActorForm } from './AddActorForm';
import { AddTieForm } from './AddTieForm';
import { EditActorPanel } from './EditActorPanel';
import { EditTiePanel } from './EditTiePanel';
import { EgoPanel } from './EgoPanel';
import { ElementPicker } from './ElementPicker';

export type PanelRequest = (
  { kind: 'edit'; selection: Selection } | { kind: 'tieFrom'; sourceId: string }
) & { at?: number };

interface SidePanelProps {
  store: MapStore;
  data: MapData;
  selection: Selection | null;
  onSelect: (selection: Selection | null) => void;
  request: PanelRequest | null;
  openPanel: (request: PanelRequest) => void;
  announce: (message: string) => void;
}

export function SidePanel(props: SidePanelProps) {
  const { store, data, selection, onSelect, request, openPanel, announce } = props;
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<{ what: 'actor' | 'tie'; at: number }>({
    what: 'actor',
    at: 0,
  });
  // A newer "tie from this actor" request wins over the tab last chosen by hand.
  const adding =
    request?.kind === 'tieFrom' && (request.at ?? 0) > chosen.at
      ? { what: 'tie' as const, sourceId: request.sourceId, key: request.at ?? 0 }
      : { what: chosen.what, sourceId: undefined, key: chosen.at };
  const actor = selection?.type === 'actor' ? actorById(data, selection.id) : undefined;
  const tie = selection?.type === 'tie' ? tieById(data, selection.id) : undefined;
  const pickerRef = useRef<HTMLSelectElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  // Closing (or deleting) the selected element returns the keyboard to the picker, not to <body>.
  const close = () => {
    onSelect(null);
    pickerRef.current?.focus();
  };
  const nameOf = (id: string) => actorById(data, id)?.name ?? '?';

  // The editor or the form of a request is drawn in the same commit: focus its first field
  // before the next key arrives (a layout effect), so fast typing lands in it.
  useLayoutEffect(() => {
    if (!request) return;
    const selector =
      request.kind === 'tieFrom'
        ? 'select[name="targetId"]'
        : 'input:not([type="hidden"]), select, textarea';
    bodyRef.current?.querySelector<HTMLElement>(selector)?.focus();
    // Only a new request moves the focus, not every change of the map.
  }, [request]);

  let body;
  if (actor?.isEgo) {
    body = <EgoPanel store={store} record={data.case} onClose={close} />;
  } else if (actor) {
    body = (
      <EditActorPanel
        key={actor.id}
        store={store}
        actor={actor}
        onRemoved={() => {
          announce(t('ui.panel.removed', { name: actor.name }));
          close();
        }}
        onTie={() => openPanel({ kind: 'tieFrom', sourceId: actor.id })}
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
        onRemoved={() => {
          announce(t('ui.panel.tieRemoved'));
          close();
        }}
      />
    );
  } else {
    body = (
      <section className="adding" aria-labelledby="adding-title">
        <h2 id="adding-title" className="visually-hidden">
          {t('ui.map.addTitle')}
        </h2>
        <div className="segmented" role="group" aria-label={t('ui.map.addTitle')}>
          {(['actor', 'tie'] as const).map((what) => (
            <button
              key={what}
              type="button"
              className="chip"
              aria-pressed={adding.what === what}
              onClick={() => setChosen({ what, at: Date.now() })}
            >
              {t(what === 'actor' ? 'ui.actorForm.addTitle' : 'ui.tieForm.addTitle')}
            </button>
          ))}
        </div>
        {adding.what === 'actor' ? (
          <AddActorForm store={store} egoName={egoOf(data)?.name ?? ''} />
        ) : (
          <AddTieForm
            key={adding.key}
            store={store}
            actors={data.actors}
            sourceId={adding.sourceId}
          />
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
      <div className="side-panel-body" ref={bodyRef}>
        {body}
      </div>
    </aside>
  );
}
