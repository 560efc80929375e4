// The selected actor (not the person at the centre: see EgoPanel). Every field saves as it
// changes, as one undo step; removing needs no confirmation because Ctrl+Z brings it back.
import { useTranslation } from 'react-i18next';
import type { Actor, ActorFields } from '../../../shared/model';
import { ActorDirectoryLink } from '../../directory';
import { RadioGroup } from '../../forms/choices';
import type { MapStore } from '../model/mapStore';
import { AutoSelect, AutoText } from './AutoFields';
import { fieldRefusal } from './commitField';
import { useMapOptions } from './options';

interface EditActorPanelProps {
  store: MapStore;
  actor: Actor;
  onRemoved: () => void;
  onTie: () => void;
}

export function EditActorPanel({ store, actor, onRemoved, onTie }: EditActorPanelProps) {
  const { t } = useTranslation();
  const options = useMapOptions();
  const set = (patch: Partial<ActorFields>, mergeKey?: string) =>
    fieldRefusal(() => store.updateActor(actor.id, patch, mergeKey ? { mergeKey } : {}));
  const seal = () => store.sealStep();
  const text = (field: 'name' | 'roleLabel' | 'notes') => ({
    value: actor[field],
    draftKey: `actor:${actor.id}:${field}`,
    commit: (value: string, mergeKey: string) => set({ [field]: value }, mergeKey),
    seal,
  });

  return (
    <section className="selection" aria-labelledby={`sel-${actor.id}`}>
      <h2 id={`sel-${actor.id}`}>
        {t('ui.selection.actorTitle')}
        <span className="selection-name">{actor.name}</span>
      </h2>
      <p className="muted small">{t('ui.panel.autosaveNote')}</p>
      <div className="stack">
        <AutoText label={t('ui.actorForm.name')} {...text('name')} />
        <AutoSelect
          label={t('ui.actorForm.kind')}
          value={actor.kind}
          options={options.kinds}
          onChange={(kind) => set({ kind })}
        />
        <AutoText
          label={t('ui.actorForm.roleLabel')}
          hint={t('ui.actorForm.roleLabelHint')}
          {...text('roleLabel')}
        />
        <AutoSelect
          label={t('ui.actorForm.sphere')}
          value={actor.sphere}
          options={options.spheres}
          onChange={(sphere) => set({ sphere })}
        />
        <AutoSelect
          label={t('ui.actorForm.domain')}
          value={actor.domain}
          options={options.domains}
          onChange={(domain) => set({ domain })}
        />
        <RadioGroup
          legend={t('ui.panel.placedBy')}
          name={`placedBy-${actor.id}`}
          value={actor.placedBy}
          options={options.placedBy}
          onChange={(placedBy) => set({ placedBy })}
        />
        <AutoText label={t('ui.panel.notes')} multiline {...text('notes')} />
      </div>
      <ActorDirectoryLink key={actor.id} actorId={actor.id} kind={actor.kind} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onTie} aria-keyshortcuts="Alt+L">
          {t('ui.panel.tieWith')}
        </button>
        <button
          type="button"
          className="button danger-text"
          aria-keyshortcuts="Delete"
          onClick={() => {
            store.removeActor(actor.id);
            onRemoved();
          }}
        >
          {t('ui.panel.removeActor')}
        </button>
      </div>
    </section>
  );
}
